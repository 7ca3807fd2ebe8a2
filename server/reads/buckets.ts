import type pg from 'pg';
import type { LogQuery } from '../../lib/team';
import { SESSIONS_WITH_AGENT, logConditions, whereOf } from './log-filter';
import { SqlParams } from './sql-params';

export type BucketUnit = 'day' | 'week';

const DAY = 86_400_000;
/** A range up to this many days is shown per day, a longer one per week (the browser's charts). */
const MAX_DAYS_PER_DAY = 62;

/** The chart bucket of an instant in the lead's zone: its local day, or the Monday its local week starts on. */
export const bucketKeySql = (column: string, unit: BucketUnit, zoneParam: string) =>
  unit === 'day' ? `to_char(${column} at time zone ${zoneParam}, 'YYYY-MM-DD')` : `to_char(date_trunc('week', ${column} at time zone ${zoneParam}), 'YYYY-MM-DD')`;

/** Per day when the filtered rows span at most 62 days from first to last start, else per week. */
export async function bucketUnit(pool: pg.Pool, query: LogQuery, team: string | null): Promise<BucketUnit> {
  const params = new SqlParams();
  const where = whereOf(logConditions(query, team, params));
  const { rows } = await pool.query<{ first: number | null; last: number | null }>(
    `select floor(extract(epoch from min(s.started_at)) * 1000)::float8 as first, floor(extract(epoch from max(s.started_at)) * 1000)::float8 as last from ${SESSIONS_WITH_AGENT} ${where}`,
    params.values,
  );
  const { first, last } = rows[0] ?? { first: null, last: null };
  return first !== null && last !== null && last - first > MAX_DAYS_PER_DAY * DAY ? 'week' : 'day';
}

/** "Sorted by key" as the browser sorts them (keys are ISO dates). */
export const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
