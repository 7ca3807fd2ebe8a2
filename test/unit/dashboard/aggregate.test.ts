import { describe, expect, it } from 'vitest';
import { bucketing, handlingHistogram, outcomesPer, readiness, unreachableShare } from '@/entrypoints/dashboard/charts/aggregate';
import { type LogRow } from '@/lib/logs';
import { localClock } from '@/lib/time';
import type { Outcome, Shift } from '@/lib/schema';
import { makeShift } from '../export/factory';

const WIB = localClock('Asia/Jakarta');
const at = (iso: string) => Date.parse(iso);

function row(n: number, startedAt: string, outcome: Outcome | null, handlingSeconds: number | null = 300, agentId = '930101'): LogRow {
  return {
    id: `s${n}`,
    ticketId: `IN${110088000 + n}`,
    agentId,
    agentName: '',
    area: 'BDG',
    startedMs: at(startedAt),
    endedMs: outcome ? at(startedAt) + (handlingSeconds ?? 0) * 1000 : null,
    handlingSeconds: outcome ? handlingSeconds : null,
    status: outcome === null ? 'open' : outcome === 'cancelled' ? 'cancelled' : 'done',
    outcome,
    reasonCode: 'PLG-RESCHEDULE',
    pendingUntilMs: null,
    attempts: 1,
    failedAttempts: 0,
    fill: 'none',
    revision: '',
  };
}

describe('chart data', () => {
  const rows = [
    row(1, '2026-11-20T02:00:00.000Z', 'approved'),
    row(2, '2026-11-20T03:00:00.000Z', 'unreachable'),
    row(3, '2026-11-20T18:00:00.000Z', 'declined'), // 21-11 01:00 WIB
    row(4, '2026-11-21T04:00:00.000Z', 'unreachable'),
    row(5, '2026-11-21T05:00:00.000Z', null),
    row(6, '2026-11-21T06:00:00.000Z', 'cancelled'),
  ];

  it("counts outcomes per local day (in the lead's zone), open sessions included", () => {
    const buckets = bucketing(rows, WIB);
    expect(buckets.unit).toBe('day');
    expect(outcomesPer(rows, buckets)).toEqual([
      { key: '2026-11-20', values: { approved: 1, unreachable: 1, declined: 0, cancelled: 0, open: 0 } },
      { key: '2026-11-21', values: { approved: 0, unreachable: 1, declined: 1, cancelled: 1, open: 1 } },
    ]);
  });

  it('switches to weeks starting on Monday beyond 62 days', () => {
    const long = [row(1, '2026-08-01T02:00:00.000Z', 'approved'), row(2, '2026-11-26T02:00:00.000Z', 'approved')];
    const buckets = bucketing(long, WIB);
    expect(buckets.unit).toBe('week');
    expect(outcomesPer(long, buckets).map((b) => b.key)).toEqual(['2026-07-27', '2026-11-23']);
  });

  it('gives the share of unreachable customers among those called, per day and overall', () => {
    const { buckets, overall } = unreachableShare(rows, bucketing(rows, WIB));
    expect(buckets).toEqual([
      { key: '2026-11-20', unreachable: 1, reached: 1, share: 0.5 },
      { key: '2026-11-21', unreachable: 1, reached: 1, share: 0.5 },
    ]);
    expect(overall).toEqual({ key: 'all', unreachable: 2, reached: 2, share: 0.5 });
    expect(unreachableShare([], bucketing([], WIB)).overall.share).toBeNull();
  });

  it('bins handling times of finished flows and reports median and 90th percentile', () => {
    const timed = [60, 150, 400, 400, 700, 1500, 2000, 4000].map((s, i) => row(i, '2026-11-20T02:00:00.000Z', 'approved', s));
    const histogram = handlingHistogram([...timed, row(99, '2026-11-20T02:00:00.000Z', 'cancelled', 9999), row(98, '2026-11-20T02:00:00.000Z', null)]);
    expect(histogram.buckets.map((b) => b.count)).toEqual([1, 1, 2, 1, 1, 1, 1]);
    expect(histogram).toMatchObject({ count: 8, median: 400, p90: 4000 });
  });

  it('tells shift-start readiness per agent and shift: on time, late, missing (also: worked without any checklist)', () => {
    const shift = (n: number, agentId: string, date: string, completedAt: string | null): Shift => makeShift(n, agentId, date, completedAt);
    const shifts = [
      shift(1, '930101', '2026-11-20', '2026-11-20T00:05:00.000Z'), // on time (grace 15 min)
      shift(2, '930101', '2026-11-21', '2026-11-21T00:40:00.000Z'), // late
      shift(3, '940202', '2026-11-20', null), // never completed, shift long over: missing
      shift(4, '950303', '2026-11-20', '2026-11-20T00:01:00.000Z'), // outside the filter
    ];
    const worked = [
      row(1, '2026-11-20T02:00:00.000Z', 'approved'), // inside shift 1
      row(2, '2026-11-21T10:00:00.000Z', 'approved'), // after shift 2 ended: no checklist for this work
      row(3, '2026-11-21T11:00:00.000Z', 'approved'), // same agent-day: counted once
      row(4, '2026-11-21T02:00:00.000Z', 'approved', 300, '960404'), // an agent with no checklist at all
    ];
    const result = readiness({
      shifts,
      rows: worked,
      now: at('2026-11-27T00:00:00.000Z'),
      clock: WIB,
      bucketing: bucketing(worked, WIB),
      includeShift: (s) => s.agentId !== '950303',
    });
    expect(result.totals).toEqual({ onTime: 1, late: 1, missing: 3 });
    expect(result.buckets).toEqual([
      { key: '2026-11-20', values: { onTime: 1, late: 0, missing: 1 } },
      { key: '2026-11-21', values: { onTime: 0, late: 1, missing: 2 } },
    ]);
  });
});
