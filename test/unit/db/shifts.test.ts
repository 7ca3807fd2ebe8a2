import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, checklistHistory, findChecklist, type ChecklistTarget } from '@/lib/db';
import { completeChecklist, recordNossaSighting, tickChecklistStep } from '@/lib/db/write';
import { PREPARATION_STEPS } from '@/lib/shifts';

let db: PanduDb;
const SLOT = { id: 'pagi', name: 'Pagi', date: '2026-11-27', startsAt: '2026-11-26T23:00:00.000Z', endsAt: '2026-11-27T07:00:00.000Z' };
const minute = (m: number) => new Date(Date.parse(SLOT.startsAt) + m * 60_000).toISOString();
const target = (m = 1, slot = SLOT, agentId = '930101'): ChecklistTarget => ({ agentId, slot, graceMinutes: 15, now: minute(m) });
const events = () => db.events.orderBy('at').toArray();

beforeEach(() => {
  db = new PanduDb(`shifts-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('checklists in Dexie', () => {
  it('creates one record per agent per shift on the first tick, also when two tabs tick at once', async () => {
    await Promise.all([tickChecklistStep(db, target(1), { step: '1.1.1', ticked: true }), tickChecklistStep(db, target(1), { step: '1.1.2', ticked: true })]);
    expect(await db.shifts.count()).toBe(1);
    const record = await findChecklist(db, '930101', SLOT);
    expect(record).toMatchObject({ shiftDate: '2026-11-27', shiftName: 'pagi', shiftLabel: 'Pagi', startsAt: SLOT.startsAt, graceMinutes: 15 });
    expect(record!.ticks.map((t) => [t.step, t.tickedAt, t.detected])).toEqual([
      ['1.1.1', minute(1), false],
      ['1.1.2', minute(1), false],
    ]);
    // Another shift, another agent: their own records.
    await tickChecklistStep(db, target(2, { ...SLOT, id: 'siang', name: 'Siang' }), { step: '1.1.1', ticked: true });
    await tickChecklistStep(db, target(2, SLOT, '930202'), { step: '1.1.1', ticked: true });
    expect(await db.shifts.count()).toBe(3);
  });

  it('writes an audit event per change, with the instruction revision, and nothing for no change', async () => {
    await tickChecklistStep(db, target(1), { step: '1.1.1', ticked: true });
    await tickChecklistStep(db, target(2), { step: '1.1.1', ticked: true }); // already ticked
    await tickChecklistStep(db, target(3), { step: '1.1.1', ticked: false });
    const trail = await events();
    expect(trail.map((e) => e.type)).toEqual(['checklist.ticked', 'checklist.unticked']);
    expect(trail[0]).toMatchObject({
      sessionId: null,
      ticketId: null,
      agentId: '930101',
      procedureRevision: 'IN.OCC.TENESA.W-02 rev - (2021-08-01)',
      payload: { shiftDate: '2026-11-27', shiftName: 'pagi', step: '1.1.1', detected: false },
    });
  });

  it('does not create a record for taking back a tick that was never made', async () => {
    expect(await tickChecklistStep(db, target(), { step: '1.1.2', ticked: false })).toEqual({ record: null, changes: [], refusal: null });
    expect(await db.shifts.count()).toBe(0);
  });

  it('completes only when 1.1.1-1.1.5 are ticked, then keeps the record as it is', async () => {
    expect(await completeChecklist(db, target(5))).toMatchObject({ refusal: 'incomplete', record: null });
    for (const step of PREPARATION_STEPS) await tickChecklistStep(db, target(2), { step, ticked: true });
    const done = await completeChecklist(db, target(20));
    expect(done).toMatchObject({ refusal: null, record: { completedAt: minute(20) } });
    expect(await tickChecklistStep(db, target(21), { step: '1.1.1', ticked: false })).toMatchObject({ refusal: 'completed' });
    expect((await findChecklist(db, '930101', SLOT))!.ticks).toHaveLength(6);
    expect((await events()).at(-1)).toMatchObject({ type: 'checklist.completed', payload: { step: '1.1.6' } });
  });

  it('ticks 1.1.3 when NOSSA shows its login page, and 1.1.4 when the agent’s own user is signed in', async () => {
    await recordNossaSighting(db, target(1), { page: 'login', user: null, agentNossaUserId: '930101' });
    expect((await findChecklist(db, '930101', SLOT))!.ticks).toEqual([{ step: '1.1.3', tickedAt: minute(1), detected: true }]);
    const signedIn = await recordNossaSighting(db, target(3), { page: 'app', user: '930101', agentNossaUserId: ' 930101 ' });
    expect(signedIn.changes.map((c) => c.step)).toEqual(['1.1.4']);
    expect(signedIn.record).toMatchObject({
      nossaUser: '930101',
      ticks: [
        { step: '1.1.3', tickedAt: minute(1) },
        { step: '1.1.4', tickedAt: minute(3), detected: true },
      ],
    });
    expect((await events()).map((e) => e.payload.detected)).toEqual([true, true]);
  });

  it('does not tick 1.1.4 for somebody else’s NOSSA session, but remembers who it was', async () => {
    const other = await recordNossaSighting(db, target(1), { page: 'app', user: '940404', agentNossaUserId: '930101' });
    expect(other.record).toMatchObject({ nossaUser: '940404', ticks: [{ step: '1.1.3', detected: true }] });
    expect(other.changes.map((c) => c.step)).toEqual(['1.1.3']);
  });

  it('does not let a detection change a closed checklist', async () => {
    for (const step of PREPARATION_STEPS) await tickChecklistStep(db, target(1), { step, ticked: true });
    await completeChecklist(db, target(2));
    const before = await findChecklist(db, '930101', SLOT);
    expect(await recordNossaSighting(db, target(4), { page: 'app', user: '940404', agentNossaUserId: '930101' })).toEqual({ record: before, changes: [], refusal: null });
    expect(await findChecklist(db, '930101', SLOT)).toEqual(before);
  });

  it('lists the agent’s past checklists newest first', async () => {
    const day = (d: number, id: string) => ({ ...SLOT, id, date: `2026-11-${d}`, startsAt: `2026-11-${d}T${id === 'pagi' ? '00' : '08'}:00:00.000Z` });
    for (const [d, id] of [
      [25, 'pagi'],
      [27, 'siang'],
      [26, 'pagi'],
      [27, 'pagi'],
    ] as const)
      await tickChecklistStep(db, target(1, day(d, id)), { step: '1.1.1', ticked: true });
    await tickChecklistStep(db, target(1, day(28, 'pagi'), '930202'), { step: '1.1.1', ticked: true });
    expect((await checklistHistory(db, '930101')).map((s) => `${s.shiftDate} ${s.shiftName}`)).toEqual([
      '2026-11-27 siang',
      '2026-11-27 pagi',
      '2026-11-26 pagi',
      '2026-11-25 pagi',
    ]);
    expect(await checklistHistory(db, '930101', 2)).toHaveLength(2);
  });
});
