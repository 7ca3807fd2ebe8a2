import type { ReactNode } from 'react';
import { useI18n } from '@/components/I18n';
import { useDocumentLanguage } from '@/components/useDocumentLanguage';
import type { MessageKey } from '@/lib/i18n';
import { ChartsView } from './charts/ChartsView';
import { LogDataProvider } from './data/LogData';
import { FillHealthView } from './health/FillHealthView';
import { ImportView } from './import/ImportView';
import { LogsView } from './logs/LogsView';
import { PracticeView } from './practice/PracticeView';
import { SettingsView } from './settings/SettingsView';
import { SourceSwitch } from './source/SourceSwitch';
import { useSource, type SourceChoice } from './source/useSource';
import { TeamLogDataProvider } from './team/TeamLogDataProvider';
import { BROWSER_ROUTES, ROUTES, TEAM_ROUTES, useRoute, type Route } from './useRoute';

const NAV: Record<Route, MessageKey> = {
  logs: 'dashboard.nav.logs',
  charts: 'dashboard.nav.charts',
  health: 'dashboard.team.nav.health',
  practice: 'dashboard.team.nav.practice',
  import: 'dashboard.nav.import',
  settings: 'dashboard.nav.settings',
  about: 'dashboard.nav.about',
};

/** This browser's log, or the team's when the lead chose the team server and this browser is connected to one. */
function DataSource({ choice, children }: { choice: SourceChoice; children: ReactNode }) {
  if (choice.source === 'team' && choice.connection)
    return (
      <TeamLogDataProvider key={choice.connection.tokenId} connection={choice.connection}>
        {children}
      </TeamLogDataProvider>
    );
  return <LogDataProvider>{children}</LogDataProvider>;
}

/**
 * The team lead's dashboard: the log (filter, sort, detail, export), charts over the same
 * filter, import of agents' files, and settings; with a team server, the same over the whole
 * team, live, plus fill health and each agent's practice. The log is read once and shared by every view.
 */
export function DashboardApp() {
  const { t } = useI18n();
  const route = useRoute();
  const choice = useSource();
  useDocumentLanguage('dashboard.title');
  const team = choice.source === 'team';
  const offered = (name: Route) => (team ? !BROWSER_ROUTES.includes(name) : !TEAM_ROUTES.includes(name));
  return (
    <DataSource choice={choice}>
      <header className="brand">
        <h1>{t('dashboard.title')}</h1>
        <small>{t('app.procedure')}</small>
      </header>
      <SourceSwitch choice={choice} />
      <div className="layout">
        <nav aria-label={t('dashboard.title')}>
          {ROUTES.filter(offered).map((name) => (
            <a key={name} href={`#${name}`} aria-current={route === name ? 'page' : undefined}>
              {t(NAV[name])}
            </a>
          ))}
        </nav>
        <main>
          {!offered(route) && (
            <p className="card notice" role="note" data-testid="route-other-source">
              {t(team ? 'dashboard.team.source.browserOnly' : 'dashboard.team.source.teamOnly')}
            </p>
          )}
          {route === 'logs' && <LogsView />}
          {route === 'charts' && <ChartsView />}
          {route === 'health' && team && <FillHealthView />}
          {route === 'practice' && team && <PracticeView />}
          {route === 'import' && !team && <ImportView />}
          {route === 'settings' && <SettingsView />}
          {route === 'about' && (
            <section className="card">
              <p>{t('dashboard.about.text')}</p>
            </section>
          )}
        </main>
      </div>
    </DataSource>
  );
}
