import { SOURCE_PART_SIZE, type RecordSource, type SourcePart } from '../import/record';
import type { PanduDb } from './database';

type SourceKind = SourcePart['kind'];

/** The rows saying that one import stored these records of one table, `SOURCE_PART_SIZE` a row. */
export function sourceParts(importId: string, kind: SourceKind, recordIds: readonly string[]): SourcePart[] {
  const parts: SourcePart[] = [];
  for (let start = 0; start < recordIds.length; start += SOURCE_PART_SIZE) {
    parts.push({ key: `${importId}:${kind}:${parts.length}`, importId, kind, recordIds: recordIds.slice(start, start + SOURCE_PART_SIZE) });
  }
  return parts;
}

/** Rows stored one per record (database versions 2 and 3) gathered into parts, for the upgrade. */
export function partsOfSources(rows: readonly RecordSource[]): SourcePart[] {
  const grouped = new Map<string, { importId: string; kind: SourceKind; recordIds: string[] }>();
  for (const row of rows) {
    const key = `${row.importId}:${row.kind}`;
    let group = grouped.get(key);
    if (!group) grouped.set(key, (group = { importId: row.importId, kind: row.kind, recordIds: [] }));
    group.recordIds.push(row.recordId);
  }
  return [...grouped.values()].flatMap((group) => sourceParts(group.importId, group.kind, group.recordIds));
}

/**
 * Past this many ids, every part is read instead of looking each id up in the index: parts are
 * few (a part per 5,000 imported records), lookups cost a request each.
 */
const INDEX_LOOKUPS = 1_000;
const PARTS_PER_READ = 20;

/**
 * The records' provenance forgotten: each id taken out of the part that holds it, a part left
 * empty deleted. For records deleted, and for records a later import stored again (their part
 * becomes that import's). Inside the caller's transaction, which must include `sources`.
 */
export async function forgetSources(db: PanduDb, recordIds: readonly string[]): Promise<void> {
  if (!recordIds.length) return;
  const gone = new Set(recordIds);
  const keys = recordIds.length <= INDEX_LOOKUPS ? [...new Set(await db.sources.where('recordIds').anyOf(recordIds).primaryKeys())] : await db.sources.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += PARTS_PER_READ) {
    const parts = await db.sources.bulkGet(keys.slice(start, start + PARTS_PER_READ));
    const kept: SourcePart[] = [];
    const emptied: string[] = [];
    for (const part of parts) {
      if (!part) continue;
      const recordIds = part.recordIds.filter((id) => !gone.has(id));
      if (recordIds.length === part.recordIds.length) continue;
      if (recordIds.length) kept.push({ ...part, recordIds });
      else emptied.push(part.key);
    }
    await db.sources.bulkPut(kept);
    await db.sources.bulkDelete(emptied);
  }
}

/** Which of these records came from an imported file (the others were made in this browser). */
export async function importedAmong(db: PanduDb, recordIds: readonly string[]): Promise<Set<string>> {
  if (!recordIds.length) return new Set();
  return new Set((await db.sources.where('recordIds').anyOf(recordIds).keys()).map(String));
}

/** The import that stored this record last, or null when it was made in this browser. */
export async function importOf(db: PanduDb, recordId: string): Promise<string | null> {
  return (await db.sources.where('recordIds').equals(recordId).first())?.importId ?? null;
}
