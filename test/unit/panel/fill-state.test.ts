import { describe, expect, it } from 'vitest';
import { at, T0, trailEvent as event } from './trail-event';
import { deriveFillState, latestFill, readBackDue, refillDue, typedWorkLog } from '@/components/panel/flow/fill-state';
import { nextStep, unsavedFields } from '@/components/panel/flow/guidance';
import type { FillLockInfo } from '@/lib/messaging';
import type { FieldResult, FillResult, FillStarted } from '@/lib/schema';

const FILL = '11111111-1111-4111-8111-111111111111';
const started: FillStarted = {
  fillId: FILL,
  profileId: 'nossa-maximo',
  ref: '[Pandu 1A2B3C]',
  commit: false,
  startedAt: at(0),
  steps: [
    { kind: 'set', field: 'pendingReason', value: 'PLG-RESCHEDULE', group: 'main' },
    { kind: 'set', field: 'workLogDetails', value: 'Pelanggan SITI setuju, dihubungi di 6281234567890', group: 'workLog' },
  ],
};
const field = (name: string, status: 'done' | 'failed' = 'done', reason: FieldResult['reason'] = null): FieldResult => ({
  field: name,
  expected: 'x',
  actual: 'x',
  status,
  reason,
  message: null,
  ms: 1,
});
const run = (kind: 'fill' | 'verify', ok: boolean, extra: Partial<FillResult> = {}): FillResult => ({
  kind,
  ok,
  profileId: 'nossa-maximo',
  fields: [field('pendingReason'), field('workLogDetails')],
  committed: false,
  startedAt: at(0),
  totalMs: 1,
  ownMs: 1,
  fillId: FILL,
  ...extra,
});
const lock = (here: boolean): FillLockInfo => ({ fillId: FILL, sessionId: 's', agentId: '930101', agentName: 'Dewi', since: at(0), here });

const base = [event('session.started', {}, -10), event('fill.started', started, 0)];
const withFields = [...base, event('fill.field', { fillId: FILL, result: field('workLogDetails') }, 2), event('fill.field', { fillId: FILL, result: field('pendingReason') }, 1)];
const filled = [...withFields, event('fill.result', run('fill', true), 3)];

describe('the fill state, derived from the audit trail', () => {
  it('is idle before any fill, and running here while this panel fills', () => {
    expect(deriveFillState({ events: base.slice(0, 1), lock: null, runningHere: false })).toEqual({ kind: 'idle' });
    expect(deriveFillState({ events: base, lock: lock(true), runningHere: true }).kind).toBe('running-here');
  });

  it('says another tab fills while it holds the lock', () => {
    const state = deriveFillState({ events: withFields, lock: lock(false), runningHere: false });
    expect(state).toMatchObject({ kind: 'running-elsewhere', holder: { agentName: 'Dewi', since: at(0) } });
  });

  it('is interrupted when a fill started and never ended (also when the lock is this tab’s, from before a reload), with fields in step order', () => {
    const state = deriveFillState({ events: withFields, lock: lock(true), runningHere: false });
    expect(state.kind).toBe('interrupted');
    expect(state.kind === 'interrupted' && state.fill.fields.map((f) => f.field)).toEqual(['pendingReason', 'workLogDetails']);
  });

  it('goes filled-not-saved -> verify failed -> awaiting read-back -> verified', () => {
    expect(deriveFillState({ events: filled, lock: null, runningHere: false }).kind).toBe('filled-not-saved');
    const unsaved = run('verify', false, { phase: 'record', fields: [field('pendingReason', 'failed', 'unsaved')] });
    const failed = [...filled, event('fill.verify', unsaved, 4)];
    const failedState = deriveFillState({ events: failed, lock: null, runningHere: false });
    expect(failedState.kind).toBe('verify-failed');
    expect(failedState.kind === 'verify-failed' && unsavedFields(failedState.verify)).toEqual(['pendingReason']);
    const recordOk = [...failed, event('fill.verify', run('verify', true, { phase: 'record' }), 5), event('fill.reload', { fillId: FILL }, 6)];
    expect(deriveFillState({ events: recordOk, lock: null, runningHere: false })).toMatchObject({ kind: 'awaiting-read-back', reloadAt: at(6) });
    const verified = [...recordOk, event('fill.verify', run('verify', true, { phase: 'readBack' }), 7)];
    expect(deriveFillState({ events: verified, lock: null, runningHere: false }).kind).toBe('verified');
  });

  it('reads sessions stored before fill operations existed (a fill.result without fill.started)', () => {
    const legacy = [event('fill.result', { ...run('fill', false), fillId: undefined }, 1)];
    expect(deriveFillState({ events: legacy, lock: null, runningHere: false }).kind).toBe('fill-failed');
    expect(latestFill(legacy)?.started).toBeNull();
  });

  it('keeps the exact work-log text the fill typed', () => {
    expect(typedWorkLog(started)).toBe('Pelanggan SITI setuju, dihubungi di 6281234567890');
    expect(typedWorkLog(null)).toBeNull();
  });
});

describe('the read-back after Pandu’s reload', () => {
  const reloaded = [...filled, event('fill.verify', run('verify', true, { phase: 'record' }), 5), event('fill.reload', { fillId: FILL }, 6)];
  it('is due on a page loaded after the reload, recent, with no verify after it', () => {
    expect(readBackDue(reloaded, T0 + 7_000, T0 + 8_000)?.fill.started.ref).toBe('[Pandu 1A2B3C]');
  });
  it('is not due on the page that recorded the reload, on a stale reload, or once a verify followed (no loops)', () => {
    expect(readBackDue(reloaded, T0 + 5_000, T0 + 8_000)).toBeNull();
    expect(readBackDue(reloaded, T0 + 7_000, T0 + 6_000 + 6 * 60_000)).toBeNull();
    const checked = [...reloaded, event('fill.verify', run('verify', false, { phase: 'readBack' }), 8)];
    expect(readBackDue(checked, T0 + 7_000, T0 + 9_000)).toBeNull();
  });
});

describe('the fill again after Pandu reloaded a page a failed fill left unsaved', () => {
  const failed = [event('fill.started', started, 0), event('fill.result', run('fill', false), 3)];
  const reloaded = [...failed, event('fill.reload', { fillId: FILL, purpose: 'refill' }, 4)];
  it('is due once on the fresh page, and is not a read-back', () => {
    expect(refillDue(reloaded, T0 + 5_000, T0 + 6_000)?.fill.fillId).toBe(FILL);
    expect(readBackDue(reloaded, T0 + 5_000, T0 + 6_000)).toBeNull();
  });
  it('is not due on the page that asked for it, nor once the new fill started', () => {
    expect(refillDue(reloaded, T0 + 3_500, T0 + 6_000)).toBeNull();
    expect(refillDue([...reloaded, event('fill.started', { ...started, fillId: '22222222-2222-4222-8222-222222222222' }, 7)], T0 + 5_000, T0 + 8_000)).toBeNull();
  });
  it('a reload stored before purposes existed is a read-back', () => {
    const legacy = [
      ...failed.slice(0, 1),
      event('fill.result', run('fill', true), 3),
      event('fill.verify', run('verify', true, { phase: 'record' }), 4),
      event('fill.reload', { fillId: FILL }, 5),
    ];
    expect(readBackDue(legacy, T0 + 6_000, T0 + 7_000)).not.toBeNull();
    expect(refillDue(legacy, T0 + 6_000, T0 + 7_000)).toBeNull();
  });
});

describe('guidance follows what the page shows', () => {
  it('never tells the agent that OK saves', () => {
    expect(nextStep({ state: 'dialog-open', message: null }).key).toBe('fill.next.dialogOpen');
    expect(nextStep({ state: 'unsaved', message: { text: 'Record has been modified. Save?', severity: 'info' } })).toMatchObject({
      key: 'fill.next.unsaved',
      canVerify: false,
      message: { severity: 'info' },
    });
    expect(nextStep({ state: 'expired', message: null }).key).toBe('fill.next.expired');
    expect(nextStep({ state: 'saved', message: { text: 'BMXAA4195E required', severity: 'error' } }).key).toBe('fill.next.message');
    expect(nextStep({ state: 'saved', message: null })).toMatchObject({ key: 'fill.next.saved', canVerify: true });
    expect(nextStep(null).key).toBe('fill.next.unknown');
  });
});
