import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, sourceOf } from '@/lib/db';
import { importExportFile } from '@/lib/db/write';
import { forgetSources, importOf, importedAmong, partsOfSources, sourceParts } from '@/lib/db/provenance';
import { SOURCE_PART_SIZE } from '@/lib/import';
import { checkImportText } from '@/lib/import';
import { AGENTS, agentFile } from '../export/factory';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`provenance-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());
const importA = crypto.randomUUID();
const importB = crypto.randomUUID();
const allIds = async () => (await db.sources.toArray()).flatMap((part) => part.recordIds).sort();

describe('provenance in parts', () => {
  it('cuts an import into parts of at most 5,000 records, keyed by import, table and number', () => {
    const records = ids(SOURCE_PART_SIZE * 2 + 1);
    const parts = sourceParts(importA, 'event', records);
    expect(parts.map((p) => [p.key, p.recordIds.length])).toEqual([
      [`${importA}:event:0`, SOURCE_PART_SIZE],
      [`${importA}:event:1`, SOURCE_PART_SIZE],
      [`${importA}:event:2`, 1],
    ]);
    expect(parts.flatMap((p) => p.recordIds)).toEqual(records);
    expect(sourceParts(importA, 'shift', [])).toEqual([]);
  });

  it('gathers rows stored one per record (versions 2 and 3) by import and table', () => {
    const [s1, s2, e1] = ids(3) as [string, string, string];
    const parts = partsOfSources([
      { recordId: s1, kind: 'session', importId: importA },
      { recordId: e1, kind: 'event', importId: importA },
      { recordId: s2, kind: 'session', importId: importB },
    ]);
    expect(parts).toEqual([
      { key: `${importA}:session:0`, importId: importA, kind: 'session', recordIds: [s1] },
      { key: `${importA}:event:0`, importId: importA, kind: 'event', recordIds: [e1] },
      { key: `${importB}:session:0`, importId: importB, kind: 'session', recordIds: [s2] },
    ]);
  });

  // Few ids are looked up in the index; past 1,000 every part is read: both must forget the same.
  for (const count of [3, 1_500]) {
    it(`forgets ${count} records: taken out of their parts, an emptied part deleted, the others untouched`, async () => {
      const a = ids(count + 2);
      const b = ids(4);
      await db.sources.bulkAdd([...sourceParts(importA, 'session', a), ...sourceParts(importB, 'event', b)]);
      const gone = [...a.slice(0, count), ...b];
      await db.transaction('rw', db.sources, () => forgetSources(db, gone));
      expect(await allIds()).toEqual(a.slice(count).sort());
      expect(await db.sources.where('importId').equals(importB).count()).toBe(0);
      expect(await importOf(db, a[0]!)).toBeNull();
      expect(await importOf(db, a[count]!)).toBe(importA);
    });
  }

  it('tells which records were imported, and by which import', async () => {
    const [imported, made] = ids(2) as [string, string];
    await db.sources.bulkAdd(sourceParts(importA, 'session', [imported]));
    expect([...(await importedAmong(db, [imported, made]))]).toEqual([imported]);
    expect(await importedAmong(db, [])).toEqual(new Set());
    expect([await importOf(db, imported), await importOf(db, made)]).toEqual([importA, null]);
  });

  it('moves a record stored again by a later import into that import, in exactly one part', async () => {
    const checked = (input: unknown) => {
      const result = checkImportText(JSON.stringify(input));
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      return result.file;
    };
    const meta = (sha: string) => ({ id: crypto.randomUUID(), fileName: `${sha}.json`, sha256: sha.repeat(64), bytes: 1, now: '2026-11-27T05:00:00.000Z' });
    const first = checked(agentFile(AGENTS.dewi!, 1, 3));
    await importExportFile(db, first, meta('a'));
    const later = structuredClone(agentFile(AGENTS.dewi!, 1, 3, { exportedAt: '2026-11-28T03:00:00.000Z' }));
    later.sessions[2]!.updatedAt = '2026-11-28T01:00:00.000Z';
    await importExportFile(db, checked(later), meta('b'));
    const stored = [...first.sessions, ...first.events, ...first.shifts].map((r) => r.id).sort();
    expect(await allIds()).toEqual(stored);
    expect((await sourceOf(db, first.sessions[2]!.id))?.fileName).toBe('b.json');
    expect((await sourceOf(db, first.sessions[1]!.id))?.fileName).toBe('a.json');
  });
});
