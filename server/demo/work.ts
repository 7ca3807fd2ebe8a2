import { buildEvent, type EventEntry } from '../../lib/events';
import { initialFlowState, procedureRef, revisionTag, transition, type FlowEvent, type FlowState } from '../../lib/procedure';
import type { PanduEvent, Session, Shift } from '../../lib/schema';
import { CHECKLIST_STEPS } from '../../lib/schema';

/**
 * Realistic records made the way the extension makes them: the flow through lib/procedure's
 * state machine, each step's audit event through lib/events buildEvent. Used by `npm run
 * team:demo` to seed the team, and by the server tests.
 */
export interface WorkedTicket {
  /** Every version of the session the browser stored, oldest first (one per step). */
  versions: Session[];
  events: PanduEvent[];
}

export interface TicketWork {
  agentId: string;
  ticketId: string;
  startedAt: string;
  /** The flow events, each taken `minutesApart` after the previous one. */
  steps: FlowEvent[];
  minutesApart?: number;
  /** Adds a fill run after the outcome: ok or failed. */
  fill?: { ok: boolean; profileId?: string } | null;
  customerName?: string;
  /** Deterministic ids (tests); random by default. */
  idOf?: (what: string) => string;
}

const RULES = { minFailedAttempts: 2, maxPendingHours: 72 };
const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

export function workTicket(work: TicketWork): WorkedTicket {
  const idOf = work.idOf ?? (() => crypto.randomUUID());
  const procedure = procedureRef();
  const subject = { agentId: work.agentId, sessionId: idOf('session'), ticketId: work.ticketId, procedureRevision: revisionTag(procedure) };
  const event = (entry: EventEntry, at: string, n: number) => buildEvent(entry, subject, at, idOf(`event-${n}`));
  const sessionAt = (flow: FlowState, updatedAt: string): Session => ({
    v: 1,
    id: subject.sessionId,
    ticketId: work.ticketId,
    agentId: work.agentId,
    procedure,
    step: flow.step,
    answers: flow,
    outcome: flow.outcome,
    status: flow.step === 'done' ? 'done' : flow.step === 'cancelled' ? 'cancelled' : 'open',
    startedAt: work.startedAt,
    updatedAt,
    endedAt: flow.step === 'done' || flow.step === 'cancelled' ? updatedAt : null,
  });

  let flow = initialFlowState();
  let now = work.startedAt;
  const versions = [sessionAt(flow, now)];
  const events: PanduEvent[] = [
    event({ type: 'session.started', payload: { ticket: { ticketId: work.ticketId, customerName: work.customerName ?? 'Pelanggan', contactPhone: '6281234567890' } } }, now, 0),
  ];
  for (const [n, step] of work.steps.entries()) {
    now = plusMinutes(now, work.minutesApart ?? 3);
    if (step.type === 'markApplied' && work.fill) events.push(event(fillEntry(work.fill, now, idOf(`fill-${n}`)), now, 1000 + n));
    const result = transition(flow, step, { now, rules: RULES });
    if (!result.ok) throw new Error(`demo flow refused ${step.type} at ${flow.step}: ${JSON.stringify(result.refusal)}`);
    flow = result.state;
    versions.push(sessionAt(flow, now));
    events.push(event(result.audit, now, n + 1));
  }
  return { versions, events };
}

function fillEntry(fill: { ok: boolean; profileId?: string }, at: string, fillId: string): EventEntry {
  const field = (name: string, ok: boolean) => ({
    field: name,
    expected: 'PLG-RESCHEDULE',
    actual: ok ? 'PLG-RESCHEDULE' : null,
    status: ok ? ('done' as const) : ('failed' as const),
    reason: ok ? null : ('field-missing' as const),
    message: null,
    ms: 40,
  });
  return {
    type: 'fill.result',
    payload: {
      kind: 'fill',
      ok: fill.ok,
      profileId: fill.profileId ?? 'nossa-maximo',
      fields: [field('pendingReason', true), field('workLogDetails', fill.ok)],
      committed: false,
      startedAt: plusMinutes(at, -1),
      totalMs: 1200,
      ownMs: 80,
      fillId,
    },
  };
}

/** A shift checklist: `ticked` of its steps ticked a minute apart from `startsAt`, completed when all are. */
export function shiftChecklist(options: { id: string; agentId: string; shiftDate: string; startsAt: string; ticked: number }): Shift {
  const steps = CHECKLIST_STEPS.slice(0, options.ticked);
  const ticks = steps.map((step, i) => ({ step, tickedAt: plusMinutes(options.startsAt, i + 1), detected: step === '1.1.1' }));
  return {
    v: 1,
    id: options.id,
    agentId: options.agentId,
    shiftDate: options.shiftDate,
    shiftName: 'pagi',
    ticks,
    completedAt: steps.length === CHECKLIST_STEPS.length ? ticks.at(-1)!.tickedAt : null,
    shiftLabel: 'Pagi',
    startsAt: options.startsAt,
    endsAt: plusMinutes(options.startsAt, 8 * 60),
    graceMinutes: 15,
    nossaUser: null,
    procedure: procedureRef(),
  };
}

/** Flows agents go through, as lists of flow events. */
const REQUEST = {
  requesterName: 'Asep Saepudin',
  requesterGroup: 'TIF HD WITEL BANDUNG',
  reasonCode: 'PLG-RESCHEDULE',
  requestedUntil: null,
  note: 'Pelanggan minta kunjungan besok pagi',
};
const CHECKS = { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true };
export const FLOWS = {
  approved: (until: string): FlowEvent[] => [
    { type: 'submitRequest', request: REQUEST },
    { type: 'confirmRecheck', checks: CHECKS },
    { type: 'logAttempt', result: 'no-answer', note: '' },
    { type: 'logAttempt', result: 'connected', note: '' },
    { type: 'customerApproves', until },
    { type: 'markApplied', by: 'manual', workLog: 'Pelanggan setuju pending sampai besok.' },
  ],
  unreachable: (until: string): FlowEvent[] => [
    { type: 'submitRequest', request: REQUEST },
    { type: 'confirmRecheck', checks: CHECKS },
    { type: 'logAttempt', result: 'no-answer', note: '' },
    { type: 'logAttempt', result: 'busy', note: 'nada sibuk' },
    { type: 'declareUnreachable', until },
    { type: 'markApplied', by: 'fill', workLog: 'Pelanggan tidak dapat dihubungi 2x.' },
  ],
  declined: (): FlowEvent[] => [
    { type: 'submitRequest', request: REQUEST },
    { type: 'confirmRecheck', checks: CHECKS },
    { type: 'logAttempt', result: 'connected', note: '' },
    { type: 'customerDeclines', note: 'Pelanggan minta segera diperbaiki' },
    { type: 'markApplied', by: 'manual', workLog: 'Pelanggan menolak pending.' },
  ],
  open: (): FlowEvent[] => [
    { type: 'submitRequest', request: REQUEST },
    { type: 'confirmRecheck', checks: CHECKS },
  ],
};
