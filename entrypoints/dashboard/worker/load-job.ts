import { logChangeToken, logContext, loadLogRows, readSettings, type PanduDb } from '@/lib/db';
import type { JobMessage } from './protocol';

/** Sessions read per page; each page's rows are sent at once, so the page never takes one big copy. */
const PAGE = 10_000;

/**
 * The whole log as compact rows. Reading 100,000 sessions from IndexedDB costs seconds of
 * deserializing; here it costs the page nothing but receiving the small rows.
 */
export async function runLoad(db: PanduDb, post: (message: JobMessage) => void): Promise<void> {
  const token = await logChangeToken(db);
  const { agent } = await readSettings(db);
  const context = await logContext(db, agent);
  await loadLogRows(
    db,
    context,
    (done, total, rows) => {
      post({ type: 'rows', rows });
      post({ type: 'progress', phase: 'read', done, total });
    },
    PAGE,
  );
  post({ type: 'loaded', agents: [...context.agents], shifts: await db.shifts.toArray(), token });
}
