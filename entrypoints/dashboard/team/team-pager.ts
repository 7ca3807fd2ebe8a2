import type { LogFilter, LogRow, LogSort } from '@/lib/logs';
import type { LogPage, LogPageQuery } from '@/lib/team';

export interface PagerQuery {
  filter: LogFilter;
  sort: LogSort;
  zone: string;
}

export interface PagerState {
  /** Sessions matching the filter on the server (all pages); null until the first page is read. */
  total: number | null;
  /** Rows read so far, from the top: rows[0..loaded) are known. */
  loaded: number;
  /** Moves whenever the rows change, so a view re-renders. */
  version: number;
  /** The change counter the shown rows were read at. */
  seq: string | null;
  /** Reading the first page of a new filter (nothing of it to show yet). */
  loading: boolean;
  /** The last read failed; what was shown stays. */
  error: unknown;
}

export type FetchPage = (query: LogPageQuery, signal: AbortSignal) => Promise<LogPage>;

/**
 * The team's log a page at a time, as the lead scrolls. The server pages with a keyset cursor,
 * so pages are read in order from the top: the table asks for the rows in view (`need`) and the
 * pager reads on until they are there. `refresh` (the server's change counter moved) reads the
 * pages in view again from the top and swaps them in at once, so the table neither empties nor
 * jumps; a new filter or order starts again from the first page. Pure: no React, no timers.
 */
export function createTeamPager(fetchPage: FetchPage, pageSize = 200) {
  let query: PagerQuery | null = null;
  let rows: LogRow[] = [];
  let cursor: string | null = null;
  let exhausted = false;
  let wanted = pageSize;
  let stale = false;
  let generation = 0;
  let running = false;
  let controller = new AbortController();
  let state: PagerState = { total: null, loaded: 0, version: 0, seq: null, loading: false, error: null };
  const listeners = new Set<() => void>();

  const emit = (patch: Partial<PagerState>) => {
    state = { ...state, ...patch, loaded: rows.length };
    for (const listener of listeners) listener();
  };
  const pageQuery = (q: PagerQuery, after: string | null): LogPageQuery => ({ filter: q.filter, sort: q.sort, zone: q.zone, limit: pageSize, cursor: after });

  /** Reads from the top until `target` rows are known (or the log ends); null when the query changed meanwhile. */
  async function readFromTop(q: PagerQuery, target: number, gen: number) {
    const fresh: LogRow[] = [];
    let after: string | null = null;
    let page: LogPage;
    do {
      page = await fetchPage(pageQuery(q, after), controller.signal);
      if (gen !== generation) return null;
      fresh.push(...page.rows);
      after = page.nextCursor;
    } while (fresh.length < target && after !== null);
    return { fresh, page, after };
  }

  async function pump() {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const q = query;
        const gen = generation;
        if (!q) return;
        try {
          if (stale) {
            stale = false;
            const read = await readFromTop(q, wanted, gen);
            if (!read) continue;
            rows = read.fresh;
            cursor = read.after;
            exhausted = read.after === null;
            emit({ total: read.page.total, seq: read.page.seq, version: state.version + 1, loading: false, error: null });
            continue;
          }
          if (rows.length >= wanted || exhausted || state.error) return;
          const page = await fetchPage(pageQuery(q, rows.length ? cursor : null), controller.signal);
          if (gen !== generation) continue;
          rows = rows.concat(page.rows);
          cursor = page.nextCursor;
          exhausted = page.nextCursor === null;
          emit({ total: page.total, seq: state.seq ?? page.seq, version: state.version + 1, loading: false, error: null });
        } catch (error) {
          if (gen !== generation) continue;
          emit({ error, loading: false });
          return;
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    getState: (): PagerState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The row at a position of the filtered, sorted log, if it has been read. */
    rowAt: (index: number): LogRow | undefined => rows[index],
    /** Where a session is among the rows read, -1 when not (yet). */
    indexOf: (id: string): number => rows.findIndex((row) => row.id === id),
    /** A new filter or order (or the first): starts from the first page. */
    setQuery(next: PagerQuery) {
      if (query && JSON.stringify(query) === JSON.stringify(next)) return;
      query = next;
      generation++;
      controller.abort();
      controller = new AbortController();
      rows = [];
      cursor = null;
      exhausted = false;
      stale = false;
      wanted = pageSize;
      emit({ total: null, seq: null, version: state.version + 1, loading: true, error: null });
      void pump();
    },
    /** The table shows rows up to `end` (exclusive): read on until they are there (a refresh reads this far again). */
    need(end: number) {
      wanted = Math.max(1, Math.ceil(end / pageSize)) * pageSize;
      if (rows.length < wanted) void pump();
    },
    /** The server changed: read what is in view again (a failed read is retried too). */
    refresh() {
      if (!query) return;
      stale = true;
      if (state.error) emit({ error: null });
      void pump();
    },
    stop() {
      generation++;
      controller.abort();
      query = null;
    },
  };
}

export type TeamPager = ReturnType<typeof createTeamPager>;
