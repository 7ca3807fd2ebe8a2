import { useI18n } from '@/components/I18n';
import { useDocumentLanguage } from '@/components/useDocumentLanguage';
import type { MessageKey } from '@/lib/i18n';
import { ChartsView } from './charts/ChartsView';
import { LogDataProvider } from './data/LogData';
import { ImportView } from './import/ImportView';
import { LogsView } from './logs/LogsView';
import { SettingsView } from './settings/SettingsView';
import { ROUTES, useRoute, type Route } from './useRoute';

const NAV: Record<Route, MessageKey> = {
  logs: 'dashboard.nav.logs',
  charts: 'dashboard.nav.charts',
  import: 'dashboard.nav.import',
  settings: 'dashboard.nav.settings',
  about: 'dashboard.nav.about',
};

/**
 * The team lead's dashboard: the log (filter, sort, detail, export), charts over the same
 * filter, import of agents' files, and settings. The log is loaded once and shared by every view.
 */
export function DashboardApp() {
  const { t } = useI18n();
  const route = useRoute();
  useDocumentLanguage('dashboard.title');
  return (
    <LogDataProvider>
      <header className="brand">
        <h1>{t('dashboard.title')}</h1>
        <small>{t('app.procedure')}</small>
      </header>
      <div className="layout">
        <nav aria-label={t('dashboard.title')}>
          {ROUTES.map((name) => (
            <a key={name} href={`#${name}`} aria-current={route === name ? 'page' : undefined}>
              {t(NAV[name])}
            </a>
          ))}
        </nav>
        <main>
          {route === 'logs' && <LogsView />}
          {route === 'charts' && <ChartsView />}
          {route === 'import' && <ImportView />}
          {route === 'settings' && <SettingsView />}
          {route === 'about' && (
            <section className="card">
              <p>{t('dashboard.about.text')}</p>
            </section>
          )}
        </main>
      </div>
    </LogDataProvider>
  );
}
