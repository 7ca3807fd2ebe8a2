import { browser } from 'wxt/browser';
import { AgentForm } from '@/components/AgentForm';
import { useI18n } from '@/components/I18n';
import { LanguageSelect } from '@/components/LanguageSelect';
import { useSettings } from '@/components/SettingsProvider';
import { useDocumentLanguage } from '@/components/useDocumentLanguage';
import { errorText } from '@/components/error-text';
import { ShiftCard } from './ShiftCard';
import { FollowUps } from './FollowUps';
import { History } from './History';
import { OpenWork } from './OpenWork';
import { PanelReset } from './PanelReset';
import { SettingsSection } from './SettingsSection';
import { TeamSyncLine } from './TeamSyncLine';
import { useNow } from './useNow';
import { useShiftNow } from './useShiftNow';
import { workSince } from './time';

/**
 * The popup: the shift-start checklist (IK 1.1), follow-ups that are due, the agent's open work.
 * On first run it asks who the agent is; nothing else is possible before that.
 */
export function PopupApp() {
  const { t } = useI18n();
  const { settings, error, update } = useSettings();
  const now = useNow();
  const { shiftNow, error: shiftError } = useShiftNow(settings?.shifts, now);
  useDocumentLanguage('popup.title');
  const problem = error ?? shiftError;
  const agent = settings?.agent ?? null;

  return (
    <main className="popup">
      <header className="brand">
        <h1>{t('app.name')}</h1>
        <small>{t('app.tagline')}</small>
        {agent && (
          <span className="agent" data-testid="agent-line" title={t('popup.agent.line', { name: agent.name, area: agent.area, userId: agent.nossaUserId })}>
            {agent.name} · {agent.area}
          </span>
        )}
      </header>
      {problem != null && (
        <p className="alert card" role="alert">
          {errorText(t, problem, (detail) => t('popup.backgroundDown', { detail }))}
        </p>
      )}
      {settings && !agent && (
        <section className="card" aria-labelledby="checklist-title" data-testid="first-run">
          <h2 id="checklist-title">{t('popup.checklist')}</h2>
          <AgentForm saveLabel={t('popup.firstRun.save')} onSave={(value) => update({ agent: value })} testId="agent-first-run" focusOnShow>
            <p className="muted">{t('popup.firstRun.intro')}</p>
          </AgentForm>
        </section>
      )}
      {!settings && problem == null && <p className="card muted">{t('popup.loading')}</p>}
      {settings && agent && (
        <>
          <TeamSyncLine />
          <ShiftCard agent={agent} shiftNow={shiftNow} graceMinutes={settings.shifts.graceMinutes} now={now} />
          <FollowUps agentId={agent.nossaUserId} now={now} />
          <OpenWork agentId={agent.nossaUserId} since={workSince(now, shiftNow?.slot ?? null)} />
          <History agentId={agent.nossaUserId} current={shiftNow?.slot ?? null} now={now} />
          <SettingsSection settings={settings} />
        </>
      )}
      <nav className="card footer">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-dashboard">
          {t('popup.openDashboard')}
        </button>
        <PanelReset />
        <LanguageSelect onChange={(language) => void update({ language })} />
      </nav>
    </main>
  );
}
