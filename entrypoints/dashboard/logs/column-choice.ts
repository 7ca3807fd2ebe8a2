import { useCallback, useEffect, useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { SORT_KEYS, type SortKey } from '@/lib/logs';
import { TABLE_COLUMNS, defaultColumnKeys, type TableColumn } from './table-columns';

/** Kept in this browser across tabs and restarts: which columns a lead reads is a habit, not a session's filter. */
export const COLUMNS_STORAGE_KEY = 'pandu.dashboard.columns';

/** The lead's own choice of columns; absent (null) means the default for the table's width. */
const storedChoiceSchema = z.object({ shown: z.array(z.enum(SORT_KEYS)) });

/** The choice as stored, or null when there is none or it cannot be read (a damaged entry falls back to the default). */
export function readColumnChoice(storage: Pick<Storage, 'getItem'>): SortKey[] | null {
  try {
    const parsed = storedChoiceSchema.safeParse(JSON.parse(storage.getItem(COLUMNS_STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data.shown : null;
  } catch {
    return null;
  }
}

export function writeColumnChoice(storage: Pick<Storage, 'setItem' | 'removeItem'>, shown: readonly SortKey[] | null): void {
  if (shown === null) storage.removeItem(COLUMNS_STORAGE_KEY);
  else storage.setItem(COLUMNS_STORAGE_KEY, JSON.stringify({ shown }));
}

/** The columns to show, in the table's order: the lead's choice or the width's default; the ticket always. */
export function visibleColumns(choice: readonly SortKey[] | null, width: number): TableColumn[] {
  const shown = new Set(choice ?? defaultColumnKeys(width));
  return TABLE_COLUMNS.filter((column) => column.required || shown.has(column.key));
}

/** One column shown or hidden, starting from what is on screen now; the result is the lead's own choice from then on. */
export function toggleColumn(current: readonly TableColumn[], key: SortKey, show: boolean): SortKey[] {
  const shown = new Set(current.map((column) => column.key));
  if (show) shown.add(key);
  else if (!TABLE_COLUMNS.find((column) => column.key === key)?.required) shown.delete(key);
  return TABLE_COLUMNS.filter((column) => shown.has(column.key)).map((column) => column.key);
}

export interface ColumnChoice {
  /** The columns shown, in order. */
  columns: TableColumn[];
  /** Shown by default (the lead has not chosen, or chose back to the default). */
  isDefault: boolean;
  setShown: (key: SortKey, show: boolean) => void;
  reset: () => void;
}

/** The table's columns for a table `width` pixels wide, remembered in localStorage once the lead chooses. */
export function useColumnChoice(width: number): ColumnChoice {
  const [choice, setChoice] = useState(() => readColumnChoice(localStorage));
  useEffect(() => writeColumnChoice(localStorage, choice), [choice]);
  const columns = useMemo(() => visibleColumns(choice, width), [choice, width]);
  const setShown = useCallback((key: SortKey, show: boolean) => setChoice(toggleColumn(columns, key, show)), [columns]);
  const reset = useCallback(() => setChoice(null), []);
  return { columns, isDefault: choice === null, setShown, reset };
}
