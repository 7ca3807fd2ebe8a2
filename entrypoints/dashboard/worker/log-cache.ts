import { sortRows, type LogDetail, type LogRow, type LogSort } from '@/lib/logs';

/**
 * The log as the worker last read it for the table: every row and its long texts, with the
 * database's change token at the time. An export of the same data then needs no second pass
 * over 100,000 sessions; when the token no longer matches, the export reads the database.
 */
export interface LogCache {
  token: string;
  rows: LogRow[];
  details: Map<string, LogDetail>;
  /** Every row in the last order asked for (sorting 100,000 rows takes a tenth of a second). */
  sorted?: { sort: LogSort; rows: LogRow[] };
}

let cache: LogCache | null = null;

export const setLogCache = (next: LogCache | null) => {
  cache = next;
};

export const logCache = (): LogCache | null => cache;

/**
 * Every cached row in the given order, as the table has them before it filters (the order is
 * total, so filtering afterwards keeps exactly the table's order).
 */
export function sortedRows(log: LogCache, sort: LogSort): LogRow[] {
  if (log.sorted?.sort.key !== sort.key || log.sorted.sort.dir !== sort.dir) log.sorted = { sort, rows: sortRows(log.rows, sort) };
  return log.sorted.rows;
}
