import '@/lib/schema/jitless';
import * as z from 'zod/mini';
import { PanduDb } from '@/lib/db';
import { readTrail, TrailWriter } from './trail';
import { trailRequestSchema, type TrailAnswer } from './trail-protocol';

/**
 * The trail worker: started by the export's worker for a JSON export of a large log, it reads
 * and writes the audit trail on a second core while the export's worker reads and writes the
 * sessions. Answers "written" once it has read every event and been told which sessions to keep.
 */
const post = (answer: TrailAnswer) => self.postMessage(answer);
let writer: TrailWriter | null = null;
let read: Promise<void> | null = null;

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = trailRequestSchema.safeParse(event.data);
  if (!parsed.success) return post({ type: 'failed', message: z.prettifyError(parsed.error) });
  const request = parsed.data;
  if (request.type === 'read') {
    if (writer) return post({ type: 'failed', message: 'read asked twice' });
    const db = new PanduDb();
    writer = new TrailWriter(request.mask);
    read = readTrail(db, writer, (done, total) => post({ type: 'progress', done, total })).finally(() => db.close());
    read.catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return;
  }
  if (!writer || !read) return post({ type: 'failed', message: 'keep before read' });
  const trail = writer;
  trail.keep(new Set(request.sessionIds));
  // A failed read has said so already.
  void read.then(
    () => post({ type: 'written', ...trail.finish() }),
    () => undefined,
  );
});
