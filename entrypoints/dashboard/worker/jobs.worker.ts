import '@/lib/schema/jitless';
import { z } from 'zod';
import { PanduDb } from '@/lib/db';
import { runExport } from './export-job';
import { runImport } from './import-job';
import { runLoad } from './load-job';
import { jobRequestSchema, type JobMessage } from './protocol';

/**
 * The dashboard's worker: one job per worker (the page starts a worker per export or import and
 * terminates it to cancel). Same extension origin as the page, so it opens the same database.
 */
const post = (message: JobMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = jobRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'failed', message: z.prettifyError(parsed.error) });
    return;
  }
  const db = new PanduDb();
  const request = parsed.data;
  const job = request.type === 'export' ? runExport(db, request, post) : request.type === 'import' ? runImport(db, request, post) : runLoad(db, post);
  job
    .then(() => post({ type: 'done' }))
    .catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => db.close());
});
