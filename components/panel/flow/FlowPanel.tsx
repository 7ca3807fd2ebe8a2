import { useEffect, useRef } from 'react';
import { errorText } from '../../error-text';
import { failedAttempts, type FlowView } from '@/lib/procedure';
import type { TicketSnapshot } from '@/lib/schema';
import { useI18n } from '../../I18n';
import { useSettings } from '../../SettingsProvider';
import type { OnDemandState } from '../on-demand/on-demand-script';
import { AgentSetup } from './AgentSetup';
import { RefusalNotice } from './RefusalNotice';
import { onFlowKeyDown } from './flow-keys';
import { flowSteps, useFlowSteps } from './load-steps';
import { StepsLoading } from './StepsLoading';
import { useFlowSnapshot, useFlowStore } from './useFlow';
import { useStepFocus } from './useStepFocus';
// The steps' styles ship here, in the content script's stylesheet (the panel's shadow root has no
// other); the steps themselves come on demand (load-steps.ts). The build checks this list.
import './flow-styles';

/** Whether the view is a session of this ticket (else the start screen shows). */
const isSessionOf = (view: FlowView | null | undefined, ticketId: string): view is FlowView => view != null && view.session.ticketId === ticketId;

/**
 * What focus follows (useStepFocus): the identity form, the start, each step of each session,
 * and on the call step whether enough calls failed to offer "tidak terhubung"; the steps' "Coba
 * lagi" once they failed to load; null while loading (the flow, or the steps' script: "Coba lagi"
 * stays mounted and focused while it tries again, StepsLoading.tsx).
 */
export function focusPlace(agentSet: boolean, view: FlowView | null | undefined, ticketId: string, minFailedAttempts: number, steps: OnDemandState<unknown>): string | null {
  if (!agentSet) return 'agent';
  if (view === undefined) return null;
  if (!isSessionOf(view, ticketId)) return `start:${ticketId}`;
  if (steps.status === 'failed') return 'steps-failed';
  if (steps.status !== 'ready') return null;
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
  const steps = useFlowSteps();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void store.load(ticket.ticketId);
  }, [store, ticket.ticketId]);

  // A session on view (started here, in another tab, or resumed after a reload) needs its steps.
  const session = isSessionOf(snapshot.view, ticket.ticketId);
  useEffect(() => {
    if (session) void flowSteps.load();
  }, [session]);

  // The panel is interactive once the ticket's flow (or the identity form) is on screen, a session
  // with its steps: a mark in the page's performance timeline, from which the benchmark measures
  // "panel ready".
  const interactive = settings != null && (!settings.agent || (snapshot.view !== undefined && (!session || steps.status === 'ready')));
  useEffect(() => {
    if (interactive) performance.mark('pandu-panel-ready', { detail: ticket.ticketId });
  }, [interactive, ticket.ticketId]);

  const place = settings ? focusPlace(!!settings.agent, snapshot.view, ticket.ticketId, settings.procedure.minFailedAttempts, steps) : null;
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
  const { view, busy } = useFlowSnapshot();
  const steps = useFlowSteps();

  if (!settings) return null;
  if (!settings.agent) return <AgentSetup signedInUser={signedInUser} />;
  if (view === undefined) return <FlowLoading />;
  if (!isSessionOf(view, ticket.ticketId)) {
    // The steps are asked for as the agent reaches for the start, so they are usually in by the time the session is stored.
    const prefetch = () => void flowSteps.load();
    return (
      <div className="step">
        <RefusalNotice />
        <p className="hint">{t('flow.startHint')}</p>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => {
            prefetch();
            void store.start(ticket);
          }}
          data-step-focus
          data-testid="flow-start"
        >
          {t('flow.start')}
        </button>
      </div>
    );
  }
  if (steps.status !== 'ready') {
    return (
      <>
        <RefusalNotice />
        <StepsLoading />
      </>
    );
  }
  return <steps.script.FlowSteps ticket={ticket} />;
}
