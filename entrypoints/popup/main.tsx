import '@/lib/schema/jitless';
import { createRoot } from 'react-dom/client';
import { SettingsProvider } from '@/components/SettingsProvider';
import { allCatalogues } from '@/lib/i18n/catalogues';
import '@/components/page.css';
import './popup.css';
import { PopupApp } from './PopupApp';

createRoot(document.getElementById('root')!).render(
  <SettingsProvider catalogues={allCatalogues}>
    <PopupApp />
  </SettingsProvider>,
);
