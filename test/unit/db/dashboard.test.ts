import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, firstScreen, forEachEventPage, forEachSessionPage, lastFillResults, loadLogRows, logChangeToken, logContext, shiftsOf, unboundEvents } from '@/lib/db';
import { UNBOUND_KINDS } from '@/lib/events';
import type { PanduEvent } from '@/lib/schema';
import { AGENTS, fillRun, makeEvent, makeSession, makeShift, trailOf } from '../export/factory';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`dashboard-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const sessions = Array.from({ length: 23 }, (_, n) => makeSession(n + 1));

describe('what the dashboard reads', () => {
  it('loads every session as a row in pages, reporting progress, newest first on the first screen', async () => {
    await db.sessions.bulkAdd(sessions);
    const context = await logContext(db, { ...AGENTS.dewi!, area: 'BDG' });
    const pages: Array<[number, number]> = [];
    const rows = await loadLogRows(db, context, (loaded, total) => void pages.push([loaded, total]), 10);
    expect(rows.map((r) => r.id).sort()).toEqual(sessions.map((s) => s.id).sort());
    expect(pages).toEqual([
      [10, 23],
      [20, 23],
      [23, 23],
    ]);
    expect(rows[0]).toMatchObject({ agentName: 'Dewi Lestari', area: 'BDG' });
    const first = await firstScreen(db, { ...AGENTS.dewi!, area: 'BDG' }, 3);
    expect(first.rows.map((r) => r.ticketId)).toEqual(['IN110088023', 'IN110088022', 'IN110088021']);
    expect(first.rows[0]).toMatchObject({ agentName: 'Dewi Lestari', area: 'BDG' });
  });

  it('reads random ids from all key ranges at once, each session exactly once', async () => {
    const random = Array.from({ length: 57 }, (_, n) => ({ ...makeSession(n + 1), id: crypto.randomUUID() }));
    await db.sessions.bulkAdd(random);
    const seen: string[] = [];
    const progress: number[] = [];
    await forEachSessionPage(
      db,
      (page, loaded, total) => {
        seen.push(...page.map((s) => s.id));
        progress.push(loaded);
        expect(total).toBe(57);
      },
      4,
    );
    expect(seen.sort()).toEqual(random.map((s) => s.id).sort());
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(57);
  });

  it("takes each session's last fill run for the fill column", async () => {
    const [a, b] = sessions;
    await db.events.bulkAdd([
      makeEvent(a!, 1, 'fill.result', fillRun('fill', false), 1),
      makeEvent(a!, 2, 'fill.result', fillRun('fill', true), 2),
      makeEvent(b!, 1, 'fill.result', fillRun('fill', false), 1),
      makeEvent(b!, 2, 'fill.verify', fillRun('verify', true), 2),
    ]);
    expect(await lastFillResults(db)).toEqual(
      new Map([
        [a!.id, true],
        [b!.id, false],
      ]),
    );
  });

  it("reads every event in pages, and the first screen's fill column from the sessions' own events", async () => {
    await db.sessions.bulkAdd(sessions);
    const trail = sessions.flatMap(trailOf);
    await db.events.bulkAdd([...trail, makeEvent(sessions[22]!, 9, 'fill.result', fillRun('fill', true), 9)]);
    const pages: number[] = [];
    await forEachEventPage(db, (page) => void pages.push(page.length), { pageSize: 50 });
    expect(pages).toEqual([50, 50, 16]);
    // Side by side: four key ranges, pages in no order, every event once; the total as the caller counted it.
    const seen: string[] = [];
    const totals = new Set<number>();
    await forEachEventPage(
      db,
      (page, _loaded, total) => {
        seen.push(...page.map((event) => event.id));
        totals.add(total);
      },
      { pageSize: 20, sideBySide: true, total: 116 },
    );
    expect(seen.sort()).toEqual((await db.events.toCollection().primaryKeys()).sort());
    expect([...totals]).toEqual([116]);
    const first = await firstScreen(db, null, 2);
    // Both were marked "filled by hand" by the agent: a fill run that passed is not proof that
    // NOSSA saved it, so it does not turn the row into an automatic success.
    expect(first.rows.map((r) => [r.ticketId, r.fill])).toEqual([
      ['IN110088023', 'manual'],
      ['IN110088022', 'manual'],
    ]);
  });

  it('finds the events about no session by their kinds, in a half-open period, and no other', async () => {
    await db.sessions.bulkAdd(sessions);
    const trail = sessions.flatMap(trailOf);
    const unbound = (n: number, type: (typeof UNBOUND_KINDS)[number], at: string) =>
      ({ ...trail[0]!, id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, sessionId: null, type, payload: {}, at }) as unknown as PanduEvent;
    const loose = [
      unbound(1, 'checklist.ticked', '2026-11-20T01:00:00.000Z'),
      unbound(2, 'checklist.completed', '2026-11-21T00:00:00.000Z'),
      unbound(3, 'followup.opened', '2026-11-21T23:59:59.999Z'),
      unbound(4, 'retention.deleted', '2026-11-21T05:00:00.000Z'),
      unbound(5, 'checklist.unticked', '2026-11-22T00:00:00.000Z'),
    ];
    await db.events.bulkAdd([...trail, ...loose]);
    const ids = (events: PanduEvent[]) => events.map((e) => e.id.slice(-1)).sort();
    expect(ids(await unboundEvents(db, UNBOUND_KINDS, '', '\uffff'))).toEqual(['1', '2', '3', '4', '5']);
    // From the first instant of the 21st to before the 22nd; the clean-up's record left out by kind.
    const work = UNBOUND_KINDS.filter((kind) => kind !== 'retention.deleted');
    expect(ids(await unboundEvents(db, work, '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z'))).toEqual(['2', '3']);
    expect(await unboundEvents(db, [], '', '\uffff')).toEqual([]);
  });

  it('reads shift checklists by day and agent', async () => {
    await db.shifts.bulkAdd([makeShift(1, '930101', '2026-11-20', null), makeShift(2, '940202', '2026-11-21', null), makeShift(3, '930101', '2026-11-22', null)]);
    expect((await shiftsOf(db, null, '2026-11-21', null)).map((s) => s.shiftDate)).toEqual(['2026-11-21', '2026-11-22']);
    expect((await shiftsOf(db, new Set(['930101']), null, '2026-11-21')).map((s) => s.shiftDate)).toEqual(['2026-11-20']);
  });

  it('changes its change token when a session is added or updated', async () => {
    const empty = await logChangeToken(db);
    await db.sessions.add(sessions[0]!);
    const one = await logChangeToken(db);
    expect(one).not.toBe(empty);
    await db.sessions.put({ ...sessions[0]!, updatedAt: '2027-01-01T00:00:00.000Z' });
    expect(await logChangeToken(db)).not.toBe(one);
  });
});
