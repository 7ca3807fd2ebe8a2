import { createContext, useContext, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSettings } from '@/components/SettingsProvider';
import { DEFAULT_SORT, EMPTY_FILTER, filterRows, logFilterSchema, logSortSchema, sortRows, type LogFilter, type LogRow, type LogSort } from '@/lib/logs';
import { localClock, type LocalClock } from '@/lib/time';
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
const STORAGE_KEY = 'pandu.dashboard.view';

/** The filter and order survive a reload of the tab (not a new tab: that starts clean). */
function restore(): { filter: LogFilter; sort: LogSort } {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as { filter?: unknown; sort?: unknown } | null;
    return {
      filter: logFilterSchema.safeParse(saved?.filter).data ?? EMPTY_FILTER,
      sort: logSortSchema.safeParse(saved?.sort).data ?? DEFAULT_SORT,
    };
  } catch {
    return { filter: EMPTY_FILTER, sort: DEFAULT_SORT };
  }
}

/** The log, the lead's filter and order, shared by the table, the charts and the exports. */
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
  const [view, setView] = useState(restore);
  const clock = useMemo(() => localClock(), []);
  const sorted = useMemo(() => sortRows(loaded.rows, view.sort), [loaded.rows, view.sort]);
  const filter = useDeferredValue(view.filter);
  const visible = useMemo(() => filterRows(sorted, filter, clock), [sorted, filter, clock]);

  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view)), [view]);

  const value: LogData = {
    ...loaded,
    filter: view.filter,
    setFilter: (next) => setView((v) => ({ ...v, filter: next })),
    sort: view.sort,
    setSort: (next) => setView((v) => ({ ...v, sort: next })),
    visible,
    pending: filter !== view.filter,
    clock,
  };
  return <LogDataContext.Provider value={value}>{children}</LogDataContext.Provider>;
}

export function useLogData(): LogData {
  const data = useContext(LogDataContext);
  if (!data) throw new Error('useLogData outside LogDataProvider');
  return data;
}
