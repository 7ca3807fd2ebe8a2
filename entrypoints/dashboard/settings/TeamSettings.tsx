import { useI18n } from '@/components/I18n';
import { canReadTeam } from '../source/useSource';
import { QuarantineList } from './QuarantineList';
import { TeamAccounts } from './TeamAccounts';
import { useTeamClient } from './useTeamClient';

/**
 * The team server in settings: the connection (enrolment is the shared form's job), and for a
 * lead or an admin the team's accounts and the records the server kept aside.
 */
export function TeamSettings() {
  const { t } = useI18n();
  const { connection, client } = useTeamClient();
  return (
    <>
      <section className="card" aria-labelledby="team-server-title" data-testid="team-server-settings">
        <h2 id="team-server-title">{t('dashboard.team.settings.title')}</h2>
        {connection ? (
          <p data-testid="team-connection">
            {t('dashboard.team.settings.connected', { url: connection.url, name: connection.account.name, role: t(`dashboard.team.role.${connection.account.role}`) })}
          </p>
        ) : (
          <p className="muted">{t('dashboard.team.settings.none')}</p>
        )}
        {/* TEAM SERVER FORM: components/TeamServerForm.tsx (the enrolment form, another helper's) mounts here once it exists. */}
      </section>
      {canReadTeam(connection) && client && (
        <>
          <TeamAccounts client={client} connection={connection} />
          <QuarantineList client={client} />
        </>
      )}
    </>
  );
}
