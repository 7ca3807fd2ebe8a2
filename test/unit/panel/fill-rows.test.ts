import { describe, expect, it } from 'vitest';
import { at, trailEvent as event } from './trail-event';
import { fieldRows, finishedRows, manualRows, rowsCaption, trailSteps, valueNote, type FieldRow } from '@/components/panel/flow/fill-rows';
import { deriveFillState, latestFill, type FillState } from '@/components/panel/flow/fill-state';
import type { UpdatePlan } from '@/lib/fill';
import type { FieldResult, FillResult, FillStarted, FillStep, PanduEvent } from '@/lib/schema';

const FILL = '11111111-1111-4111-8111-111111111111';

const WORK_LOG = 'Pelanggan SITI setuju tiket dipending sampai teknisi datang.';
/** An approved pending as Pandu fills it, with "fill and save" on (OK and Save are steps too). */
const STEPS: FillStep[] = [
  { kind: 'set', group: 'main', field: 'pendingReason', value: 'PLG-RESCHEDULE' },
  { kind: 'set', group: 'main', field: 'pendingUntil', value: '07-12-2026 16:30' },
  { kind: 'set', group: 'workLog', field: 'workLogDetails', value: WORK_LOG },
  { kind: 'set', group: 'status', field: 'newStatus', value: 'PENDING' },
  { kind: 'set', group: 'status', field: 'statusMemo', value: 'Pending PLG-RESCHEDULE sampai 07-12-2026 16:30' },
  { kind: 'commit', action: 'confirmChangeStatus' },
];
const started: FillStarted = { fillId: FILL, profileId: 'nossa-maximo', ref: '[Pandu 1A2B3C]', commit: true, startedAt: at(0), steps: STEPS };

const key = (s: FillStep) => (s.kind === 'set' ? s.field : `commit:${s.action}`);
const value = (s: FillStep) => (s.kind === 'set' ? s.value : s.action);
const done = (s: FillStep, extra: Partial<FieldResult> = {}): FieldResult => ({
  field: key(s),
  expected: value(s),
  actual: value(s),
  status: 'done',
  reason: null,
  message: null,
  ms: 3,
  ...extra,
});
const failed = (s: FillStep, reason: FieldResult['reason'], extra: Partial<FieldResult> = {}) => done(s, { status: 'failed', reason, ...extra });
const result = (kind: 'fill' | 'verify', fields: FieldResult[], extra: Partial<FillResult> = {}): FillResult => ({
  kind,
  ok: fields.every((f) => f.status === 'done'),
  profileId: 'nossa-maximo',
  fields,
  committed: kind === 'fill',
  startedAt: at(1),
  totalMs: 900,
  ownMs: 40,
  fillId: FILL,
  ...extra,
});

const filledAll = [
  event('fill.started', started, 0),
  event(
    'fill.result',
    result(
      'fill',
      STEPS.map((s) => done(s)),
    ),
    5,
  ),
];
const stateOf = (events: PanduEvent[]): FillState => deriveFillState({ events, lock: null, runningHere: false });
/** The rows as [field, state] pairs: what the agent reads row by row. */
const states = (rows: FieldRow[]) => rows.map((r) => [r.field, r.state]);

describe('before the fill: every field as what will be written', () => {
  it('one row per step, in the fill’s order, with the value to write; nothing claimed', () => {
    const rows = fieldRows(STEPS, { kind: 'idle' }, null);
    expect(rows.map((r) => [r.field, r.write])).toEqual([
      ['pendingReason', 'PLG-RESCHEDULE'],
      ['pendingUntil', '07-12-2026 16:30'],
      ['workLogDetails', WORK_LOG],
      ['newStatus', 'PENDING'],
      ['statusMemo', 'Pending PLG-RESCHEDULE sampai 07-12-2026 16:30'],
      ['commit:confirmChangeStatus', 'confirmChangeStatus'],
    ]);
    expect(rows.every((r) => r.state === 'planned' && r.result === null && r.from === null)).toBe(true);
  });

  it('the heading says “will”', () => {
    expect(rowsCaption('idle', false)).toBe('will');
  });
});

describe('during the fill: what landed, what is being written, what waits', () => {
  it('this panel’s progress: the landed fields by their result, the next one being written, the rest waiting', () => {
    const landed = [done(STEPS[0]!), done(STEPS[1]!, { already: true })];
    expect(states(fieldRows(STEPS, { kind: 'running-here', fill: null }, landed))).toEqual([
      ['pendingReason', 'on-screen'],
      ['pendingUntil', 'already'],
      ['workLogDetails', 'filling'],
      ['newStatus', 'queued'],
      ['statusMemo', 'queued'],
      ['commit:confirmChangeStatus', 'queued'],
    ]);
    expect(rowsCaption('idle', true)).toBe('writing');
    expect(rowsCaption('running-elsewhere', false)).toBe('writing');
  });

  it('a field NOSSA refused while the run goes on: said at once, with its result', () => {
    const rows = fieldRows(STEPS, { kind: 'running-here', fill: null }, [failed(STEPS[0]!, 'rejected', { message: 'BMXAA4191E' })]);
    expect(rows[0]).toMatchObject({ state: 'failed', from: 'fill', result: { reason: 'rejected', message: 'BMXAA4191E' } });
    expect(rows[1]!.state).toBe('filling');
  });

  it('before anything landed, the first field is the one being written', () => {
    expect(states(fieldRows(STEPS.slice(0, 2), { kind: 'running-here', fill: null }, []))).toEqual([
      ['pendingReason', 'filling'],
      ['pendingUntil', 'queued'],
    ]);
  });
});

describe('after the fill: on NOSSA’s screen, never “saved” until the read-back proves it', () => {
  it('a fill that took: every field on screen (or already held), the commit pressed; heading “on screen”', () => {
    const events = [event('fill.started', started, 0), event('fill.result', result('fill', [done(STEPS[0]!, { already: true }), ...STEPS.slice(1).map((s) => done(s))]), 5)];
    const state = stateOf(events);
    expect(state.kind).toBe('filled-not-saved');
    expect(states(fieldRows(STEPS, state, null))).toEqual([
      ['pendingReason', 'already'],
      ['pendingUntil', 'on-screen'],
      ['workLogDetails', 'on-screen'],
      ['newStatus', 'on-screen'],
      ['statusMemo', 'on-screen'],
      ['commit:confirmChangeStatus', 'on-screen'],
    ]);
    expect(rowsCaption(state.kind, false)).toBe('onScreen');
  });

  it('a fill that stopped: the failed field with its reason, the skipped ones failed as skipped; heading “stopped”', () => {
    const fields = [done(STEPS[0]!), failed(STEPS[1]!, 'read-only'), ...STEPS.slice(2).map((s) => failed(s, 'skipped'))];
    const state = stateOf([event('fill.started', started, 0), event('fill.result', result('fill', fields), 5)]);
    expect(state.kind).toBe('fill-failed');
    const rows = fieldRows(STEPS, state, null);
    expect(rows[1]).toMatchObject({ state: 'failed', from: 'fill', result: { reason: 'read-only' } });
    expect(rows.slice(2).every((r) => r.state === 'failed' && r.result?.reason === 'skipped')).toBe(true);
    expect(rowsCaption(state.kind, false)).toBe('stopped');
  });

  it('a fill interrupted (tab reloaded): what landed stays, the rest was not written; heading “stopped”', () => {
    const events = [event('fill.started', started, 0), event('fill.field', { fillId: FILL, result: done(STEPS[0]!) }, 1)];
    const state = stateOf(events);
    expect(state.kind).toBe('interrupted');
    expect(states(fieldRows(STEPS, state, null)).slice(0, 3)).toEqual([
      ['pendingReason', 'on-screen'],
      ['pendingUntil', 'not-reached'],
      ['workLogDetails', 'not-reached'],
    ]);
    expect(rowsCaption(state.kind, false)).toBe('stopped');
  });

  it('another tab’s fill, from the fields it recorded so far', () => {
    const events = [event('fill.started', started, 0), event('fill.field', { fillId: FILL, result: done(STEPS[0]!) }, 1)];
    const state = deriveFillState({ events, lock: { fillId: FILL, sessionId: 's', agentId: '930101', agentName: 'Dewi', since: at(0), here: false }, runningHere: false });
    expect(state.kind).toBe('running-elsewhere');
    expect(states(fieldRows(STEPS, state, latestFill(events)!.fields)).slice(0, 3)).toEqual([
      ['pendingReason', 'on-screen'],
      ['pendingUntil', 'filling'],
      ['workLogDetails', 'queued'],
    ]);
  });

  it('a value edited after the fill (the work log) is to be written again: the old result does not speak for it', () => {
    const edited = STEPS.map((s) => (s.kind === 'set' && s.field === 'workLogDetails' ? { ...s, value: `${WORK_LOG} Diubah.` } : s));
    const rows = fieldRows(edited, stateOf(filledAll), null);
    expect(rows.find((r) => r.field === 'workLogDetails')).toMatchObject({ state: 'planned', result: null, write: `${WORK_LOG} Diubah.` });
    expect(rows.find((r) => r.field === 'pendingReason')!.state).toBe('on-screen');
  });

  it('a step the fill never had (the save setting turned on since): not written', () => {
    const more: FillStep[] = [...STEPS, { kind: 'commit', action: 'save' }];
    expect(fieldRows(more, stateOf(filledAll), null).at(-1)).toMatchObject({ field: 'commit:save', state: 'not-reached' });
  });
});

describe('the checks: the record’s unsaved signs, then the read-back of the reloaded ticket', () => {
  const sets = STEPS.filter((s) => s.kind === 'set');

  it('a record check that found values unsaved: every field failed “unsaved”, from the check; heading “not all saved”', () => {
    const check = result(
      'verify',
      sets.map((s) => failed(s, 'unsaved', { actual: value(s) })),
      { phase: 'record' },
    );
    const state = stateOf([...filledAll, event('fill.verify', check, 6)]);
    expect(state.kind).toBe('verify-failed');
    const rows = fieldRows(STEPS, state, null);
    expect(rows.filter((r) => r.field !== 'commit:confirmChangeStatus').every((r) => r.state === 'failed' && r.from === 'verify' && r.result?.reason === 'unsaved')).toBe(true);
    // OK was pressed; the check says nothing of it.
    expect(rows.at(-1)).toMatchObject({ state: 'on-screen', from: 'fill' });
    expect(rowsCaption(state.kind, false)).toBe('notAllSaved');
  });

  it('a clean record check, the ticket reloading: still on screen only, never “saved”; heading “checking”', () => {
    const clean = result('verify', [{ field: 'record', expected: 'saved', actual: 'saved', status: 'done', reason: null, message: null, ms: 0 }], { phase: 'record' });
    const state = stateOf([...filledAll, event('fill.verify', clean, 6), event('fill.reload', { fillId: FILL }, 7)]);
    expect(state.kind).toBe('awaiting-read-back');
    expect(fieldRows(STEPS, state, null).every((r) => r.state === 'on-screen')).toBe(true);
    expect(rowsCaption(state.kind, false)).toBe('checking');
  });

  it('the read-back proved it: “saved” for each field it read (New Status as the ticket’s Status), the memo not read back, OK pressed', () => {
    const readBack = result(
      'verify',
      [
        done(STEPS[0]!),
        done(STEPS[1]!),
        { ...done(STEPS[3]!), field: 'status' }, // the ticket's Status, read for New Status
        done(STEPS[2]!),
      ],
      { phase: 'readBack' },
    );
    const state = stateOf([...filledAll, event('fill.verify', readBack, 8)]);
    expect(state.kind).toBe('verified');
    const rows = fieldRows(STEPS, state, null);
    expect(states(rows)).toEqual([
      ['pendingReason', 'saved'],
      ['pendingUntil', 'saved'],
      ['workLogDetails', 'saved'],
      ['newStatus', 'saved'],
      ['statusMemo', 'not-read-back'],
      ['commit:confirmChangeStatus', 'on-screen'],
    ]);
    expect(rows[0]).toMatchObject({ from: 'verify' });
    expect(rowsCaption(state.kind, false)).toBe('saved');
  });

  it('a read-back that failed: the fields it proved are saved, the others say what NOSSA held; nothing “not read back” is implied saved', () => {
    const readBack = result(
      'verify',
      [done(STEPS[0]!), failed(STEPS[1]!, 'mismatch', { actual: '' }), { ...done(STEPS[3]!), field: 'status' }, failed(STEPS[2]!, 'mismatch', { actual: null })],
      {
        phase: 'readBack',
      },
    );
    const rows = fieldRows(STEPS, stateOf([...filledAll, event('fill.verify', readBack, 8)]), null);
    expect(states(rows)).toEqual([
      ['pendingReason', 'saved'],
      ['pendingUntil', 'failed'],
      ['workLogDetails', 'failed'],
      ['newStatus', 'saved'],
      ['statusMemo', 'on-screen'],
      ['commit:confirmChangeStatus', 'on-screen'],
    ]);
    expect(rows[1]).toMatchObject({ from: 'verify', result: { reason: 'mismatch', actual: '' } });
  });

  it('a verify stored before phases existed counts as the read-back (as the fill state does)', () => {
    const legacy = result('verify', [done(STEPS[0]!)]);
    delete (legacy as Partial<FillResult>).phase;
    const rows = fieldRows(STEPS.slice(0, 1), stateOf([...filledAll, event('fill.verify', legacy, 8)]), null);
    expect(rows[0]!.state).toBe('saved');
  });
});

describe('a manual update, a legacy trail, what a value means', () => {
  const plan: UpdatePlan = {
    outcome: 'approved',
    pended: true,
    values: [
      { field: 'status', value: 'PENDING' },
      { field: 'pendingReason', value: 'PLG-RESCHEDULE', display: 'PLG-RESCHEDULE - Pelanggan minta jadwal ulang kunjungan' },
      { field: 'pendingUntil', value: '2026-12-07T09:30:00.000Z', display: '07-12-2026 16:30 WIB' },
      { field: 'workLog', value: WORK_LOG },
    ],
  };

  it('manual: the plan’s values, as the agent says they typed them (the time as the agent saw it, not the stored instant)', () => {
    expect(manualRows(plan).map((r) => [r.field, r.write, r.state])).toEqual([
      ['status', 'PENDING', 'manual'],
      ['pendingReason', 'PLG-RESCHEDULE', 'manual'],
      ['pendingUntil', '07-12-2026 16:30 WIB', 'manual'],
      ['workLog', WORK_LOG, 'manual'],
    ]);
  });

  it('a fill recorded before “fill.started” kept its steps: rebuilt from its results', () => {
    const legacy = [event('fill.result', { ...result('fill', [done(STEPS[0]!), done(STEPS[5]!)]), fillId: undefined }, 1)];
    expect(trailSteps(latestFill(legacy)!)).toEqual([
      { kind: 'set', group: 'main', field: 'pendingReason', value: 'PLG-RESCHEDULE' },
      { kind: 'commit', action: 'confirmChangeStatus' },
    ]);
    expect(trailSteps(latestFill(filledAll)!)).toBe(STEPS);
  });

  it('says what a value means when the plan shows it otherwise: the reason’s label, the zone, the agent’s time', () => {
    expect(valueNote(plan, 'pendingReason', 'PLG-RESCHEDULE')).toBe('Pelanggan minta jadwal ulang kunjungan');
    expect(valueNote(plan, 'pendingUntil', '07-12-2026 16:30')).toBe('WIB');
    // NOSSA's zone differs from the agent's: the agent's own time is shown beside what is typed.
    expect(valueNote(plan, 'pendingUntil', '07-12-2026 15:30')).toBe('07-12-2026 16:30 WIB');
    expect(valueNote(plan, 'newStatus', 'PENDING')).toBeNull();
    expect(valueNote(plan, 'workLogSummary', 'x')).toBeNull();
    expect(valueNote(null, 'pendingReason', 'PLG-RESCHEDULE')).toBeNull();
    expect(valueNote({ ...plan, values: [{ field: 'pendingReason', value: 'X', display: 'X' }] }, 'pendingReason', 'X')).toBeNull();
  });
});

describe('a finished session’s rows', () => {
  const plan: UpdatePlan = {
    outcome: 'declined',
    pended: false,
    values: [
      { field: 'ownerGroup', value: 'ACCESS BDG' },
      { field: 'workLog', value: WORK_LOG },
    ],
  };

  it('filled and read back: the fill’s steps, “saved” where proven', () => {
    const readBack = result('verify', [done(STEPS[0]!)], { phase: 'readBack' });
    const shown = finishedRows('fill', plan, [...filledAll, event('fill.verify', readBack, 8)]);
    expect(shown?.caption).toBe('saved');
    expect(shown?.rows[0]).toMatchObject({ field: 'pendingReason', state: 'saved' });
  });

  it('marked done by hand: the agent’s statement, even after a fill that did not take', () => {
    expect(finishedRows('manual', plan, filledAll)).toEqual({ caption: 'manual', rows: manualRows(plan) });
    expect(finishedRows('manual', null, [])).toBeNull();
  });

  it('applied before sessions said by whom, without a fill: the agent’s statement', () => {
    expect(finishedRows(null, plan, [])?.caption).toBe('manual');
  });

  it('cancelled before anything was written: nothing; cancelled after a fill: where that fill stands', () => {
    expect(finishedRows(null, null, [])).toBeNull();
    expect(finishedRows(null, null, filledAll)?.caption).toBe('onScreen');
  });
});
