import type { Table } from 'dexie';
import type { ExportFile } from '../export/file-schema';
import type { ImportProblem } from '../import/check';
import type { ImportRecord } from '../import/record';
import { planMerge, type StoredRecords } from '../import/merge';
import { contentsOfFile } from '../import/contents';
import type { PanduDb } from './database';
import { forgetSources, importOf, sourceParts } from './provenance';

export interface ImportMeta {
  id: string;
  fileName: string;
  sha256: string;
  bytes: number;
  now: string;
}

export type ImportOutcome = { ok: true; record: ImportRecord; previous: ImportRecord | null } | { ok: false; problem: ImportProblem };

export type ImportProgress = (done: number, total: number) => void;

const WRITE_CHUNK = 5_000;

async function inChunks<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>, progress: (written: number) => void) {
  for (let start = 0; start < items.length; start += WRITE_CHUNK) {
    const chunk = items.slice(start, start + WRITE_CHUNK);
    await write(chunk);
    progress(chunk.length);
  }
}

/**
 * Reading every stored key of a table is one request; looking ids up is one request per id. Past
 * this many stored keys per id the file brings, the lookups are the cheaper way.
 */
const KEYS_PER_LOOKUP = 16;

/**
 * The records stored under the ids a file brings. A fresh database (the lead's whole export going
 * into a new browser) or a table smaller than the file costs one key-only read, and only the ids
 * found are fetched whole; a small file against a large table looks its ids up one by one.
 */
async function storedUnder<T extends { id: string }, TInsert>(table: Table<T, string, TInsert>, ids: readonly string[]): Promise<Map<string, T>> {
  if (!ids.length) return new Map();
  const limit = ids.length * KEYS_PER_LOOKUP;
  const keys = await table.toCollection().limit(limit).primaryKeys();
  let found: readonly string[] = ids;
  if (keys.length < limit) {
    const wanted = new Set(ids);
    found = keys.filter((key) => wanted.has(key));
  }
  if (!found.length) return new Map();
  const rows = await table.bulkGet(found as string[]);
  return new Map(rows.filter((row): row is T => !!row).map((row) => [row.id, row]));
}

async function storedFor(db: PanduDb, file: ExportFile): Promise<StoredRecords> {
  const [sessions, events, shifts] = await Promise.all([
    storedUnder(
      db.sessions,
      file.sessions.map((s) => s.id),
    ),
    storedUnder(
      db.events,
      file.events.map((e) => e.id),
    ),
    storedUnder(
      db.shifts,
      file.shifts.map((s) => s.id),
    ),
  ]);
  return { sessions, events, shifts };
}

/**
 * Stores one validated file: new records added, newer states of known ones replacing them,
 * duplicates skipped, each stored record linked to this import, and the import remembered.
 * One transaction: if anything fails (a collision found while merging, a quota error), the
 * transaction is aborted and nothing of the file is left behind. Progress counts the records.
 */
export function importExportFile(db: PanduDb, file: ExportFile, meta: ImportMeta, onProgress?: ImportProgress): Promise<ImportOutcome> {
  return db.transaction('rw', [db.sessions, db.events, db.shifts, db.imports, db.sources], async (): Promise<ImportOutcome> => {
    const previous = (await db.imports.where('sha256').equals(meta.sha256).first()) ?? null;
    const merged = planMerge(file, await storedFor(db, file));
    if (!merged.ok) return merged;
    const { plan } = merged;

    const sessions = [...plan.sessions.add, ...plan.sessions.update];
    const shifts = [...plan.shifts.add, ...plan.shifts.update];
    const total = sessions.length + plan.events.add.length + shifts.length;
    let done = 0;
    const step = (written: number) => onProgress?.((done += written), total);

    await inChunks(sessions, (chunk) => db.sessions.bulkPut(chunk), step);
    await inChunks(plan.events.add, (chunk) => db.events.bulkAdd(chunk), step);
    await inChunks(shifts, (chunk) => db.shifts.bulkPut(chunk), step);
    // Records stored again now come from this import: out of the part of the one that stored them before.
    await forgetSources(
      db,
      [...plan.sessions.update, ...plan.shifts.update].map((record) => record.id),
    );
    await db.sources.bulkAdd([
      ...sourceParts(
        meta.id,
        'session',
        sessions.map((s) => s.id),
      ),
      ...sourceParts(
        meta.id,
        'event',
        plan.events.add.map((e) => e.id),
      ),
      ...sourceParts(
        meta.id,
        'shift',
        shifts.map((s) => s.id),
      ),
    ]);

    const record: ImportRecord = {
      v: 1,
      id: meta.id,
      fileName: meta.fileName.slice(0, 255),
      sha256: meta.sha256,
      bytes: meta.bytes,
      importedAt: meta.now,
      exportedAt: file.exportedAt,
      exportedBy: file.exportedBy,
      agents: file.agents,
      masked: file.masked,
      contents: contentsOfFile(file),
      formatVersion: file.version,
      counts: {
        sessions: { added: plan.sessions.add.length, updated: plan.sessions.update.length, unchanged: plan.sessions.unchanged },
        events: { added: plan.events.add.length, unchanged: plan.events.unchanged },
        shifts: { added: plan.shifts.add.length, updated: plan.shifts.update.length, unchanged: plan.shifts.unchanged },
      },
    };
    await db.imports.add(record);
    return { ok: true, record, previous };
  });
}

/** Imported files, newest first, for the import history. */
export const listImports = (db: PanduDb): Promise<ImportRecord[]> => db.imports.orderBy('importedAt').reverse().toArray();

/** Where a record came from: the import it was last stored by, or null when made here. */
export async function sourceOf(db: PanduDb, recordId: string): Promise<ImportRecord | null> {
  const importId = await importOf(db, recordId);
  return importId ? ((await db.imports.get(importId)) ?? null) : null;
}
