import { createRoot } from 'react-dom/client';
import { SettingsProvider } from '@/components/SettingsProvider';
import '@/components/page.css';
import './dashboard.css';
import { DashboardApp } from './DashboardApp';

createRoot(document.getElementById('root')!).render(
  <SettingsProvider>
    <DashboardApp />
  </SettingsProvider>,
);
