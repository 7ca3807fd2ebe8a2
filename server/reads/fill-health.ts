import type pg from 'pg';
import * as z from 'zod/mini';
import { FILL_FAILURES, type FillFailure } from '../../lib/schema';
import { fillHealthSchema, type FillHealth, type LogQuery } from '../../lib/team';
import { outcomeConditions, periodConditions, ticketCondition } from './log-filter';
import { currentSeq } from './seq';
import { SqlParams } from './sql-params';

/** A field failing lately for several agents: how a lead learns that NOSSA changed. */
export const ALERT_WINDOW_HOURS = 8;
export const ALERT_MIN_FAILURES = 3;
export const ALERT_MIN_AGENTS = 2;

/**
 * Each field result of Pandu's fills ("fill.field" events) the filter covers: the days (in the
 * lead's zone), agent and area of the event; ticket, outcome and reason of its session. The
 * profile comes from the fill's "fill.started" event (same fillId); '' when that never arrived.
 */
function fieldResultsSql(query: LogQuery, team: string | null, params: SqlParams): string {
  const { filter, zone } = query;
  const where = [`e.type = 'fill.field'`];
  if (team !== null) where.push(`e.team_id = ${params.add(team)}`);
  where.push(...periodConditions('e.at', filter, zone, params));
  if (filter.agentId !== null) where.push(`e.agent_id = ${params.add(filter.agentId)}`);
  if (filter.area !== null) where.push(`a.area = ${params.add(filter.area)}`);
  const ticket = ticketCondition('e.ticket_id', filter, params);
  if (ticket) where.push(ticket);
  const session = outcomeConditions(filter, params);
  if (session.length) where.push(`exists (select 1 from sessions s where s.id = e.session_id and ${session.join(' and ')})`);
  return `select e.record -> 'payload' -> 'result' ->> 'field' as field, e.record -> 'payload' -> 'result' ->> 'status' = 'failed' as failed,
      e.record -> 'payload' -> 'result' ->> 'reason' as reason, to_char(e.at at time zone ${params.add(zone)}, 'YYYY-MM-DD') as day,
      coalesce((select x.record -> 'payload' ->> 'profileId' from events x
                 where x.type = 'fill.started' and x.record -> 'payload' ->> 'fillId' = e.record -> 'payload' ->> 'fillId' and x.team_id = e.team_id limit 1), '') as profile
    from events e left join accounts a on a.nossa_user_id = e.agent_id where ${where.join(' and ')}`;
}

type Group = { field: string; part: string; failed: boolean; count: number };

async function grouped(pool: pg.Pool, query: LogQuery, team: string | null, by: 'reason' | 'profile' | 'day'): Promise<Group[]> {
  const params = new SqlParams();
  const results = fieldResultsSql(query, team, params);
  const { rows } = await pool.query<Group>(`select field, coalesce(${by}, '') as part, failed, count(*)::int as count from (${results}) r group by 1, 2, 3`, params.values);
  return rows;
}

type FieldHealth = FillHealth['fields'][number];

/** 3+ failures from 2+ agents within the last 8 hours (all of the team, whatever the filter: it is about now). */
async function alerts(pool: pg.Pool, team: string | null, now: number): Promise<FillHealth['alerts']> {
  const params = new SqlParams();
  const where = [`e.type = 'fill.field'`, `e.record -> 'payload' -> 'result' ->> 'status' = 'failed'`];
  // "skipped" is a field left alone after an earlier one failed: the earlier field is the news.
  where.push(`coalesce(e.record -> 'payload' -> 'result' ->> 'reason', '') <> 'skipped'`);
  if (team !== null) where.push(`e.team_id = ${params.add(team)}`);
  const end = `${params.add(new Date(now).toISOString())}::timestamptz`;
  where.push(`e.at > ${end} - make_interval(hours => ${ALERT_WINDOW_HOURS})`, `e.at <= ${end}`);
  const { rows } = await pool.query<{ field: string; failures: number; agents: number; first_at: Date; last_at: Date; reasons: Array<string | null> }>(
    `select e.record -> 'payload' -> 'result' ->> 'field' as field, count(*)::int as failures, count(distinct e.agent_id)::int as agents,
            min(e.at) as first_at, max(e.at) as last_at, array_agg(distinct e.record -> 'payload' -> 'result' ->> 'reason') as reasons
       from events e where ${where.join(' and ')}
      group by 1 having count(*) >= ${ALERT_MIN_FAILURES} and count(distinct e.agent_id) >= ${ALERT_MIN_AGENTS}
      order by count(*) desc, 1`,
    params.values,
  );
  return rows.map((row) => ({
    field: row.field,
    failures: row.failures,
    agents: row.agents,
    firstAt: row.first_at.toISOString(),
    lastAt: row.last_at.toISOString(),
    reasons: row.reasons.filter((reason): reason is FillFailure => (FILL_FAILURES as readonly (string | null)[]).includes(reason)).sort(),
  }));
}

/** Fill health per NOSSA field over the filter, and the fields failing for several agents lately. */
export async function fillHealth(pool: pg.Pool, query: LogQuery, team: string | null, now: number): Promise<FillHealth> {
  const seq = await currentSeq(pool, team);
  const [byReason, byProfile, byDay, alerting] = await Promise.all([
    grouped(pool, query, team, 'reason'),
    grouped(pool, query, team, 'profile'),
    grouped(pool, query, team, 'day'),
    alerts(pool, team, now),
  ]);
  const fields = new Map<string, FieldHealth>();
  const fieldOf = (name: string) => {
    let field = fields.get(name);
    if (!field) {
      const zeros = Object.fromEntries(FILL_FAILURES.map((reason) => [reason, 0])) as FieldHealth['byReason'];
      fields.set(name, (field = { field: name, fills: 0, failures: 0, byReason: zeros, byProfile: [], byDay: [] }));
    }
    return field;
  };
  for (const group of byReason) {
    const field = fieldOf(group.field);
    field.fills += group.count;
    if (!group.failed) continue;
    field.failures += group.count;
    if ((FILL_FAILURES as readonly string[]).includes(group.part)) field.byReason[group.part as FillFailure] += group.count;
  }
  const tallies = (groups: Group[], list: (field: FieldHealth) => Array<{ fills: number; failures: number } & Record<string, unknown>>, key: 'profile' | 'day') => {
    for (const group of groups) {
      const entries = list(fieldOf(group.field));
      let entry = entries.find((e) => e[key] === group.part);
      if (!entry) entries.push((entry = { [key]: group.part, fills: 0, failures: 0 }));
      entry.fills += group.count;
      if (group.failed) entry.failures += group.count;
    }
  };
  tallies(byProfile, (field) => field.byProfile, 'profile');
  tallies(byDay, (field) => field.byDay, 'day');
  const ordered = [...fields.values()].sort((a, b) => b.failures - a.failures || (a.field < b.field ? -1 : 1));
  for (const field of ordered) {
    field.byProfile.sort((a, b) => (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0));
    field.byDay.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }
  return z.parse(fillHealthSchema, { fields: ordered, alerts: alerting, seq });
}
