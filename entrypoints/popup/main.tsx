import { createRoot } from 'react-dom/client';
import { SettingsProvider } from '@/components/SettingsProvider';
import '@/components/page.css';
import './popup.css';
import { PopupApp } from './PopupApp';

createRoot(document.getElementById('root')!).render(
  <SettingsProvider>
    <PopupApp />
  </SettingsProvider>,
);
