import { type PanduDb } from '@/lib/db';
import { importExportFile } from '@/lib/db/imports';
import { HEAD_BYTES, Sha256, checkImportSize, detectFileKind, fileText, readExportFile } from '@/lib/import';
import type { ImportFileOutcome, ImportRequest, JobMessage } from './protocol';

/**
 * One file: size first (an oversized file is never read), its kind from the first bytes (a CSV or
 * XLSX export is told as such), then read in chunks: each chunk hashed, decoded and checked as it
 * arrives (lib/import/read-stream.ts), so the lead's own 362 MB export goes back in without the
 * file ever being one buffer or one string; then the merge.
 */
async function importOne(db: PanduDb, file: File, index: number, post: (message: JobMessage) => void): Promise<ImportFileOutcome> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) return { ok: false, problem: tooBig };
  post({ type: 'progress', phase: 'check', done: 0, total: file.size, file: index });
  const kind = detectFileKind(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
  if (kind !== 'json') return { ok: false, problem: { code: 'wrong-kind', kind } };
  const hash = new Sha256();
  // Progress about every 2% of the file: the page re-renders for each message.
  let reported = 0;
  const check = await readExportFile(
    fileText(file, (bytes, read) => {
      hash.update(bytes);
      if (read - reported < file.size / 50 && read < file.size) return;
      reported = read;
      post({ type: 'progress', phase: 'check', done: read, total: file.size, file: index });
    }),
  );
  if (!check.ok) return check;
  // Taken whole: every chunk was read and hashed.
  const meta = { id: crypto.randomUUID(), fileName: file.name, sha256: hash.hex(), bytes: file.size, now: new Date().toISOString() };
  return importExportFile(db, check.file, meta, (done, total) => post({ type: 'progress', phase: 'save', done, total, file: index }));
}

/** Files one after another, each taken whole or refused whole; one bad file does not stop the rest. */
export async function runImport(db: PanduDb, request: ImportRequest, post: (message: JobMessage) => void): Promise<void> {
  for (const [index, file] of request.files.entries()) {
    let outcome: ImportFileOutcome;
    try {
      outcome = await importOne(db, file, index, post);
    } catch (error) {
      outcome = { ok: false, problem: { code: 'failed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } };
    }
    post({ type: 'imported', file: index, fileName: file.name, outcome });
  }
}
