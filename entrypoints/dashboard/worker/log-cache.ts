import type { LogDetail, LogRow } from '@/lib/export';

/**
 * The log as the worker last read it for the table: every row and its long texts, with the
 * database's change token at the time. An export of the same data then needs no second pass
 * over 100,000 sessions; when the token no longer matches, the export reads the database.
 */
export interface LogCache {
  token: string;
  rows: LogRow[];
  details: Map<string, LogDetail>;
}

let cache: LogCache | null = null;

export const setLogCache = (next: LogCache | null) => {
  cache = next;
};

export const logCache = (): LogCache | null => cache;
