import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, countExpired, retentionAllowed, retentionCutoff } from '@/lib/db';
import { deleteExpired, importExportFile } from '@/lib/db/write';
import { checkImportText } from '@/lib/import';
import { buildEvent } from '@/lib/events';
import { AGENTS, agentFile, makeEvent, makeSession, makeShift, trailOf, uuid } from '../export/factory';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`retention-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = '2027-06-01T00:00:00.000Z';
const CUTOFF = retentionCutoff(NOW, 180);

describe('retention', () => {
  it('cuts off at the period before now', () => {
    expect(CUTOFF).toBe('2026-12-03T00:00:00.000Z');
  });

  it("runs only with the lead's go-ahead, which a shorter period asks for again", () => {
    expect(retentionAllowed({ days: 180, confirmed: null })).toBe(false);
    expect(retentionAllowed({ days: 180, confirmed: { at: NOW, days: 180 } })).toBe(true);
    expect(retentionAllowed({ days: 365, confirmed: { at: NOW, days: 180 } })).toBe(true);
    expect(retentionAllowed({ days: 90, confirmed: { at: NOW, days: 180 } })).toBe(false);
  });

  it('deletes old sessions with their whole trail, drafts and provenance, and keeps the recent ones', async () => {
    const old = makeSession(1, { startedAt: '2026-11-20T01:00:00.000Z' });
    const recent = makeSession(2, { startedAt: '2027-05-20T01:00:00.000Z' });
    // A session started long ago but changed recently keeps its whole trail, old events included.
    const longRunning = { ...makeSession(3, { startedAt: '2026-11-01T01:00:00.000Z' }), updatedAt: '2027-05-30T00:00:00.000Z' };
    await db.sessions.bulkAdd([old, recent, longRunning]);
    await db.events.bulkAdd([...trailOf(old), ...trailOf(recent), ...trailOf(longRunning)]);
    // An event of a session deleted earlier, and one tied to no session at all.
    const gone = makeSession(4, { startedAt: '2026-10-01T00:00:00.000Z' });
    const stray = makeEvent(gone, 0, 'session.started', { ticket: { ticketId: gone.ticketId } });
    const tick = { shiftId: uuid(3, 1), shiftDate: '2026-11-20', shiftName: 'pagi', step: '1.1.1', detected: false } as const;
    const loose = buildEvent(
      { type: 'checklist.ticked', payload: tick },
      { agentId: old.agentId, sessionId: null, ticketId: null, procedureRevision: null },
      '2026-11-20T01:50:00.000Z',
      uuid(2, 150),
    );
    await db.events.bulkAdd([stray, loose]);
    await db.drafts.put({ sessionId: old.id, values: { 'request.note': 'x' }, origin: 'p', updatedAt: old.updatedAt });
    await db.shifts.bulkAdd([makeShift(1, '930101', '2026-11-20', null), makeShift(2, '930101', '2027-05-20', null)]);

    const expected = { sessions: 1, events: 7, shifts: 1, imports: 0 };
    expect(await countExpired(db, CUTOFF)).toEqual(expected);
    expect(await deleteExpired(db, CUTOFF)).toEqual(expected);
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual([recent.id, longRunning.id].sort());
    expect(await db.events.count()).toBe(10);
    expect(await db.events.where('sessionId').equals(longRunning.id).count()).toBe(5);
    expect(await db.drafts.count()).toBe(0);
    expect((await db.shifts.toArray()).map((s) => s.shiftDate)).toEqual(['2027-05-20']);
    expect(await countExpired(db, CUTOFF)).toEqual({ sessions: 0, events: 0, shifts: 0, imports: 0 });
  });

  it("forgets imported files from before the cutoff together with their records' provenance", async () => {
    const check = checkImportText(JSON.stringify(agentFile(AGENTS.putu!, 1, 2)));
    if (!check.ok) throw new Error('fixture');
    await importExportFile(db, check.file, { id: crypto.randomUUID(), fileName: 'putu.json', sha256: 'b'.repeat(64), bytes: 1, now: '2026-11-27T05:00:00.000Z' });
    expect(await db.sources.count()).toBe(3);
    expect(await deleteExpired(db, CUTOFF)).toEqual({ sessions: 2, events: 10, shifts: 1, imports: 1 });
    expect([await db.sources.count(), await db.imports.count()]).toEqual([0, 0]);
  });
});
