import { useEffect, useState } from 'react';
import { DEFAULT_SORT, EMPTY_FILTER, logFilterSchema, logSortSchema, type LogFilter, type LogRow, type LogSort } from '@/lib/logs';

const STORAGE_KEY = 'pandu.dashboard.view';

export interface SavedView {
  filter: LogFilter;
  sort: LogSort;
}

/** The filter and order survive a reload of the tab (not a new tab: that starts clean). */
function restore(): SavedView {
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

/** The lead's filter and order, kept for the tab; both sources use the same one, so switching keeps what the lead chose. */
export function useSavedView() {
  const [view, setView] = useState(restore);
  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view)), [view]);
  return [view, setView] as const;
}

/** The distinct non-empty values of a column, sorted (the filter's choices). */
export function distinct(rows: readonly LogRow[], pick: (row: LogRow) => string): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = pick(row);
    if (value) seen.add(value);
  }
  return [...seen].sort();
}
