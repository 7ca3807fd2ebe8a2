import type { Table } from 'dexie';

/** A key range [lower, upper) of a string primary key. */
type KeyRange = [string, string];

/** Every string key, as one range. */
const ALL_KEYS: KeyRange[] = [['', '\uffff']];

/**
 * Random UUID keys split evenly by their first hex digit. Reading the ranges at the same time
 * lets IndexedDB fetch one while the caller's thread deserializes another (`npm run bench --
 * dashboard` measures the load).
 */
export const UUID_RANGES: KeyRange[] = [
  ['', '4'],
  ['4', '8'],
  ['8', 'c'],
  ['c', '\uffff'],
];

export interface PagingOptions {
  pageSize: number;
  /** Key ranges read side by side (pages then arrive in no particular order); one range keeps key order. */
  ranges?: KeyRange[];
}

/**
 * Every row of a table with a string primary key, page by page (Dexie reads each page with one
 * getAll), so a caller can show progress, keep only what it needs, and give its thread a breath
 * between pages. `visit` gets each page, how many rows came so far and the table's size.
 */
export async function forEachPage<T, TInsert>(
  table: Table<T, string, TInsert>,
  keyOf: (row: T) => string,
  visit: (page: T[], loaded: number, total: number) => Promise<void> | void,
  { pageSize, ranges = ALL_KEYS }: PagingOptions,
): Promise<void> {
  const total = await table.count();
  let loaded = 0;
  await Promise.all(
    ranges.map(async ([lower, upper]) => {
      let from = lower;
      let include = true;
      for (;;) {
        const page = await table.where(':id').between(from, upper, include, false).limit(pageSize).toArray();
        loaded += page.length;
        if (page.length || ranges.length === 1) await visit(page, loaded, Math.max(total, loaded));
        if (page.length < pageSize) return;
        from = keyOf(page[page.length - 1]!);
        include = false;
      }
    }),
  );
}
