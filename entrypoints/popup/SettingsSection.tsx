import { useState } from 'react';
import { AgentForm } from '@/components/AgentForm';
import { useI18n } from '@/components/I18n';
import { useSettings } from '@/components/SettingsProvider';
import type { Settings } from '@/lib/schema';
import { TeamServerForm } from '@/components/TeamServerForm';
import { ShiftSettingsForm } from './ShiftSettingsForm';

/** Editing later what the first run asked, and the shift times. Folded away: rarely needed. */
export function SettingsSection({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const { update } = useSettings();
  const [saved, setSaved] = useState(false);
  return (
    <details className="card settings" data-testid="popup-settings">
      <summary>
        <h2>{t('popup.settings')}</h2>
      </summary>
      <AgentForm
        key={JSON.stringify(settings.agent)}
        initial={settings.agent ?? undefined}
        saveLabel={t('popup.settings.identitySave')}
        onSave={async (agent) => {
          await update({ agent });
          setSaved(true);
        }}
        testId="agent-edit"
        labelledBy="agent-edit-title"
      >
        <h3 id="agent-edit-title">{t('popup.settings.identity')}</h3>
      </AgentForm>
      {saved && (
        <p className="status ok" role="status">
          {t('popup.settings.identitySaved')}
        </p>
      )}
      <ShiftSettingsForm value={settings.shifts} />
      <section aria-labelledby="team-server-title" data-testid="popup-team">
        <h3 id="team-server-title">{t('team.title')}</h3>
        <TeamServerForm suggestedUrl={settings.teamServerUrl} />
      </section>
    </details>
  );
}
