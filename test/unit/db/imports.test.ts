import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanduDb, agentDirectory, listImports, sessionDetail, sourceOf } from '@/lib/db';
import { importExportFile } from '@/lib/db/write';
import { type ExportFile } from '@/lib/export';
import { checkImportText } from '@/lib/import';
import { AGENTS, agentFile } from '../export/factory';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`imports-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const checked = (input: unknown): ExportFile => {
  const result = checkImportText(JSON.stringify(input));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.file;
};
const meta = (name: string, sha = 'a') => ({ id: crypto.randomUUID(), fileName: name, sha256: sha.repeat(64).slice(0, 64), bytes: 1234, now: '2026-11-27T05:00:00.000Z' });
const counts = async () => [await db.sessions.count(), await db.events.count(), await db.shifts.count()];

describe("importing agents' files", () => {
  it('stores a file whole, each record with its source, and remembers the import', async () => {
    const file = checked(agentFile(AGENTS.dewi!, 1, 3));
    const progress = vi.fn();
    const outcome = await importExportFile(db, file, meta('dewi.json'), progress);
    expect(outcome.ok).toBe(true);
    expect(await counts()).toEqual([3, 15, 1]);
    // A part per table: sessions, events and the shift, each naming this import.
    expect((await db.sources.toArray()).map((part) => [part.kind, part.recordIds.length])).toEqual(
      expect.arrayContaining([
        ['session', 3],
        ['event', 15],
        ['shift', 1],
      ]),
    );
    expect(progress).toHaveBeenLastCalledWith(19, 19);
    const [record] = await listImports(db);
    expect(record).toMatchObject({
      fileName: 'dewi.json',
      exportedBy: { nossaUserId: '930101' },
      counts: { sessions: { added: 3, updated: 0, unchanged: 0 }, events: { added: 15 } },
    });
    expect((await sourceOf(db, file.sessions[0]!.id))?.fileName).toBe('dewi.json');
    const detail = await sessionDetail(db, file.sessions[0]!.id);
    expect(detail?.events.map((e) => e.type)).toEqual(['session.started', 'request.submitted', 'call.attempt', 'customer.approved', 'update.applied']);
    expect(detail?.source?.id).toBe(record!.id);
  });

  it("merges two agents' files and a re-sent one without duplicates", async () => {
    const dewi = checked(agentFile(AGENTS.dewi!, 1, 3));
    const putu = checked(agentFile(AGENTS.putu!, 10, 2, { exportedAt: '2026-11-27T04:00:00.000Z' }));
    // Dewi sends again later: the same three sessions, one of them changed since, and a new one.
    const later = structuredClone(agentFile(AGENTS.dewi!, 1, 4, { exportedAt: '2026-11-28T03:00:00.000Z' }));
    later.sessions[0]!.updatedAt = '2026-11-28T01:00:00.000Z';
    later.sessions[0]!.outcome = 'declined';

    expect((await importExportFile(db, dewi, meta('dewi.json', 'a'))).ok).toBe(true);
    expect((await importExportFile(db, putu, meta('putu.json', 'b'))).ok).toBe(true);
    const again = await importExportFile(db, checked(later), meta('dewi-2.json', 'c'));
    expect(again.ok && again.record.counts).toEqual({
      sessions: { added: 1, updated: 1, unchanged: 2 },
      events: { added: 5, unchanged: 15 },
      shifts: { added: 0, updated: 0, unchanged: 1 },
    });
    expect(await counts()).toEqual([6, 30, 2]);
    expect((await db.sessions.get(dewi.sessions[0]!.id))?.outcome).toBe('declined');
    expect((await sourceOf(db, dewi.sessions[0]!.id))?.fileName).toBe('dewi-2.json');
    expect((await sourceOf(db, dewi.sessions[1]!.id))?.fileName).toBe('dewi.json');

    const same = await importExportFile(db, dewi, meta('dewi (1).json', 'a'));
    expect(same.ok && same.previous?.fileName).toBe('dewi.json');
    expect(same.ok && same.record.counts.sessions).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await counts()).toEqual([6, 30, 2]);
  });

  it('learns agents and areas from file headers; the latest export wins, an unknown area never erases a known one', async () => {
    await importExportFile(db, checked(agentFile(AGENTS.putu!, 10, 1, { exportedAt: '2026-11-27T04:00:00.000Z' })), meta('a.json', 'a'));
    const moved = { ...AGENTS.putu!, name: 'Putu Ayu', area: 'SBY' as const };
    await importExportFile(db, checked(agentFile(moved, 11, 1, { exportedAt: '2026-11-28T04:00:00.000Z' })), meta('b.json', 'b'));
    const unknownArea = structuredClone(agentFile(AGENTS.putu!, 12, 1, { exportedAt: '2026-11-29T04:00:00.000Z' }));
    unknownArea.agents[0]!.area = null;
    await importExportFile(db, checked(unknownArea), meta('c.json', 'c'));
    const directory = await agentDirectory(db, { ...AGENTS.dewi!, area: 'BDG' });
    expect(directory.get('940202')).toMatchObject({ name: 'Ni Luh Putu Ayu Setyaningsih', area: 'SBY' });
    expect(directory.get('930101')).toMatchObject({ name: 'Dewi Lestari', area: 'BDG' });
  });

  it('leaves nothing behind when a file collides with stored records', async () => {
    const first = checked(agentFile(AGENTS.dewi!, 1, 2));
    await importExportFile(db, first, meta('dewi.json', 'a'));
    const clash = structuredClone(agentFile(AGENTS.dewi!, 1, 3));
    clash.sessions[1]!.ticketId = 'IN999999999';
    const before = [await counts(), await db.sources.count(), await db.imports.count()];
    const outcome = await importExportFile(db, checked(clash), meta('clash.json', 'b'));
    expect(outcome).toEqual({ ok: false, problem: { code: 'id-conflict', path: 'sessions[1].id', id: first.sessions[1]!.id } });
    expect([await counts(), await db.sources.count(), await db.imports.count()]).toEqual(before);
  });

  it('finds stored records whichever way it looks: a small file against a large table, or a table read key-only', async () => {
    // 20 sessions stored (with about 100 events): a file of one session is looked up id by id.
    await importExportFile(db, checked(agentFile(AGENTS.dewi!, 1, 20)), meta('all.json', 'a'));
    const one = structuredClone(agentFile(AGENTS.dewi!, 5, 1));
    one.sessions[0]!.ticketId = 'IN999999999';
    expect(await importExportFile(db, checked(one), meta('one.json', 'b'))).toMatchObject({ ok: false, problem: { code: 'id-conflict', path: 'sessions[0].id' } });
    // A file as large as the table: every stored key read once, the 20 found ones fetched whole.
    const again = await importExportFile(db, checked(agentFile(AGENTS.dewi!, 1, 21)), meta('more.json', 'c'));
    expect(again.ok && again.record.counts.sessions).toEqual({ added: 1, updated: 0, unchanged: 20 });
  });

  it('rolls the whole file back when a write fails half-way', async () => {
    const file = checked(agentFile(AGENTS.dewi!, 1, 3));
    const failing = vi.spyOn(db.sources, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importExportFile(db, file, meta('dewi.json'))).rejects.toThrow('QuotaExceededError');
    failing.mockRestore();
    expect([...(await counts()), await db.sources.count(), await db.imports.count()]).toEqual([0, 0, 0, 0, 0]);
  });
});
