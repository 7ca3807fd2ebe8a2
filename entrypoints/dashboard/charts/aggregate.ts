import type { LogRow } from '@/lib/logs';
import type { LocalClock } from '@/lib/time';
import type { Shift } from '@/lib/schema';
import { punctuality } from '@/lib/shifts';

/**
 * What the charts show, computed from the rows the table shows (pure: tested without a DOM).
 * A range up to 62 days is shown per day; a longer one per week (weeks start on Monday).
 */
export const OUTCOME_SERIES = ['approved', 'unreachable', 'declined', 'cancelled', 'open'] as const;
export type OutcomeSeries = (typeof OUTCOME_SERIES)[number];
export const READINESS_SERIES = ['onTime', 'late', 'missing'] as const;
export type ReadinessSeries = (typeof READINESS_SERIES)[number];

export interface Bucket<K extends string> {
  key: string;
  values: Record<K, number>;
}

export interface Bucketing {
  unit: 'day' | 'week';
  keyOf: (ms: number) => string;
}

const DAY = 86_400_000;
const MAX_DAYS_PER_DAY = 62;

export function bucketing(rows: readonly LogRow[], clock: LocalClock): Bucketing {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    if (row.startedMs < min) min = row.startedMs;
    if (row.startedMs > max) max = row.startedMs;
  }
  if (!(max - min > MAX_DAYS_PER_DAY * DAY)) return { unit: 'day', keyOf: (ms: number) => clock.dayKey(ms) };
  return {
    unit: 'week',
    keyOf: (ms) => {
      const wall = clock.wallDate(ms);
      const monday = new Date(wall.getTime() - ((wall.getUTCDay() + 6) % 7) * DAY);
      return monday.toISOString().slice(0, 10);
    },
  };
}

function tally<K extends string>(series: readonly K[], keys: Iterable<[string, K]>): Bucket<K>[] {
  const buckets = new Map<string, Record<K, number>>();
  for (const [key, name] of keys) {
    let values = buckets.get(key);
    if (!values) buckets.set(key, (values = Object.fromEntries(series.map((s) => [s, 0])) as Record<K, number>));
    values[name]++;
  }
  return [...buckets].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => ({ key, values }));
}

export function outcomesPer(rows: readonly LogRow[], { keyOf }: Bucketing): Bucket<OutcomeSeries>[] {
  return tally(
    OUTCOME_SERIES,
    (function* () {
      for (const row of rows) yield [keyOf(row.startedMs), row.outcome ?? 'open'] as [string, OutcomeSeries];
    })(),
  );
}

export interface Share {
  key: string;
  unreachable: number;
  reached: number;
  share: number | null;
}

/** Of the customers the agents tried to reach (approved, declined, unreachable), how many were not reached. */
export function unreachableShare(rows: readonly LogRow[], { keyOf }: Bucketing): { buckets: Share[]; overall: Share } {
  const per = new Map<string, Share>();
  const overall: Share = { key: 'all', unreachable: 0, reached: 0, share: null };
  for (const row of rows) {
    if (row.outcome !== 'unreachable' && row.outcome !== 'approved' && row.outcome !== 'declined') continue;
    const key = keyOf(row.startedMs);
    let share = per.get(key);
    if (!share) per.set(key, (share = { key, unreachable: 0, reached: 0, share: null }));
    const field = row.outcome === 'unreachable' ? 'unreachable' : 'reached';
    share[field]++;
    overall[field]++;
  }
  const withShare = (s: Share): Share => ({ ...s, share: s.unreachable + s.reached ? s.unreachable / (s.unreachable + s.reached) : null });
  return { buckets: [...per.values()].sort((a, b) => a.key.localeCompare(b.key)).map(withShare), overall: withShare(overall) };
}

/** Minutes. The last bucket is open-ended. */
export const HANDLING_BOUNDS = [0, 2, 5, 10, 20, 30, 60] as const;

export interface Histogram {
  buckets: Array<{ from: number; to: number | null; count: number }>;
  count: number;
  median: number | null;
  p90: number | null;
}

const quantile = (sorted: readonly number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : null);

/** Handling time of finished flows (done, not cancelled): how long a pending request takes, start to NOSSA updated. */
export function handlingHistogram(rows: readonly LogRow[]): Histogram {
  const seconds: number[] = [];
  for (const row of rows) if (row.status === 'done' && row.handlingSeconds !== null) seconds.push(row.handlingSeconds);
  seconds.sort((a, b) => a - b);
  const buckets = HANDLING_BOUNDS.map((from, i) => ({ from, to: HANDLING_BOUNDS[i + 1] ?? null, count: 0 }));
  for (const s of seconds) {
    const minutes = s / 60;
    let i = buckets.length - 1;
    while (i > 0 && minutes < buckets[i]!.from) i--;
    buckets[i]!.count++;
  }
  return { buckets, count: seconds.length, median: quantile(seconds, 0.5), p90: quantile(seconds, 0.9) };
}

export interface ReadinessInput {
  shifts: readonly Shift[];
  rows: readonly LogRow[];
  now: number;
  clock: LocalClock;
  bucketing: Bucketing;
  /** Shift records outside the lead's filter (other agents, areas, days) are left out. */
  includeShift: (shift: Shift) => boolean;
}

/**
 * Shift-start checklist readiness (IK 1.1), per agent per shift: on time (completed within the
 * grace period), late, or missing (never completed and the shift is under way, or no
 * checklist at all for a day on which the agent handled tickets, counted once per agent-day).
 * Checklists still open within their grace period, and old records without shift times whose
 * punctuality cannot be told, are not counted.
 */
export function readiness(input: ReadinessInput): { buckets: Bucket<ReadinessSeries>[]; totals: Record<ReadinessSeries, number> } {
  const {
    shifts,
    rows,
    now,
    clock,
    bucketing: { keyOf },
  } = input;
  const marks: Array<[string, ReadinessSeries]> = [];
  // Per agent, the times their shifts ran (sorted), and the days of records without times.
  const windows = new Map<string, Array<[number, number]>>();
  const datedOnly = new Set<string>();
  for (const shift of shifts) {
    if (shift.startsAt && shift.endsAt) {
      const list = windows.get(shift.agentId) ?? [];
      list.push([Date.parse(shift.startsAt), Date.parse(shift.endsAt)]);
      windows.set(shift.agentId, list);
    } else datedOnly.add(`${shift.agentId}|${shift.shiftDate}`);
    if (!input.includeShift(shift)) continue;
    const state = punctuality(shift, now).state;
    const at = shift.startsAt ? Date.parse(shift.startsAt) : clock.dayStart(shift.shiftDate);
    if (state === 'on-time') marks.push([keyOf(at), 'onTime']);
    else if (state === 'late') marks.push([keyOf(at), 'late']);
    else if (state === 'overdue') marks.push([keyOf(at), 'missing']);
  }
  for (const list of windows.values()) list.sort((a, b) => a[0] - b[0]);
  const covered = (agentId: string, ms: number, day: string) => {
    if (datedOnly.has(`${agentId}|${day}`)) return true;
    const list = windows.get(agentId);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid]![0] <= ms) lo = mid;
      else hi = mid - 1;
    }
    const [start, end] = list[lo]!;
    return start <= ms && ms < end;
  };
  const counted = new Set<string>();
  for (const row of rows) {
    const day = clock.dayKey(row.startedMs);
    const agentDay = `${row.agentId}|${day}`;
    if (counted.has(agentDay) || covered(row.agentId, row.startedMs, day)) continue;
    counted.add(agentDay);
    marks.push([keyOf(row.startedMs), 'missing']);
  }
  const buckets = tally(READINESS_SERIES, marks);
  const totals = { onTime: 0, late: 0, missing: 0 };
  for (const [, name] of marks) totals[name]++;
  return { buckets, totals };
}
