import '@/lib/schema/jitless';
import * as z from 'zod/mini';
import { PanduDb } from '@/lib/db';
import { speakSchemaErrorsIn } from '@/lib/schema/error-language';
import { runExport } from './export-job';
import { runImport } from './import-job';
import { runLoad } from './load-job';
import { startTrailWorker } from './trail-client';
import { startDeflateWorker } from './deflate-client';
import { jobEnvelopeSchema, type JobEnvelope, type JobMessage } from './protocol';

/**
 * The dashboard's worker. The page keeps one for the log (loading it, then exporting from what
 * it loaded) and starts others for imports; a worker may run several jobs, each answering under
 * its job number. Same extension origin as the page, so it opens the same database.
 */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = jobEnvelopeSchema.safeParse(event.data);
  const job = typeof (event.data as { job?: unknown })?.job === 'number' ? (event.data as { job: number }).job : 0;
  const post = (message: JobMessage) => self.postMessage({ ...message, job } satisfies JobEnvelope);
  if (!parsed.success) {
    post({ type: 'failed', message: z.prettifyError(parsed.error) });
    return;
  }
  const db = new PanduDb();
  const request = parsed.data;
  if (request.type !== 'load') speakSchemaErrorsIn(request.language);
  const run =
    request.type === 'export'
      ? runExport(db, request, post, { startTrail: startTrailWorker, startDeflater: startDeflateWorker })
      : request.type === 'import'
        ? runImport(db, request, post)
        : runLoad(db, post);
  run
    .then(() => post({ type: 'done' }))
    .catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => db.close());
});
