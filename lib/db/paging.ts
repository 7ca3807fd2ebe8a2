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
  /** The table's size, when the caller knows it: a count walks every key (0.7 s over 672,297 events). */
  total?: number;
}

/**
 * Every row of a table with a string primary key, page by page (Dexie reads each page with one
 * getAll), so a caller can show progress, keep only what it needs, and give its thread a breath
 * between pages. One page is read ahead: at most two pages a range are held at once. `visit` gets each page, how many rows came so far and the table's size.
 */
export async function forEachPage<T, TInsert>(
  table: Table<T, string, TInsert>,
  keyOf: (row: T) => string,
  visit: (page: T[], loaded: number, total: number) => Promise<void> | void,
  { pageSize, ranges = ALL_KEYS, total: known }: PagingOptions,
): Promise<void> {
  const total = known ?? (await table.count());
  let loaded = 0;
  await Promise.all(
    ranges.map(async ([lower, upper]) => {
      const read = (from: string, include: boolean) => table.where(':id').between(from, upper, include, false).limit(pageSize).toArray();
      let next = read(lower, true);
      for (;;) {
        const page = await next;
        // The next page is asked for before this one is visited: the database reads it while
        // this thread works on the page in hand.
        const more = page.length === pageSize;
        if (more) next = read(keyOf(page[page.length - 1]!), false);
        loaded += page.length;
        if (page.length || ranges.length === 1) await visit(page, loaded, Math.max(total, loaded));
        if (!more) return;
      }
    }),
  );
}
