import { useI18n } from '@/components/I18n';
import { formatLocal } from '@/lib/time';
import { teamErrorText } from './error-text';
import { useTeam } from './TeamContext';

const at = (ms: number, pattern: string) => formatLocal(new Date(ms).toISOString(), undefined, pattern);

/**
 * How current the team's data is: "Diperbarui 10:42:05" while the server answers; a plain banner
 * while it cannot be reached, saying how old what is shown is. It clears itself when the server is back.
 */
export function LiveStatus() {
  const { t } = useI18n();
  const team = useTeam();
  if (!team) return null;
  const { live } = team;
  return (
    <>
      {live.unreachableSince !== null && (
        <p className="card notice team-banner" role="alert" data-testid="team-unreachable">
          {live.lastOkAt === null ? t('dashboard.team.live.unreachableNever') : t('dashboard.team.live.unreachable', { at: at(live.lastOkAt, 'HH:mm') })}
        </p>
      )}
      {live.error !== null && (
        <p className="card notice team-banner" role="alert" data-testid="team-refused">
          {teamErrorText(t, live.error)}
        </p>
      )}
      <span className="live-status muted" role="status" data-testid="team-updated" data-seq={live.seq ?? undefined}>
        {live.lastOkAt === null ? t('dashboard.team.live.connecting') : t('dashboard.team.live.updated', { at: at(live.lastOkAt, 'HH:mm:ss') })}
      </span>
    </>
  );
}
