import type { TicketSnapshot } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { CallStep } from './CallStep';
import { CancelFlow } from './CancelFlow';
import { ExplainStep } from './ExplainStep';
import { FinishedView } from './FinishedView';
import { OutcomeStep } from './OutcomeStep';
import { RecheckStep } from './RecheckStep';
import { RefusalNotice } from './RefusalNotice';
import { RequestStep } from './RequestStep';
import { StepChips, StepTitle } from './StepChips';
import { Timeline } from './Timeline';
import { useFlowSnapshot, useFlowStore } from './useFlow';

/**
 * A session's steps, from the request to the outcome and the fill, and its timeline: the part of
 * the flow the on-demand script brings (entrypoints/nossa-flow, steps-slot.ts). Rendered by
 * FlowPanel once the ticket's session is on view, inside the panel's tree and its contexts.
 */
export function FlowSteps({ ticket }: { ticket: TicketSnapshot }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const store = useFlowStore();
  const { view, busy, draftState } = useFlowSnapshot();
  if (!settings?.agent || !view) return null;

  const { flow } = view;
  const config = settings.procedure;
  const agent = settings.agent;
  const finished = flow.step === 'done' || flow.step === 'cancelled';
  return (
    <div className="flow" data-testid="flow" data-step={flow.step} data-session={view.session.id}>
      <StepChips step={flow.step} />
      <StepTitle step={flow.step} />
      <RefusalNotice />
      {flow.step === 'request' && <RequestStep ticket={ticket} config={config} />}
      {flow.step === 'recheck' && <RecheckStep ticket={ticket} />}
      {flow.step === 'call' && <CallStep ticket={ticket} config={config} />}
      {flow.step === 'explain' && <ExplainStep ticket={ticket} config={config} agent={agent} />}
      {flow.step === 'outcome' && <OutcomeStep ticket={ticket} config={config} agent={agent} />}
      {finished && <FinishedView config={config} onNewRequest={() => void store.start(ticket)} />}
      {!finished && (
        <div className="flow-actions">
          {flow.step !== 'request' && (
            <button type="button" disabled={busy} onClick={() => void store.send({ type: 'back' })} data-testid="flow-back">
              ← {t('flow.back')}
            </button>
          )}
          <span className="draft-state" aria-live="polite" data-testid="draft-state" data-state={draftState}>
            {busy ? t('panel.saving') : draftState === 'saved' ? t('panel.draftSaved') : ''}
          </span>
          <CancelFlow />
        </div>
      )}
      <Timeline events={view.events} />
    </div>
  );
}
