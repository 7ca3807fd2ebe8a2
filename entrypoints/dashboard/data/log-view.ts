import { createContext, useContext } from 'react';
import type { ImportRecord } from '@/lib/import';
import type { AgentDirectory, LogFilter, LogRow, LogSort } from '@/lib/logs';
import type { PanduEvent, Session } from '@/lib/schema';
import type { LocalClock } from '@/lib/time';

/** Where the dashboard's log comes from: this browser's database, or the team server. */
export const LOG_SOURCES = ['browser', 'team'] as const;
export type LogSource = (typeof LOG_SOURCES)[number];

/** One session in full, as the session dialog shows it, from either source. */
export interface DetailView {
  session: Session;
  events: PanduEvent[];
  /** Where the record came from: this browser, an imported file, or the team server. */
  source: ImportRecord | null | 'team';
}

/**
 * What the log's views (table, filter bar, session dialog, export) need of a source. The
 * browser's log is all in memory; the team's is read a page at a time as the lead scrolls. The
 * views read rows by position, so the same table shows either.
 */
export interface LogView {
  source: LogSource;
  filter: LogFilter;
  setFilter: (filter: LogFilter) => void;
  sort: LogSort;
  setSort: (sort: LogSort) => void;
  clock: LocalClock;
  /** Sessions matching the filter; null until known. */
  count: number | null;
  /** Every session of the source, when known (the browser's whole log); null for the team. */
  all: number | null;
  /** The matching count is final (the browser's log is loaded; the team's first page is read). */
  complete: boolean;
  /** The browser's log while it loads. */
  progress: { loaded: number; total: number } | null;
  /** The rows shown lag behind a filter just typed. */
  pending: boolean;
  error: unknown;
  /** The row at a position of the filtered, sorted log; undefined while it is being read. */
  rowAt: (index: number) => LogRow | undefined;
  /** Where a session is among the rows at hand, -1 when not: keeps the lead's row across a refresh. */
  indexOf: (id: string) => number;
  /** The table shows rows [start, end): the team source reads what is missing. */
  showRange: (start: number, end: number) => void;
  /** Changes (by identity) when the rows change: a page arrived, the server changed, a filter applied. */
  version: unknown;
  /** For the filter's choices. */
  agents: AgentDirectory;
  agentIds: string[];
  reasons: string[];
  loadDetail: (sessionId: string) => Promise<DetailView | null>;
}

export const LogViewContext = createContext<LogView | null>(null);

export function useLogView(): LogView {
  const view = useContext(LogViewContext);
  if (!view) throw new Error('useLogView outside a log source provider');
  return view;
}
