import type pg from 'pg';
import * as z from 'zod/mini';
import type { Area } from '../../lib/schema';
import { practiceSchema, type LogQuery, type Practice } from '../../lib/team';
import { SESSIONS_WITH_AGENT, logConditions, whereOf } from './log-filter';
import { readinessMarks } from './readiness';
import { currentSeq } from './seq';
import { SqlParams } from './sql-params';

interface SessionFigures {
  agent_id: string;
  sessions: number;
  unreachable: number;
  unreachable_median: number | null;
  unreachable_min: number | null;
  saved: number;
  saved_median: number | null;
  saved_p90: number | null;
  missed: number;
}

/**
 * Per agent, over the filtered sessions:
 * - call attempts logged (the flow's attempt list) in each session that ended "unreachable";
 * - request to NOSSA saved: seconds from the session's start to its end, for sessions whose
 *   NOSSA update is on record as saved: outcome unreachable or approved (the outcomes that
 *   change the ticket) and applied by a fill proven by read-back ('ok') or recorded as done by
 *   hand ('manual'). A fill never proven saved does not count: "done" means saved;
 * - follow-ups missed: a pending whose agreed time is past `now` with no "followup.resolved"
 *   event for the session, at any time.
 * Medians and p90 as the charts take them (the value at position ceil(q * n)).
 */
async function sessionFigures(pool: pg.Pool, query: LogQuery, team: string | null, now: number): Promise<SessionFigures[]> {
  const params = new SqlParams();
  const where = whereOf(logConditions(query, team, params));
  const at = `${params.add(new Date(now).toISOString())}::timestamptz`;
  const unreachable = `s.outcome = 'unreachable'`;
  const saved = `s.outcome in ('unreachable', 'approved') and s.fill_base in ('ok', 'manual') and s.handling_seconds is not null`;
  const { rows } = await pool.query<SessionFigures>(
    `select s.agent_id, count(*)::int as sessions,
            count(*) filter (where ${unreachable})::int as unreachable,
            percentile_disc(0.5) within group (order by s.attempts) filter (where ${unreachable}) as unreachable_median,
            min(s.attempts) filter (where ${unreachable}) as unreachable_min,
            count(*) filter (where ${saved})::int as saved,
            percentile_disc(0.5) within group (order by s.handling_seconds) filter (where ${saved}) as saved_median,
            percentile_disc(0.9) within group (order by s.handling_seconds) filter (where ${saved}) as saved_p90,
            count(*) filter (where s.pending_until < ${at} and not exists (
              select 1 from events r where r.team_id = s.team_id and r.type = 'followup.resolved' and r.record -> 'payload' ->> 'sessionId' = s.id::text))::int as missed
       from ${SESSIONS_WITH_AGENT} ${where} group by s.agent_id`,
    params.values,
  );
  return rows;
}

/** The team's agents the filter names (all of them, or one agent, or one area), with or without sessions. */
async function agentsOf(pool: pg.Pool, query: LogQuery, team: string | null) {
  const params = new SqlParams();
  const where = ['a.nossa_user_id is not null'];
  if (team !== null) where.push(`a.team_id = ${params.add(team)}`);
  if (query.filter.agentId !== null) where.push(`a.nossa_user_id = ${params.add(query.filter.agentId)}`);
  if (query.filter.area !== null) where.push(`a.area = ${params.add(query.filter.area)}`);
  const { rows } = await pool.query<{ nossa_user_id: string; name: string; area: Area | null }>(
    `select a.nossa_user_id, a.name, a.area from accounts a where ${where.join(' and ')}`,
    params.values,
  );
  return rows;
}

/** Per-agent practice against the instruction (issue 13): checklists, calls before "unreachable", time to saved, missed follow-ups. */
export async function practice(pool: pg.Pool, query: LogQuery, team: string | null, now: number): Promise<Practice> {
  const seq = await currentSeq(pool, team);
  const [figures, marks, accounts] = await Promise.all([sessionFigures(pool, query, team, now), readinessMarks(pool, query, team, 'day', now), agentsOf(pool, query, team)]);
  const agents = new Map<string, Practice['agents'][number]>();
  const agentOf = (agentId: string) => {
    let agent = agents.get(agentId);
    if (!agent) {
      agents.set(
        agentId,
        (agent = {
          agentId,
          name: '',
          area: '',
          sessions: 0,
          checklists: { onTime: 0, late: 0, missing: 0 },
          unreachableAttempts: { count: 0, median: null, min: null },
          requestToSaved: { count: 0, median: null, p90: null },
          followUpsMissed: 0,
        }),
      );
    }
    return agent;
  };
  for (const account of accounts) Object.assign(agentOf(account.nossa_user_id), { name: account.name, area: account.area ?? '' });
  for (const row of figures) {
    Object.assign(agentOf(row.agent_id), {
      sessions: row.sessions,
      unreachableAttempts: { count: row.unreachable, median: row.unreachable_median, min: row.unreachable_min },
      requestToSaved: { count: row.saved, median: row.saved_median, p90: row.saved_p90 },
      followUpsMissed: row.missed,
    });
  }
  for (const mark of marks) agentOf(mark.agentId).checklists[mark.series] += mark.count;
  const list = [...agents.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.agentId < b.agentId ? -1 : 1));
  return z.parse(practiceSchema, { agents: list, seq });
}
