import type { ExportFile } from '../export/file-schema';
import type { ImportProblem } from '../import/check';
import type { ImportRecord, RecordSource } from '../import/record';
import { planMerge, type StoredRecords } from '../import/merge';
import { contentsOfFile } from '../import/contents';
import type { PanduDb } from './database';

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

async function storedFor(db: PanduDb, file: ExportFile): Promise<StoredRecords> {
  const [sessions, events, shifts] = await Promise.all([
    db.sessions.bulkGet(file.sessions.map((s) => s.id)),
    db.events.bulkGet(file.events.map((e) => e.id)),
    db.shifts.bulkGet(file.shifts.map((s) => s.id)),
  ]);
  const byId = <T extends { id: string }>(rows: Array<T | undefined>) => new Map(rows.filter((r): r is T => !!r).map((r) => [r.id, r]));
  return { sessions: byId(sessions), events: byId(events), shifts: byId(shifts) };
}

/**
 * Stores one validated file: new records added, newer states of known ones replacing them,
 * duplicates skipped, each stored record linked to this import, and the import remembered.
 * One transaction: if anything fails (a collision found while merging, a quota error), the
 * transaction is aborted and nothing of the file is left behind.
 */
export function importExportFile(db: PanduDb, file: ExportFile, meta: ImportMeta, onProgress?: ImportProgress): Promise<ImportOutcome> {
  return db.transaction('rw', [db.sessions, db.events, db.shifts, db.imports, db.sources], async (): Promise<ImportOutcome> => {
    const previous = (await db.imports.where('sha256').equals(meta.sha256).first()) ?? null;
    const merged = planMerge(file, await storedFor(db, file));
    if (!merged.ok) return merged;
    const { plan } = merged;

    const sessions = [...plan.sessions.add, ...plan.sessions.update];
    const shifts = [...plan.shifts.add, ...plan.shifts.update];
    const sources: RecordSource[] = [
      ...sessions.map((s) => ({ recordId: s.id, kind: 'session' as const, importId: meta.id })),
      ...plan.events.add.map((e) => ({ recordId: e.id, kind: 'event' as const, importId: meta.id })),
      ...shifts.map((s) => ({ recordId: s.id, kind: 'shift' as const, importId: meta.id })),
    ];
    const total = sessions.length + plan.events.add.length + shifts.length + sources.length;
    let done = 0;
    const step = (written: number) => onProgress?.((done += written), total);

    await inChunks(sessions, (chunk) => db.sessions.bulkPut(chunk), step);
    await inChunks(plan.events.add, (chunk) => db.events.bulkAdd(chunk), step);
    await inChunks(shifts, (chunk) => db.shifts.bulkPut(chunk), step);
    await inChunks(sources, (chunk) => db.sources.bulkPut(chunk), step);

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
  const source = await db.sources.get(recordId);
  return source ? ((await db.imports.get(source.importId)) ?? null) : null;
}
