import type pg from 'pg';
import * as z from 'zod/mini';
import { chartsSchema, type LogQuery, type TeamCharts } from '../../lib/team';
import { bucketKeySql, bucketUnit, byKey, type BucketUnit } from './buckets';
import { SESSIONS_WITH_AGENT, logConditions, whereOf } from './log-filter';
import { readinessMarks, readinessPerBucket } from './readiness';
import { currentSeq } from './seq';
import { SqlParams } from './sql-params';

const OUTCOME_SERIES = ['approved', 'unreachable', 'declined', 'cancelled', 'open'] as const;
type OutcomeSeries = (typeof OUTCOME_SERIES)[number];
/** Minutes; the last bucket is open-ended (the browser's handling chart). */
export const HANDLING_BOUNDS = [0, 2, 5, 10, 20, 30, 60] as const;

const zeros = <K extends string>(series: readonly K[]) => Object.fromEntries(series.map((s) => [s, 0])) as Record<K, number>;

async function outcomesPer(pool: pg.Pool, query: LogQuery, team: string | null, unit: BucketUnit) {
  const params = new SqlParams();
  const where = whereOf(logConditions(query, team, params));
  const key = bucketKeySql('s.started_at', unit, params.add(query.zone));
  const { rows } = await pool.query<{ key: string; outcome: OutcomeSeries; count: number }>(
    `select ${key} as key, coalesce(s.outcome, 'open') as outcome, count(*)::int as count from ${SESSIONS_WITH_AGENT} ${where} group by 1, 2`,
    params.values,
  );
  const buckets = new Map<string, Record<OutcomeSeries, number>>();
  for (const row of rows) {
    let values = buckets.get(row.key);
    if (!values) buckets.set(row.key, (values = zeros(OUTCOME_SERIES)));
    values[row.outcome] += row.count;
  }
  return [...buckets].map(([key, values]) => ({ key, values })).sort(byKey);
}

interface Share {
  key: string;
  unreachable: number;
  reached: number;
  share: number | null;
}

/** Of the customers the agents tried to reach (approved, declined, unreachable), how many were not reached. */
function unreachableShare(outcomes: ReadonlyArray<{ key: string; values: Record<OutcomeSeries, number> }>) {
  const withShare = (s: Omit<Share, 'share'>): Share => ({ ...s, share: s.unreachable + s.reached ? s.unreachable / (s.unreachable + s.reached) : null });
  const overall = { key: 'all', unreachable: 0, reached: 0 };
  const buckets: Share[] = [];
  for (const { key, values } of outcomes) {
    const reached = values.approved + values.declined;
    if (values.unreachable + reached === 0) continue;
    buckets.push(withShare({ key, unreachable: values.unreachable, reached }));
    overall.unreachable += values.unreachable;
    overall.reached += reached;
  }
  return { buckets, overall: withShare(overall) };
}

/**
 * Handling time of finished flows (done, not cancelled). percentile_disc(q) is the browser's
 * quantile: the value at position ceil(q * n) of the sorted list.
 */
async function handling(pool: pg.Pool, query: LogQuery, team: string | null) {
  const params = new SqlParams();
  const conditions = [...logConditions(query, team, params), `s.status = 'done'`, 's.handling_seconds is not null'];
  const bucketOf = HANDLING_BOUNDS.map((from, i) => [from, i] as const)
    .slice(1)
    .reverse()
    .map(([from, i]) => `when s.handling_seconds >= ${from * 60} then ${i}`)
    .join(' ');
  const [perBucket, figures] = await Promise.all([
    pool.query<{ bucket: number; count: number }>(
      `select case ${bucketOf} else 0 end as bucket, count(*)::int as count from ${SESSIONS_WITH_AGENT} ${whereOf(conditions)} group by 1`,
      params.values,
    ),
    pool.query<{ count: number; median: number | null; p90: number | null }>(
      `select count(*)::int as count, percentile_disc(0.5) within group (order by s.handling_seconds) as median,
              percentile_disc(0.9) within group (order by s.handling_seconds) as p90
         from ${SESSIONS_WITH_AGENT} ${whereOf(conditions)}`,
      params.values,
    ),
  ]);
  const buckets = HANDLING_BOUNDS.map((from, i) => ({ from, to: HANDLING_BOUNDS[i + 1] ?? null, count: 0 }));
  for (const row of perBucket.rows) buckets[row.bucket]!.count = row.count;
  const { count, median, p90 } = figures.rows[0] ?? { count: 0, median: null, p90: null };
  return { buckets, count, median, p90 };
}

/** The charts' figures over the filtered log, computed where the rows are (the same series the browser's charts draw). */
export async function teamCharts(pool: pg.Pool, query: LogQuery, team: string | null, now: number): Promise<TeamCharts> {
  const seq = await currentSeq(pool, team);
  const unit = await bucketUnit(pool, query, team);
  const [outcomes, handlingFigures, readiness] = await Promise.all([
    outcomesPer(pool, query, team, unit),
    handling(pool, query, team),
    readinessMarks(pool, query, team, unit, now).then(readinessPerBucket),
  ]);
  return z.parse(chartsSchema, { unit, outcomes, unreachable: unreachableShare(outcomes), handling: handlingFigures, readiness, seq });
}
