import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedRows, type LogCache } from '@/entrypoints/dashboard/worker/log-cache';
import { EMPTY_FILTER, OUTCOME_FILTERS, SORT_KEYS, compileFilter, sortRows, type LogRow } from '@/lib/logs';
import { localClock } from '@/lib/time';
import { OUTCOMES } from '@/lib/schema';

const WITA = localClock('Asia/Makassar');

/** Rows with many ties (few distinct starts, outcomes, reasons) and blanks, as sorting meets them. */
const rowArb = (n: number) =>
  fc
    .record({
      start: fc.integer({ min: 0, max: 5 }),
      ended: fc.option(fc.integer({ min: 0, max: 3 })),
      outcome: fc.option(fc.constantFrom(...OUTCOMES)),
      reasonCode: fc.constantFrom('', 'PLG-RESCHEDULE', 'LOKASI-TUTUP'),
      agentId: fc.constantFrom('930101', '940202'),
      attempts: fc.integer({ min: 0, max: 3 }),
    })
    .map((r): LogRow => ({
      id: `id-${String(n).padStart(4, '0')}`,
      ticketId: `IN${110088000 + n}`,
      agentId: r.agentId,
      agentName: '',
      area: r.agentId === '930101' ? 'BDG' : 'DPS',
      startedMs: Date.parse('2026-11-20T00:00:00.000Z') + r.start * 43_200_000,
      endedMs: r.ended === null ? null : Date.parse('2026-11-20T00:00:00.000Z') + r.start * 43_200_000 + r.ended * 60_000,
      handlingSeconds: r.ended === null ? null : r.ended * 60,
      status: r.outcome === null ? 'open' : 'done',
      outcome: r.outcome,
      reasonCode: r.reasonCode,
      pendingUntilMs: null,
      attempts: r.attempts,
      failedAttempts: 0,
      fill: 'none',
      revision: '',
    }));

describe("the export worker's sorted copy of the log", () => {
  it('filtered, gives exactly the rows the export would sort after filtering, in the same order', () => {
    // The worker's copy comes in the order the pages were read: any order.
    const rows = fc
      .integer({ min: 0, max: 40 })
      .chain((count) => fc.tuple(...Array.from({ length: count }, (_, n) => rowArb(n))))
      .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
    const sort = fc.record({ key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom<'asc' | 'desc'>('asc', 'desc') });
    const filter = fc.record({
      outcome: fc.option(fc.constantFrom(...OUTCOME_FILTERS)),
      agentId: fc.option(fc.constantFrom('930101', '940202')),
      from: fc.option(fc.constantFrom('2026-11-20', '2026-11-21')),
    });
    fc.assert(
      fc.property(rows, fc.array(sort, { minLength: 1, maxLength: 3 }), filter, (list, sorts, narrow) => {
        const cache: LogCache = { token: 't', rows: list, details: new Map() };
        const keep = compileFilter({ ...EMPTY_FILTER, ...narrow }, WITA);
        // Several orders one after another: the copy follows the last one asked for.
        for (const order of sorts) expect(sortedRows(cache, order).filter(keep)).toEqual(sortRows(cache.rows.filter(keep), order));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts once per order, not once per export', () => {
    const cache: LogCache = { token: 't', rows: [], details: new Map() };
    const first = sortedRows(cache, { key: 'startedMs', dir: 'desc' });
    expect(sortedRows(cache, { key: 'startedMs', dir: 'desc' })).toBe(first);
    expect(sortedRows(cache, { key: 'startedMs', dir: 'asc' })).not.toBe(first);
  });
});
