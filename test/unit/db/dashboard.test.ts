import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, eventsOfSessions, lastFillResults, loadLogRows, logChangeToken, logContext, newestLogRows, sessionsByIds, shiftsOf } from '@/lib/db';
import { AGENTS, makeEvent, makeSession, makeShift, trailOf } from '../export/factory';

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
    expect(pages).toEqual([[10, 23], [20, 23], [23, 23]]);
    expect(rows[0]).toMatchObject({ agentName: 'Dewi Lestari', area: 'BDG' });
    expect((await newestLogRows(db, context, 3)).map((r) => r.ticketId)).toEqual(['IN110088023', 'IN110088022', 'IN110088021']);
  });

  it('takes each session\'s last fill run for the fill column', async () => {
    const [a, b] = sessions;
    await db.events.bulkAdd([
      makeEvent(a!, 1, 'fill.result', { ok: false, fields: [] }, 1),
      makeEvent(a!, 2, 'fill.result', { ok: true, fields: [] }, 2),
      makeEvent(b!, 1, 'fill.result', { ok: false, fields: [] }, 1),
      makeEvent(b!, 2, 'fill.verify', { ok: true, fields: [] }, 2),
    ]);
    expect(await lastFillResults(db)).toEqual(new Map([[a!.id, true], [b!.id, false]]));
  });

  it('reads full sessions and their trails in the order asked, oldest event first', async () => {
    await db.sessions.bulkAdd(sessions);
    await db.events.bulkAdd(sessions.flatMap(trailOf).reverse());
    const ids = [sessions[5]!.id, sessions[0]!.id];
    expect((await sessionsByIds(db, ids, undefined, 1)).map((s) => s.id)).toEqual(ids);
    const events = await eventsOfSessions(db, ids, undefined, 1);
    expect(events.map((e) => [e.sessionId, e.type])).toEqual([...trailOf(sessions[5]!), ...trailOf(sessions[0]!)].map((e) => [e.sessionId, e.type]));
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
