import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import { TeamServerForm } from '@/components/TeamServerForm';
import { canReadTeam } from '../source/useSource';
import { QuarantineList } from './QuarantineList';
import { TeamAccounts } from './TeamAccounts';
import { useTeamClient } from './useTeamClient';

/**
 * The team server in settings: the connection (the enrolment form the popup shares), and for a
 * lead or an admin the team's accounts and the records the server kept aside.
 */
export function TeamSettings() {
  const { t } = useI18n();
  const { settings } = useSettings();
  const { connection, client } = useTeamClient();
  return (
    <>
      <section className="card" aria-labelledby="team-server-title" data-testid="team-server-settings">
        <h2 id="team-server-title">{t('dashboard.team.settings.title')}</h2>
        {/* Enrolment and disconnecting go through the background; the connection it stores is read here live (useTeamClient). */}
        <TeamServerForm suggestedUrl={settings?.teamServerUrl ?? null} />
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
