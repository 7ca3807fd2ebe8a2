import { useEffect, useRef } from 'react';
import { errorText } from '../../error-text';
import { failedAttempts, type FlowView } from '@/lib/procedure';
import type { TicketSnapshot } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import { AgentSetup } from './AgentSetup';
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
import { onFlowKeyDown } from './flow-keys';
import { useFlowSnapshot, useFlowStore } from './useFlow';
import { useStepFocus } from './useStepFocus';

/**
 * What focus follows (useStepFocus): the identity form, the start, each step of each session,
 * and on the call step whether enough calls failed to offer "tidak terhubung"; null while loading.
 */
function focusPlace(agentSet: boolean, view: FlowView | null | undefined, ticketId: string, minFailedAttempts: number): string | null {
  if (!agentSet) return 'agent';
  if (view === undefined) return null;
  if (view === null || view.session.ticketId !== ticketId) return `start:${ticketId}`;
  const { flow } = view;
  const unreachable = flow.step === 'call' && failedAttempts(flow) >= minFailedAttempts;
  return `${view.session.id}:${flow.step}${unreachable ? ':unreachable' : ''}`;
}

/**
 * While the ticket's flow is loading: says so. When loading failed: an alert that says why and
 * "Coba lagi", which stays in place (not clickable) while it tries again, so keyboard focus is
 * not lost; the alert is shown anew for each failure, so a screen reader announces each.
 */
function FlowLoading() {
  const { t } = useI18n();
  const store = useFlowStore();
  const { error, reloading } = useFlowSnapshot();
  const failed = error != null;
  return (
    <div className="step" data-testid="flow-loading" data-state={failed ? 'failed' : 'loading'}>
      {failed ? (
        <p key="failed" className="alert" role="alert" data-testid="flow-load-failed">
          {t('flow.loadFailed')} {errorText(t, error, () => t('flow.loadUnreachable'))}
        </p>
      ) : (
        <p key="loading" className="hint" role="status">
          {t('flow.loading')}
        </p>
      )}
      {(failed || reloading) && (
        <button type="button" aria-disabled={reloading} onClick={() => void store.reload()} data-testid="flow-reload">
          {t('flow.reload')}
        </button>
      )}
    </div>
  );
}

/** The guided IK 1.2 flow for the ticket on the page. Keyboard focus follows it (useStepFocus). */
export function FlowPanel({ ticket, signedInUser }: { ticket: TicketSnapshot; signedInUser: string | null }) {
  const { settings } = useSettings();
  const store = useFlowStore();
  const snapshot = useFlowSnapshot();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void store.load(ticket.ticketId);
  }, [store, ticket.ticketId]);

  // The panel is interactive once the ticket's flow (or the identity form) is on screen: a mark in
  // the page's performance timeline, from which the benchmark measures "panel ready".
  const interactive = settings != null && (!settings.agent || snapshot.view !== undefined);
  useEffect(() => {
    if (interactive) performance.mark('pandu-panel-ready', { detail: ticket.ticketId });
  }, [interactive, ticket.ticketId]);

  const place = settings ? focusPlace(!!settings.agent, snapshot.view, ticket.ticketId, settings.procedure.minFailedAttempts) : null;
  useStepFocus(root, place, snapshot.busy);

  return (
    <div ref={root} className="flow-root" onKeyDown={(event) => onFlowKeyDown(event.nativeEvent)}>
      <FlowContent ticket={ticket} signedInUser={signedInUser} />
    </div>
  );
}

function FlowContent({ ticket, signedInUser }: { ticket: TicketSnapshot; signedInUser: string | null }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const store = useFlowStore();
  const { view, busy, draftState } = useFlowSnapshot();

  if (!settings) return null;
  if (!settings.agent) return <AgentSetup signedInUser={signedInUser} />;
  if (view === undefined) return <FlowLoading />;
  if (view === null || view.session.ticketId !== ticket.ticketId) {
    return (
      <div className="step">
        <RefusalNotice />
        <p className="hint">{t('flow.startHint')}</p>
        <button type="button" className="primary" disabled={busy} onClick={() => void store.start(ticket)} data-step-focus data-testid="flow-start">
          {t('flow.start')}
        </button>
      </div>
    );
  }

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
