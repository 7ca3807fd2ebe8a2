import { type PanduDb } from '@/lib/db';
import { importExportFile } from '@/lib/db/imports';
import { checkImportSize, checkImportText } from '@/lib/import';
import type { ImportFileOutcome, ImportRequest, JobMessage } from './protocol';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** One file: size first (an oversized file is never read), then JSON and schema, then the merge. */
async function importOne(db: PanduDb, file: File, index: number, post: (message: JobMessage) => void): Promise<ImportFileOutcome> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) return { ok: false, problem: tooBig };
  post({ type: 'progress', phase: 'check', done: 0, total: 1, file: index });
  const bytes = await file.arrayBuffer();
  const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
  // TextDecoder drops a UTF-8 byte-order mark, which some editors add when a file is re-saved.
  const check = checkImportText(new TextDecoder().decode(bytes));
  if (!check.ok) return check;
  const meta = { id: crypto.randomUUID(), fileName: file.name, sha256, bytes: file.size, now: new Date().toISOString() };
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
