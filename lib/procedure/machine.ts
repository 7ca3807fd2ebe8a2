import * as z from 'zod/mini';
import type { TicketSnapshot } from '../schema/ticket';
import type { AuditEntry, FlowAuditKind } from './audit';
import { flowEventSchema, type FlowEventType, type ParsedFlowEvent } from './events';
import { FINAL_STEPS, RECHECK_POINTS, failedAttempts, flowStateSchema, type FlowState, type RecheckPoint, type Step } from './state';

/** The configurable rules the instruction leaves open (PROCEDURE.md). */
export interface FlowRules {
  /** Failed call attempts before "unreachable" (1.2.4) may be declared. */
  minFailedAttempts: number;
  /** Longest pending time, in hours from now. */
  maxPendingHours: number;
}

export interface FlowContext {
  /** The current instant (UTC ISO). Passed in so the machine stays pure and testable. */
  now: string;
  rules: FlowRules;
}

/** Why an event was refused. The state is unchanged by a refusal. */
export type FlowRefusal =
  | { code: 'invalid-event'; detail: string }
  | { code: 'finished'; step: Step }
  | { code: 'illegal-transition'; step: Step; event: string }
  | { code: 'recheck-incomplete'; missing: RecheckPoint[] }
  | { code: 'not-enough-attempts'; needed: number; have: number }
  | { code: 'until-not-future' }
  | { code: 'until-too-far'; maxHours: number };

export type { AuditEntry };

export type TransitionResult = { ok: true; state: FlowState; audit: AuditEntry } | { ok: false; refusal: FlowRefusal };

/** Which events each step accepts. Anything else is an illegal transition. */
export const ALLOWED_EVENTS: Record<Step, readonly FlowEventType[]> = {
  request: ['submitRequest', 'cancel'],
  recheck: ['confirmRecheck', 'back', 'cancel'],
  call: ['logAttempt', 'declareUnreachable', 'back', 'cancel'],
  explain: ['customerApproves', 'customerDeclines', 'back', 'cancel'],
  outcome: ['markApplied', 'back', 'cancel'],
  done: [],
  cancelled: [],
};

export const allowedEvents = (state: FlowState): readonly FlowEventType[] => ALLOWED_EVENTS[state.step];

const refuse = (refusal: FlowRefusal): TransitionResult => ({ ok: false, refusal });
const accept = <K extends FlowAuditKind>(state: FlowState, type: K, payload: Extract<AuditEntry, { type: K }>['payload']): TransitionResult => ({
  ok: true,
  state: flowStateSchema.parse(state),
  audit: { type, payload } as AuditEntry,
});

/** A pending-until must lie in the future and within the configured maximum. */
export function checkPendingUntil(until: string, ctx: FlowContext): FlowRefusal | null {
  const at = Date.parse(until);
  const now = Date.parse(ctx.now);
  if (!(at > now)) return { code: 'until-not-future' };
  if (at - now > ctx.rules.maxPendingHours * 3_600_000) return { code: 'until-too-far', maxHours: ctx.rules.maxPendingHours };
  return null;
}

/**
 * The pure state machine of section 1.2: (state, event) -> new state and one audit entry, or a
 * typed refusal. No DOM, no database, no clock of its own.
 */
/** `input` is whatever a caller sent: a FlowEvent, or anything else, which is refused. */
export function transition(state: FlowState, input: unknown, ctx: FlowContext): TransitionResult {
  const parsed = flowEventSchema.safeParse(input);
  if (!parsed.success) return refuse({ code: 'invalid-event', detail: z.prettifyError(parsed.error) });
  const event: ParsedFlowEvent = parsed.data;
  if (FINAL_STEPS.includes(state.step)) return refuse({ code: 'finished', step: state.step });
  if (!ALLOWED_EVENTS[state.step].includes(event.type)) {
    return refuse({ code: 'illegal-transition', step: state.step, event: event.type });
  }

  switch (event.type) {
    case 'submitRequest': {
      const until = event.request.requestedUntil;
      const tooLate = until ? checkPendingUntil(until, ctx) : null;
      if (tooLate) return refuse(tooLate);
      return accept({ ...state, step: 'recheck', request: event.request }, 'request.submitted', { step: '1.2.1', ...event.request });
    }
    case 'confirmRecheck': {
      const missing = RECHECK_POINTS.filter((point) => !event.checks[point]);
      if (missing.length) return refuse({ code: 'recheck-incomplete', missing });
      return accept({ ...state, step: 'call', recheckedAt: ctx.now }, 'recheck.confirmed', { step: '1.2.2', checks: event.checks });
    }
    case 'logAttempt': {
      const attempt = { at: ctx.now, result: event.result, note: event.note };
      const attempts = [...state.attempts, attempt];
      const step = event.result === 'connected' ? 'explain' : 'call';
      return accept({ ...state, step, attempts }, 'call.attempt', {
        step: '1.2.2',
        number: attempts.length,
        ...attempt,
        failedSoFar: failedAttempts({ attempts }),
      });
    }
    case 'declareUnreachable': {
      const have = failedAttempts(state);
      if (have < ctx.rules.minFailedAttempts) return refuse({ code: 'not-enough-attempts', needed: ctx.rules.minFailedAttempts, have });
      const tooLate = checkPendingUntil(event.until, ctx);
      if (tooLate) return refuse(tooLate);
      return accept({ ...state, step: 'outcome', outcome: 'unreachable', pendingUntil: event.until, outcomeTicket: event.ticket ?? null }, 'outcome.unreachable', {
        step: '1.2.4',
        failedAttempts: have,
        pendingUntil: event.until,
        ...frozen(event.ticket),
      });
    }
    case 'customerApproves': {
      const tooLate = checkPendingUntil(event.until, ctx);
      if (tooLate) return refuse(tooLate);
      const answer = { kind: 'approved' as const, until: event.until };
      return accept({ ...state, step: 'outcome', answer, outcome: 'approved', pendingUntil: event.until, outcomeTicket: event.ticket ?? null }, 'customer.approved', {
        step: '1.2.5',
        pendingUntil: event.until,
        ...frozen(event.ticket),
      });
    }
    case 'customerDeclines': {
      const answer = { kind: 'declined' as const, note: event.note };
      return accept({ ...state, step: 'outcome', answer, outcome: 'declined', pendingUntil: null, outcomeTicket: event.ticket ?? null }, 'customer.declined', {
        step: '1.2.6',
        note: event.note,
        forwardTo: state.request?.requesterGroup ?? null,
        ...frozen(event.ticket),
      });
    }
    case 'markApplied':
      return accept({ ...state, step: 'done', workLog: event.workLog, appliedAt: ctx.now, appliedBy: event.by }, 'update.applied', {
        step: '1.3',
        outcome: state.outcome,
        by: event.by,
        workLog: event.workLog,
      });
    case 'back':
      return accept(stepBack(state), 'flow.back', { from: state.step });
    case 'cancel':
      return accept({ ...state, step: 'cancelled', outcome: 'cancelled', cancel: { reason: event.reason, at: ctx.now, atStep: state.step } }, 'flow.cancelled', {
        reason: event.reason,
        atStep: state.step,
      });
  }
}

/** The frozen facts go into the audit event too, so the trail says what the work log was built from. */
const frozen = (ticket: TicketSnapshot | undefined) => (ticket ? { ticket } : {});

/** Going back undoes the current step's decision; the audit trail keeps everything that happened. */
function stepBack(state: FlowState): FlowState {
  switch (state.step) {
    case 'recheck':
      return { ...state, step: 'request' };
    case 'call':
      return { ...state, step: 'recheck', recheckedAt: null };
    case 'explain':
      return { ...state, step: 'call' };
    case 'outcome':
      return { ...state, step: state.outcome === 'unreachable' ? 'call' : 'explain', outcome: null, answer: null, pendingUntil: null, outcomeTicket: null };
    default:
      return state;
  }
}
