import { forEachSessionPage, logChangeToken, logContext, readSettings, type PanduDb } from '@/lib/db';
import { DEFAULT_SORT, toLogDetail, toLogRow, type LogDetail, type LogRow } from '@/lib/logs';
import { setLogCache, sortedRows } from './log-cache';
import type { JobMessage } from './protocol';

/** Sessions read per page; each page's rows are sent at once, so the page never takes one big copy. */
const PAGE = 10_000;

/**
 * The whole log as compact rows. Reading 100,000 sessions from IndexedDB costs seconds of
 * deserializing; here it costs the page nothing but receiving the small rows. The worker keeps
 * the rows and their long texts for the exports that follow.
 */
export async function runLoad(db: PanduDb, post: (message: JobMessage) => void): Promise<void> {
  const token = await logChangeToken(db);
  const { agent } = await readSettings(db);
  const context = await logContext(db, agent);
  const rows: LogRow[] = [];
  const details = new Map<string, LogDetail>();
  await forEachSessionPage(
    db,
    (sessions, done, total) => {
      const page = sessions.map((session) => {
        details.set(session.id, toLogDetail(session));
        return toLogRow(session, context);
      });
      rows.push(...page);
      post({ type: 'rows', rows: page });
      post({ type: 'progress', phase: 'read', done, total });
    },
    PAGE,
  );
  const cache = { token, rows, details };
  setLogCache(cache);
  post({ type: 'loaded', agents: [...context.agents], shifts: await db.shifts.toArray(), token });
  // The table opens in this order, so an export in it needs no sort of its own.
  sortedRows(cache, DEFAULT_SORT);
}
