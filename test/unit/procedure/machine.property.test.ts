import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_PAYLOADS } from '@/lib/events';
import { ATTEMPT_RESULTS, failedAttempts, flowStateSchema, initialFlowState, transition, type FlowContext } from '@/lib/procedure';
import { ALL_CHECKS, NOW, REQUEST } from './helpers';

const hours = fc.integer({ min: -10, max: 200 }).map((h) => new Date(Date.parse(NOW) + h * 3_600_000).toISOString());
const bool = fc.boolean();

/** Well-formed events (any type, with plausible and edge-case data) mixed with garbage. */
const event = fc.oneof(
  fc.constant({ type: 'submitRequest', request: REQUEST }),
  hours.map((until) => ({ type: 'submitRequest', request: { ...REQUEST, requestedUntil: until } })),
  fc.record({ ticketOpen: bool, notPending: bool, contactPresent: bool, requestMatches: bool }).map((checks) => ({ type: 'confirmRecheck', checks })),
  fc.constant({ type: 'confirmRecheck', checks: ALL_CHECKS }),
  fc.constantFrom(...ATTEMPT_RESULTS).map((result) => ({ type: 'logAttempt', result })),
  hours.map((until) => ({ type: 'declareUnreachable', until })),
  hours.map((until) => ({ type: 'customerApproves', until })),
  fc.string({ maxLength: 20 }).map((note) => ({ type: 'customerDeclines', note })),
  fc.string({ maxLength: 10 }).map((workLog) => ({ type: 'markApplied', workLog, by: 'manual' })),
  fc.constant({ type: 'back' }),
  fc.string({ maxLength: 10 }).map((reason) => ({ type: 'cancel', reason })),
  fc.anything(),
);

const context = fc
  .record({ minFailedAttempts: fc.integer({ min: 1, max: 4 }), maxPendingHours: fc.integer({ min: 1, max: 168 }) })
  .map((rules): FlowContext => ({ now: NOW, rules }));

describe('the state machine under any sequence of events', () => {
  it('always leaves a valid state or a typed refusal that changes nothing', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), context, (events, ctx) => {
        let state = initialFlowState();
        for (const e of events) {
          const before = structuredClone(state);
          const result = transition(state, e, ctx);
          if (!result.ok) {
            expect(typeof result.refusal.code).toBe('string');
            expect(state).toEqual(before);
            continue;
          }
          state = result.state;
          expect(flowStateSchema.safeParse(state).success).toBe(true);
          // Each accepted event's audit entry is a member of the event union, its payload that kind's.
          expect(EVENT_PAYLOADS[result.audit.type].safeParse(result.audit.payload).success).toBe(true);
          // Invariants the instruction implies.
          if (state.step === 'outcome' || state.step === 'done') expect(state.outcome).not.toBeNull();
          if (state.step === 'done') expect(state.workLog && state.appliedAt).toBeTruthy();
          if (state.step === 'cancelled') expect(state.cancel?.reason.trim()).toBeTruthy();
          if (state.outcome === 'unreachable' && state.step !== 'cancelled') expect(failedAttempts(state)).toBeGreaterThanOrEqual(ctx.rules.minFailedAttempts);
          if (state.outcome === 'approved' || state.outcome === 'unreachable') expect(state.pendingUntil).not.toBeNull();
          if (state.outcome === 'declined') expect(state.pendingUntil).toBeNull();
          if (state.step !== 'request' && state.step !== 'cancelled') expect(state.request).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts anything once a session is finished', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 10 }), context, (events, ctx) => {
        const state = transition(initialFlowState(), { type: 'cancel', reason: 'selesai' }, ctx);
        if (!state.ok) throw new Error('cancel refused');
        for (const e of events) expect(transition(state.state, e, ctx).ok).toBe(false);
      }),
    );
  });
});
