import { useI18n } from '@/components/I18n';
import { useDocumentLanguage } from '@/components/useDocumentLanguage';
import { useLiveQuery } from '@/components/useLiveQuery';
import type { MessageKey } from '@/lib/i18n';
import { db } from './database';
import { SettingsView } from './settings/SettingsView';
import { ROUTES, useRoute, type Route } from './useRoute';

const NAV: Record<Route, MessageKey> = {
  logs: 'dashboard.nav.logs',
  settings: 'dashboard.nav.settings',
  about: 'dashboard.nav.about',
};

/** The team lead's dashboard (log table, charts and export come with the dashboard issue). */
export function DashboardApp() {
  const { t } = useI18n();
  const route = useRoute();
  useDocumentLanguage('dashboard.title');
  return (
    <>
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
          {route === 'settings' && <SettingsView />}
          {route === 'about' && (
            <section className="card">
              <p>{t('dashboard.about.text')}</p>
            </section>
          )}
        </main>
      </div>
    </>
  );
}

function LogsView() {
  const { t } = useI18n();
  const count = useLiveQuery(() => db.sessions.count(), []);
  return (
    <section className="card" data-testid="logs-view">
      <h2>{t('dashboard.nav.logs')}</h2>
      <p className="muted">{count ? t('dashboard.logs.count', { count }) : t('dashboard.logs.empty')}</p>
    </section>
  );
}

