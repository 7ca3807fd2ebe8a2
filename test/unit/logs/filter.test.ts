import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, SORT_KEYS, filterRows, logFilterSchema, sortRows, type LogRow } from '@/lib/logs';
import { localClock } from '@/lib/time';
import { OUTCOMES } from '@/lib/schema';

const WITA = localClock('Asia/Makassar');

function row(n: number, overrides: Partial<LogRow> = {}): LogRow {
  return {
    id: `id-${String(n).padStart(4, '0')}`,
    ticketId: `IN${110088000 + n}`,
    agentId: n % 2 ? '930101' : '940202',
    agentName: n % 2 ? 'Dewi Lestari' : 'Putu',
    area: n % 2 ? 'BDG' : 'DPS',
    startedMs: Date.parse('2026-11-20T00:00:00.000Z') + n * 3_600_000,
    endedMs: null,
    handlingSeconds: null,
    status: 'open',
    outcome: null,
    reasonCode: '',
    pendingUntilMs: null,
    attempts: 0,
    failedAttempts: 0,
    fill: 'none',
    revision: 'IN.OCC.TENESA.W-02 rev - (2021-08-01)',
    ...overrides,
  };
}

describe('filtering the log', () => {
  const rows = Array.from({ length: 60 }, (_, n) =>
    row(n, n % 3 === 0 ? { status: 'done', outcome: OUTCOMES[n % 4]!, reasonCode: n % 2 ? 'PLG-RESCHEDULE' : 'LOKASI-TUTUP', handlingSeconds: n * 10 } : {}),
  );

  it('keeps everything with the empty filter', () => {
    expect(filterRows(rows, EMPTY_FILTER, WITA)).toHaveLength(60);
  });

  it("takes whole local days in the lead's zone, both ends included", () => {
    // 2026-11-21 in WITA runs from 2026-11-20T16:00Z to 2026-11-21T16:00Z: rows 16..39.
    const day = filterRows(rows, { ...EMPTY_FILTER, from: '2026-11-21', to: '2026-11-21' }, WITA);
    expect(day.map((r) => r.startedMs)).toEqual(rows.slice(16, 40).map((r) => r.startedMs));
    expect(filterRows(rows, { ...EMPTY_FILTER, from: '2026-11-22' }, WITA)).toHaveLength(20);
    expect(filterRows(rows, { ...EMPTY_FILTER, to: '2026-11-20' }, WITA)).toHaveLength(16);
  });

  it('narrows by agent, area, outcome (including sessions still open), reason and ticket id', () => {
    expect(filterRows(rows, { ...EMPTY_FILTER, agentId: '930101' }, WITA).every((r) => r.agentId === '930101')).toBe(true);
    expect(filterRows(rows, { ...EMPTY_FILTER, area: 'DPS' }, WITA)).toHaveLength(30);
    expect(filterRows(rows, { ...EMPTY_FILTER, outcome: 'open' }, WITA)).toHaveLength(40);
    expect(filterRows(rows, { ...EMPTY_FILTER, outcome: 'approved' }, WITA).map((r) => r.outcome)).toEqual(Array(5).fill('approved'));
    expect(filterRows(rows, { ...EMPTY_FILTER, reasonCode: 'LOKASI-TUTUP' }, WITA)).toHaveLength(10);
    expect(filterRows(rows, { ...EMPTY_FILTER, ticket: '088012' }, WITA).map((r) => r.ticketId)).toEqual(['IN110088012']);
    expect(filterRows(rows, { ...EMPTY_FILTER, ticket: ' in11008800 ' }, WITA)).toHaveLength(10);
  });

  it('is a schema at the worker boundary: unknown outcomes and areas are refused', () => {
    expect(logFilterSchema.safeParse({ ...EMPTY_FILTER, outcome: 'lost' }).success).toBe(false);
    expect(logFilterSchema.safeParse({ ...EMPTY_FILTER, area: 'XXX' }).success).toBe(false);
    expect(logFilterSchema.safeParse({ ...EMPTY_FILTER, from: '27-11-2026' }).success).toBe(false);
    expect(logFilterSchema.parse({ ...EMPTY_FILTER, ticket: '  88251 ' }).ticket).toBe('88251');
  });
});

describe('sorting the log', () => {
  it('puts empty values last in both directions and breaks ties by newest first', () => {
    const rows = [row(1, { handlingSeconds: 30 }), row(2), row(3, { handlingSeconds: 10 }), row(4, { handlingSeconds: 30 })];
    expect(sortRows(rows, { key: 'handlingSeconds', dir: 'asc' }).map((r) => r.id)).toEqual(['id-0003', 'id-0004', 'id-0001', 'id-0002']);
    expect(sortRows(rows, { key: 'handlingSeconds', dir: 'desc' }).map((r) => r.id)).toEqual(['id-0004', 'id-0001', 'id-0003', 'id-0002']);
  });

  it('is a total order that matches a plain comparison on every column', () => {
    const arbitraryRow = fc.record({
      n: fc.integer({ min: 0, max: 500 }),
      handlingSeconds: fc.option(fc.integer({ min: 0, max: 5000 })),
      attempts: fc.integer({ min: 0, max: 5 }),
      reasonCode: fc.constantFrom('', 'A', 'B'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRow, { selector: (r) => r.n, maxLength: 40 }), fc.constantFrom(...SORT_KEYS), fc.constantFrom('asc', 'desc'), (specs, key, dir) => {
        const rows = specs.map(({ n, ...rest }) => row(n, rest));
        const sorted = sortRows(rows, { key, dir });
        expect(new Set(sorted)).toEqual(new Set(rows));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]![key], sorted[i]![key]];
          const [aEmpty, bEmpty] = [a === null || a === '', b === null || b === ''];
          expect(aEmpty && !bEmpty).toBe(false);
          if (!aEmpty && !bEmpty && a !== b) expect(dir === 'asc' ? a! < b! : a! > b!).toBe(true);
          if (a === b) expect(sorted[i - 1]!.startedMs).toBeGreaterThanOrEqual(sorted[i]!.startedMs);
        }
      }),
      { numRuns: 200 },
    );
  });
});
