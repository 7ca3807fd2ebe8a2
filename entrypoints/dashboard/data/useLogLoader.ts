import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import { firstScreen, logChangeToken, readSettings } from '@/lib/db';
import type { AgentDirectory, LogRow } from '@/lib/logs';
import type { Shift } from '@/lib/schema';
import { db } from '../database';
import { WORKER_ENDED, theLogWorker } from '../worker/job-store';

export interface LoadedLog {
  /** The newest sessions first, then (once `complete`) every session. */
  rows: LogRow[];
  complete: boolean;
  /** Sessions read so far while the whole log loads. */
  progress: { loaded: number; total: number } | null;
  agents: AgentDirectory;
  shifts: Shift[];
  error: unknown;
  /** Read everything again (after an import, a deletion, a new agent identity). */
  reload: () => void;
}

/** Sessions for the first screen: enough to fill it many times over, read in one small query. */
const FIRST_SCREEN = 100;

/**
 * The whole log, in memory as compact rows. The newest sessions appear at once (one small
 * query); the rest is read by the dashboard's worker and arrives in pages, with progress. A later
 * change to the database (a flow step in another tab, an import, the clean-up) reloads it in the
 * background, keeping what is shown until the new rows are ready.
 */
export function useLogLoader(): LoadedLog {
  const [state, setState] = useState<Omit<LoadedLog, 'reload'>>({ rows: [], complete: false, progress: null, agents: new Map(), shifts: [], error: null });
  const [generation, setGeneration] = useState(0);
  /** The change token the shown rows were read at, and the latest one seen in the database. */
  const token = useRef<string | null>(null);
  const latest = useRef<string | null>(null);
  const shown = useRef(false);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let alive = true;
    let job: { worker: ReturnType<typeof theLogWorker>; id: number } | null = null;
    const fail = (error: unknown) => alive && setState((s) => ({ ...s, error, progress: null }));
    (async () => {
      if (!shown.current) {
        const { agent } = await readSettings(db);
        const first = await firstScreen(db, agent, FIRST_SCREEN);
        if (!alive) return;
        shown.current = true;
        setState((s) => ({ ...s, rows: first.rows, agents: first.agents }));
      }
      const pages: LogRow[][] = [];
      const worker = theLogWorker();
      const id = worker.run({ type: 'load' }, (message) => {
        if (!alive) return;
        if (message.type === 'rows') pages.push(message.rows);
        else if (message.type === 'progress') setState((s) => (s.complete ? s : { ...s, progress: { loaded: message.done, total: message.total } }));
        else if (message.type === 'loaded') {
          token.current = message.token;
          // Something changed while the log was read: read it again (what is shown stays meanwhile).
          if (latest.current !== null && latest.current !== message.token) setTimeout(reload, 400);
          setState({ rows: pages.flat(), complete: true, progress: null, agents: new Map(message.agents), shifts: message.shifts, error: null });
          // For `npm run bench`: when the whole log is on screen (the first load only).
          if (!performance.getEntriesByName('pandu:all-rows').length) requestAnimationFrame(() => performance.mark('pandu:all-rows'));
        } else if (message.type === 'failed') {
          // A cancelled export ended the worker under this load: load again in a fresh one.
          if (message.message === WORKER_ENDED) reload();
          else fail(message.message);
        }
      });
      job = { worker, id };
    })().catch(fail);
    return () => {
      alive = false;
      job?.worker.forget(job.id);
    };
  }, [generation, reload]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = liveQuery(() => logChangeToken(db)).subscribe({
      next: (next) => {
        latest.current = next;
        if (token.current === null || next === token.current) return;
        clearTimeout(timer);
        timer = setTimeout(reload, 400);
      },
      error: console.error,
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [reload]);

  return { ...state, reload };
}
