import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import { logChangeToken, logContext, loadLogRows, newestLogRows } from '@/lib/db';
import type { AgentDirectory, LogRow } from '@/lib/export';
import type { Agent, Shift } from '@/lib/schema';
import { db } from '../database';

export interface LoadedLog {
  /** The newest sessions first, then (once `complete`) every session. */
  rows: LogRow[];
  complete: boolean;
  /** Sessions read so far while the whole log loads. */
  progress: { loaded: number; total: number } | null;
  agents: AgentDirectory;
  shifts: Shift[];
  error: unknown;
  /** Read everything again (after an import, a deletion). */
  reload: () => void;
}

/** Sessions for the first screen: enough to fill it many times over, read in one small query. */
const FIRST_SCREEN = 100;
/** Gives the page a frame between pages of 5,000 sessions, so it stays responsive while loading. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole log, in memory as compact rows. The newest sessions appear at once; the rest loads
 * in pages with progress. Any later change to the database (a flow step in another tab, an
 * import, the retention clean-up) reloads it in the background, keeping what is shown until
 * the new rows are ready.
 */
export function useLogLoader(agent: Agent | null | undefined): LoadedLog {
  const [state, setState] = useState<Omit<LoadedLog, 'reload'>>({ rows: [], complete: false, progress: null, agents: new Map(), shifts: [], error: null });
  const [generation, setGeneration] = useState(0);
  const token = useRef<string | null>(null);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (agent === undefined) return; // settings not read yet: the area of local sessions is unknown
    let alive = true;
    (async () => {
      token.current = await logChangeToken(db);
      const context = await logContext(db, agent);
      const first = state.complete ? null : await newestLogRows(db, context, FIRST_SCREEN);
      if (!alive) return;
      if (first) setState((s) => ({ ...s, rows: first, agents: context.agents }));
      const rows = await loadLogRows(db, context, async (loaded, total) => {
        if (alive && !state.complete) setState((s) => ({ ...s, progress: { loaded, total } }));
        await breathe();
      });
      const shifts = await db.shifts.toArray();
      if (alive) setState({ rows, complete: true, progress: null, agents: context.agents, shifts, error: null });
    })().catch((error: unknown) => alive && setState((s) => ({ ...s, error, progress: null })));
    return () => {
      alive = false;
    };
    // `state.complete` is read (a reload keeps the full table up instead of the first screen), not watched.
  }, [agent, generation]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = liveQuery(() => logChangeToken(db)).subscribe({
      next: (next) => {
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
