import { AgentForm } from '../../AgentForm';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';

/** First run inside the panel: who the agent is, the NOSSA user id taken from the page. */
export function AgentSetup({ signedInUser }: { signedInUser: string | null }) {
  const { t } = useI18n();
  const { update } = useSettings();
  return (
    <AgentForm initial={{ nossaUserId: signedInUser ?? '' }} saveLabel={t('agent.save')} onSave={(agent) => update({ agent })} testId="agent-setup" labelledBy="pandu-agent-title">
      <h2 id="pandu-agent-title">{t('agent.title')}</h2>
      <p className="hint">{t('agent.intro')}</p>
    </AgentForm>
  );
}
