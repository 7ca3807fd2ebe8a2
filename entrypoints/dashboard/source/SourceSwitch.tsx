import { useI18n } from '@/components/I18n';
import { LOG_SOURCES } from '../data/log-view';
import { LiveStatus } from '../team/LiveStatus';
import { canReadTeam, type SourceChoice } from './useSource';

/**
 * "Browser ini / Server tim" at the top of the dashboard, when this browser holds a lead's or an
 * admin's connection; with no server at all, one line pointing to the settings where one is
 * connected. An agent's browser (enrolled to send, not to read the team) shows neither.
 */
export function SourceSwitch({ choice }: { choice: SourceChoice }) {
  const { t } = useI18n();
  const { connection, source, choose } = choice;
  if (connection === undefined) return null;
  if (connection !== null && !canReadTeam(connection)) return null;
  if (connection === null)
    return (
      <p className="source-bar muted" data-testid="source-hint">
        {t('dashboard.team.source.hint')} <a href="#settings">{t('dashboard.team.source.connect')}</a>
      </p>
    );
  return (
    <div className="source-bar" data-testid="source-bar">
      <div className="source-switch" role="radiogroup" aria-label={t('dashboard.team.source.label')}>
        {LOG_SOURCES.map((name) => (
          <button key={name} type="button" role="radio" aria-checked={source === name} onClick={() => choose(name)} data-testid={`source-${name}`}>
            {t(name === 'team' ? 'dashboard.team.source.team' : 'dashboard.team.source.browser')}
          </button>
        ))}
      </div>
      {source === 'team' && (
        <span className="muted" data-testid="source-server">
          {t('dashboard.team.source.server', { url: connection.url, name: connection.account.name })}
        </span>
      )}
      <LiveStatus />
    </div>
  );
}
