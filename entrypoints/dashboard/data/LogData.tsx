import { createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useSettings } from '@/components/SettingsProvider';
import { sessionDetail } from '@/lib/db';
import { filterRows, sortRows, type LogFilter, type LogRow, type LogSort } from '@/lib/logs';
import { localClock, type LocalClock } from '@/lib/time';
import { db } from '../database';
import { LogViewContext, type LogView } from './log-view';
import { distinct, useSavedView } from './saved-view';
import { useLogLoader, type LoadedLog } from './useLogLoader';

export interface LogData extends LoadedLog {
  filter: LogFilter;
  setFilter: (filter: LogFilter) => void;
  sort: LogSort;
  setSort: (sort: LogSort) => void;
  /** The rows the table shows: sorted, then filtered (filtering keeps the order). */
  visible: LogRow[];
  /** True while the shown rows lag behind a filter just typed. */
  pending: boolean;
  clock: LocalClock;
}

const LogDataContext = createContext<LogData | null>(null);

const loadDetail = (id: string) => sessionDetail(db, id);

/**
 * This browser's log, the lead's filter and order, shared by the table, the charts and the
 * exports. It provides the browser's own data (useLogData: the charts and the export worker use
 * every row) and the views' common interface (useLogView: the table, filter bar and dialog).
 */
export function LogDataProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings();
  const loaded = useLogLoader();
  // A new agent identity changes the name and area of this browser's own sessions.
  const agentKey = settings ? JSON.stringify(settings.agent) : null;
  const lastAgent = useRef(agentKey);
  const { reload } = loaded;
  useEffect(() => {
    if (agentKey !== null && lastAgent.current !== null && agentKey !== lastAgent.current) reload();
    if (agentKey !== null) lastAgent.current = agentKey;
  }, [agentKey, reload]);
  const [view, setView] = useSavedView();
  const clock = useMemo(() => localClock(), []);
  const sorted = useMemo(() => sortRows(loaded.rows, view.sort), [loaded.rows, view.sort]);
  const filter = useDeferredValue(view.filter);
  const visible = useMemo(() => filterRows(sorted, filter, clock), [sorted, filter, clock]);

  const setFilter = useCallback((next: LogFilter) => setView((v) => ({ ...v, filter: next })), [setView]);
  const setSort = useCallback((next: LogSort) => setView((v) => ({ ...v, sort: next })), [setView]);
  const agentIds = useMemo(() => distinct(loaded.rows, (row) => row.agentId), [loaded.rows]);
  const reasons = useMemo(() => distinct(loaded.rows, (row) => row.reasonCode), [loaded.rows]);

  const value: LogData = {
    ...loaded,
    filter: view.filter,
    setFilter,
    sort: view.sort,
    setSort,
    visible,
    pending: filter !== view.filter,
    clock,
  };
  const common: LogView = {
    source: 'browser',
    filter: view.filter,
    setFilter,
    sort: view.sort,
    setSort,
    clock,
    count: visible.length,
    all: loaded.rows.length,
    complete: loaded.complete,
    progress: loaded.progress,
    pending: value.pending,
    error: loaded.error,
    rowAt: (index) => visible[index],
    indexOf: (id) => visible.findIndex((row) => row.id === id),
    showRange: () => undefined,
    version: visible,
    agents: loaded.agents,
    agentIds,
    reasons,
    loadDetail,
  };
  return (
    <LogDataContext.Provider value={value}>
      <LogViewContext.Provider value={common}>{children}</LogViewContext.Provider>
    </LogDataContext.Provider>
  );
}

export function useLogData(): LogData {
  const data = useContext(LogDataContext);
  if (!data) throw new Error('useLogData outside LogDataProvider');
  return data;
}
