import type pg from 'pg';
import { punctuality } from '../../lib/shifts';
import type { LogQuery } from '../../lib/team';
import { bucketKeySql, byKey, type BucketUnit } from './buckets';
import { SESSIONS_WITH_AGENT, logConditions, whereOf } from './log-filter';
import { rowPages } from './row-stream';
import { SqlParams } from './sql-params';

export const READINESS_SERIES = ['onTime', 'late', 'missing'] as const;
export type ReadinessSeries = (typeof READINESS_SERIES)[number];

/** A count of readiness marks of one agent in one chart bucket. */
export interface ReadinessMark {
  key: string;
  agentId: string;
  series: ReadinessSeries;
  count: number;
}

/**
 * The shift checklists the filter covers (its days, agent and area; outcome, reason and ticket
 * say nothing about a checklist), each judged by lib/shifts punctuality in TypeScript, read a
 * page at a time. Records without shift times cannot be judged and are left out, as in the browser.
 */
async function checklistMarks(pool: pg.Pool, query: LogQuery, team: string | null, unit: BucketUnit, now: number, marks: Map<string, ReadinessMark>) {
  const { filter, zone } = query;
  const params = new SqlParams();
  const where = ['sh.starts_at is not null'];
  if (team !== null) where.push(`sh.team_id = ${params.add(team)}`);
  if (filter.from) where.push(`sh.shift_date >= ${params.add(filter.from)}::date`);
  if (filter.to) where.push(`sh.shift_date <= ${params.add(filter.to)}::date`);
  if (filter.agentId !== null) where.push(`sh.agent_id = ${params.add(filter.agentId)}`);
  if (filter.area !== null) where.push(`a.area = ${params.add(filter.area)}`);
  const sql = `select ${bucketKeySql('sh.starts_at', unit, params.add(zone))} as key, sh.agent_id, sh.record ->> 'startsAt' as starts_at,
      sh.record ->> 'completedAt' as completed_at, (sh.record ->> 'graceMinutes')::int as grace_minutes
    from shifts sh left join accounts a on a.nossa_user_id = sh.agent_id where ${where.join(' and ')}`;
  type ShiftRow = { key: string; agent_id: string; starts_at: string | null; completed_at: string | null; grace_minutes: number | null };
  for await (const page of rowPages<ShiftRow>(pool, sql, params.values, 2_000)) {
    for (const row of page) {
      const state = punctuality({ startsAt: row.starts_at, completedAt: row.completed_at, graceMinutes: row.grace_minutes }, now).state;
      const series: ReadinessSeries | null = state === 'on-time' ? 'onTime' : state === 'late' ? 'late' : state === 'overdue' ? 'missing' : null;
      if (series) add(marks, { key: row.key, agentId: row.agent_id, series, count: 1 });
    }
  }
}

/**
 * Days on which an agent handled tickets with no checklist: a session not inside the window of
 * the agent's latest shift started before it, on a day without an untimed (old) record either.
 * Counted once per agent and local day, in SQL (the sessions may be millions).
 */
async function missingDays(pool: pg.Pool, query: LogQuery, team: string | null, unit: BucketUnit, marks: Map<string, ReadinessMark>) {
  const params = new SqlParams();
  const conditions = logConditions(query, team, params);
  const zone = params.add(query.zone);
  conditions.push(
    `not exists (select 1 from shifts d where d.team_id = s.team_id and d.agent_id = s.agent_id
       and d.shift_date = (s.started_at at time zone ${zone})::date and (d.starts_at is null or d.record ->> 'endsAt' is null))`,
    `not coalesce((select (w.record ->> 'endsAt')::timestamptz > s.started_at from shifts w
       where w.team_id = s.team_id and w.agent_id = s.agent_id and w.starts_at <= s.started_at and w.record ->> 'endsAt' is not null
       order by w.starts_at desc limit 1), false)`,
  );
  const { rows } = await pool.query<{ key: string; agent_id: string; count: number }>(
    `select key, agent_id, count(*)::int as count from (
       select s.agent_id, to_char(s.started_at at time zone ${zone}, 'YYYY-MM-DD') as day, min(${bucketKeySql('s.started_at', unit, zone)}) as key
         from ${SESSIONS_WITH_AGENT} ${whereOf(conditions)} group by 1, 2) missing
     group by key, agent_id`,
    params.values,
  );
  for (const row of rows) add(marks, { key: row.key, agentId: row.agent_id, series: 'missing', count: row.count });
}

function add(marks: Map<string, ReadinessMark>, mark: ReadinessMark) {
  const id = `${mark.key}|${mark.agentId}|${mark.series}`;
  const known = marks.get(id);
  if (known) known.count += mark.count;
  else marks.set(id, { ...mark });
}

/** Shift-start readiness (IK 1.1) per agent and bucket: on time, late, missing (the browser's charts' rules). */
export async function readinessMarks(pool: pg.Pool, query: LogQuery, team: string | null, unit: BucketUnit, now: number): Promise<ReadinessMark[]> {
  const marks = new Map<string, ReadinessMark>();
  await Promise.all([checklistMarks(pool, query, team, unit, now, marks), missingDays(pool, query, team, unit, marks)]);
  return [...marks.values()];
}

const zeros = () => ({ onTime: 0, late: 0, missing: 0 });

export function readinessPerBucket(marks: readonly ReadinessMark[]) {
  const buckets = new Map<string, Record<ReadinessSeries, number>>();
  const totals = zeros();
  for (const mark of marks) {
    let values = buckets.get(mark.key);
    if (!values) buckets.set(mark.key, (values = zeros()));
    values[mark.series] += mark.count;
    totals[mark.series] += mark.count;
  }
  return { buckets: [...buckets].map(([key, values]) => ({ key, values })).sort(byKey), totals };
}
