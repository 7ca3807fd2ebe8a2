import { describe, expect, it } from 'vitest';
import { ALLOWED_EVENTS, STEPS, initialFlowState, transition, type FlowEvent } from '@/lib/procedure';
import { ALL_CHECKS, NOW, REQUEST, ctx, hoursFromNow, run, toCall } from './helpers';

describe('the IK 1.2 flow: every outcome', () => {
  it('unreachable (1.2.4): pended with the requester reason after the minimum failed attempts', () => {
    const { state, audit } = run([
      ...toCall,
      { type: 'logAttempt', result: 'no-answer' },
      { type: 'logAttempt', result: 'busy' },
      { type: 'declareUnreachable', until: hoursFromNow(24) },
      { type: 'markApplied', workLog: 'Pelanggan tidak dapat dihubungi', by: 'manual' },
    ]);
    expect(state).toMatchObject({ step: 'done', outcome: 'unreachable', pendingUntil: hoursFromNow(24), appliedAt: NOW, appliedBy: 'manual' });
    expect(state.attempts.map((a) => a.result)).toEqual(['no-answer', 'busy']);
    expect(audit).toEqual(['request.submitted', 'recheck.confirmed', 'call.attempt', 'call.attempt', 'outcome.unreachable', 'update.applied']);
  });

  it('approved (1.2.5): pended until the time agreed with the customer', () => {
    const { state, audit } = run([
      ...toCall,
      { type: 'logAttempt', result: 'no-answer' },
      { type: 'logAttempt', result: 'connected' },
      { type: 'customerApproves', until: hoursFromNow(20) },
      { type: 'markApplied', workLog: 'Pelanggan setuju', by: 'fill' },
    ]);
    expect(state).toMatchObject({ step: 'done', outcome: 'approved', answer: { kind: 'approved', until: hoursFromNow(20) }, pendingUntil: hoursFromNow(20) });
    expect(audit).toContain('customer.approved');
  });

  it('declined (1.2.6): not pended, and the audit names the group it goes back to', () => {
    const result = run([...toCall, { type: 'logAttempt', result: 'connected' }]);
    const declined = transition(result.state, { type: 'customerDeclines', note: 'Minta segera diperbaiki' }, ctx);
    expect(declined.ok && declined.audit.payload).toMatchObject({ step: '1.2.6', forwardTo: 'TIF HD WITEL BANDUNG' });
    const { state } = run([{ type: 'markApplied', workLog: 'Pelanggan menolak', by: 'manual' }], declined.ok ? declined.state : undefined);
    expect(state).toMatchObject({ step: 'done', outcome: 'declined', pendingUntil: null, answer: { kind: 'declined' } });
  });

  it.each(['request', 'recheck', 'call', 'explain', 'outcome'] as const)('cancelled from %s, with a reason', (step) => {
    const reach: Record<typeof step, FlowEvent[]> = {
      request: [],
      recheck: toCall.slice(0, 1),
      call: toCall,
      explain: [...toCall, { type: 'logAttempt', result: 'connected' }],
      outcome: [...toCall, { type: 'logAttempt', result: 'connected' }, { type: 'customerDeclines' }],
    };
    const { state } = run([...reach[step], { type: 'cancel', reason: 'Tiket sudah ditutup teknisi' }]);
    expect(state).toMatchObject({ step: 'cancelled', outcome: 'cancelled', cancel: { reason: 'Tiket sudah ditutup teknisi', at: NOW, atStep: step } });
  });
});

describe('the IK 1.2 flow: every refusal', () => {
  it('refuses unreachable before the configured minimum of failed attempts', () => {
    const { state } = run([...toCall, { type: 'logAttempt', result: 'no-answer' }]);
    expect(transition(state, { type: 'declareUnreachable', until: hoursFromNow(5) }, ctx)).toEqual({
      ok: false,
      refusal: { code: 'not-enough-attempts', needed: 2, have: 1 },
    });
    const lenient = transition(state, { type: 'declareUnreachable', until: hoursFromNow(5) }, { ...ctx, rules: { ...ctx.rules, minFailedAttempts: 1 } });
    expect(lenient.ok).toBe(true);
  });

  it('does not count a connected attempt as failed', () => {
    const { state } = run([...toCall, { type: 'logAttempt', result: 'no-answer' }, { type: 'logAttempt', result: 'connected' }, { type: 'back' }]);
    expect(transition(state, { type: 'declareUnreachable', until: hoursFromNow(5) }, ctx)).toMatchObject({ ok: false, refusal: { code: 'not-enough-attempts', have: 1 } });
  });

  it('refuses a pending time in the past, now, or beyond the maximum', () => {
    const { state } = run([...toCall, { type: 'logAttempt', result: 'connected' }]);
    expect(transition(state, { type: 'customerApproves', until: hoursFromNow(-1) }, ctx)).toMatchObject({ ok: false, refusal: { code: 'until-not-future' } });
    expect(transition(state, { type: 'customerApproves', until: NOW }, ctx)).toMatchObject({ ok: false, refusal: { code: 'until-not-future' } });
    expect(transition(state, { type: 'customerApproves', until: hoursFromNow(73) }, ctx)).toMatchObject({ ok: false, refusal: { code: 'until-too-far', maxHours: 72 } });
    expect(transition(state, { type: 'customerApproves', until: hoursFromNow(72) }, ctx).ok).toBe(true);
  });

  it('refuses a requested pending time outside the allowed window', () => {
    const r = transition(initialFlowState(), { type: 'submitRequest', request: { ...REQUEST, requestedUntil: hoursFromNow(100) } }, ctx);
    expect(r).toMatchObject({ ok: false, refusal: { code: 'until-too-far' } });
  });

  it('refuses a re-check with any point unconfirmed, naming the missing points', () => {
    const { state } = run(toCall.slice(0, 1));
    const r = transition(state, { type: 'confirmRecheck', checks: { ...ALL_CHECKS, notPending: false, contactPresent: false } }, ctx);
    expect(r).toEqual({ ok: false, refusal: { code: 'recheck-incomplete', missing: ['notPending', 'contactPresent'] } });
  });

  it('refuses malformed events with a readable detail', () => {
    const bad = [
      null,
      'cancel',
      {},
      { type: 'explode' },
      { type: 'cancel', reason: '   ' },
      { type: 'logAttempt', result: 'maybe' },
      { type: 'customerApproves', until: 'besok' },
      { type: 'submitRequest', request: { ...REQUEST, requesterName: '' } },
    ];
    for (const event of bad) {
      const r = transition(initialFlowState(), event, ctx);
      expect(r.ok, JSON.stringify(event)).toBe(false);
      expect(!r.ok && r.refusal.code).toBe('invalid-event');
    }
  });

  it('refuses every event a step does not allow, as an illegal transition', () => {
    const samples: FlowEvent[] = [
      { type: 'submitRequest', request: REQUEST },
      { type: 'confirmRecheck', checks: ALL_CHECKS },
      { type: 'logAttempt', result: 'busy' },
      { type: 'declareUnreachable', until: hoursFromNow(3) },
      { type: 'customerApproves', until: hoursFromNow(3) },
      { type: 'customerDeclines' },
      { type: 'markApplied', workLog: 'x', by: 'manual' },
      { type: 'back' },
      { type: 'cancel', reason: 'x' },
    ];
    const states = {
      request: run([]).state,
      recheck: run(toCall.slice(0, 1)).state,
      call: run(toCall).state,
      explain: run([...toCall, { type: 'logAttempt', result: 'connected' }]).state,
      outcome: run([...toCall, { type: 'logAttempt', result: 'connected' }, { type: 'customerDeclines' }]).state,
    };
    for (const [step, state] of Object.entries(states)) {
      for (const event of samples.filter((e) => !ALLOWED_EVENTS[step as keyof typeof states].includes(e.type))) {
        expect(transition(state, event, ctx), `${event.type} at ${step}`).toEqual({
          ok: false,
          refusal: { code: 'illegal-transition', step, event: event.type },
        });
      }
    }
  });

  it('makes a finished session read-only', () => {
    const done = run([...toCall, { type: 'logAttempt', result: 'connected' }, { type: 'customerDeclines' }, { type: 'markApplied', workLog: 'x', by: 'manual' }]).state;
    const cancelled = run([{ type: 'cancel', reason: 'salah tiket' }]).state;
    for (const state of [done, cancelled]) {
      for (const event of [{ type: 'back' }, { type: 'cancel', reason: 'lagi' }, { type: 'logAttempt', result: 'busy' }] as FlowEvent[]) {
        expect(transition(state, event, ctx)).toEqual({ ok: false, refusal: { code: 'finished', step: state.step } });
      }
    }
  });
});

describe('going back', () => {
  it('walks back step by step, undoing the decision but keeping the request and the attempts', () => {
    let { state } = run([...toCall, { type: 'logAttempt', result: 'busy' }, { type: 'logAttempt', result: 'connected' }, { type: 'customerApproves', until: hoursFromNow(4) }]);
    const steps: string[] = [];
    while (state.step !== 'request') {
      const r = transition(state, { type: 'back' }, ctx);
      if (!r.ok) expect.fail(JSON.stringify(r.refusal));
      state = r.state;
      steps.push(state.step);
    }
    expect(steps).toEqual(['explain', 'call', 'recheck', 'request']);
    expect(state).toMatchObject({ outcome: null, answer: null, pendingUntil: null, recheckedAt: null, request: REQUEST });
    expect(state.attempts).toHaveLength(2);
  });

  it('goes back from an unreachable outcome to the call step', () => {
    const { state } = run([
      ...toCall,
      { type: 'logAttempt', result: 'busy' },
      { type: 'logAttempt', result: 'inactive' },
      { type: 'declareUnreachable', until: hoursFromNow(2) },
      { type: 'back' },
    ]);
    expect(state).toMatchObject({ step: 'call', outcome: null, pendingUntil: null });
  });

  it('lists allowed events for every step', () => {
    expect(Object.keys(ALLOWED_EVENTS).sort()).toEqual([...STEPS].sort());
  });
});
