import { nextDay, type LogFilter } from '../../lib/logs';
import type { LogQuery } from '../../lib/team';
import type { SqlParams } from './sql-params';

/**
 * The sessions a read covers, `s` joined to its agent's account `a` (name and area, as the
 * browser's directory gives them) and its last fill result `f`. Every read of the log starts here.
 */
export const LOG_FROM = `sessions s
  left join accounts a on a.nossa_user_id = s.agent_id
  left join session_fills f on f.session_id = s.id and f.agent_id = s.agent_id`;

/** The same without the fill results, for reads that do not show the fill column. */
export const SESSIONS_WITH_AGENT = 'sessions s left join accounts a on a.nossa_user_id = s.agent_id';

/** lib/logs fillStateOf: the way the session was applied wins ('ok' fill proven, 'manual'), else its last fill run. */
export const FILL_SQL = `(case when s.fill_base in ('ok', 'manual') then s.fill_base when f.ok then 'unsaved' when not f.ok then 'failed' else 'none' end)`;

/** A local calendar day's first instant in the lead's zone (lib/time dayStart), as SQL. */
const dayStartSql = (day: string, zone: string, params: SqlParams) => `(${params.add(day)}::date::timestamp at time zone ${params.add(zone)})`;

/**
 * lib/logs compileFilter as SQL conditions: from/to are the lead's local days (inclusive), the
 * ticket a part of the id in any case, "open" a session without an outcome. `team` null reads
 * every team (an admin's choice).
 */
export function logConditions(query: LogQuery, team: string | null, params: SqlParams): string[] {
  const { filter, zone } = query;
  const where: string[] = [];
  if (team !== null) where.push(`s.team_id = ${params.add(team)}`);
  where.push(...periodConditions('s.started_at', filter, zone, params));
  if (filter.agentId !== null) where.push(`s.agent_id = ${params.add(filter.agentId)}`);
  if (filter.area !== null) where.push(`a.area = ${params.add(filter.area)}`);
  where.push(...outcomeConditions(filter, params));
  const ticket = ticketCondition('s.ticket_id', filter, params);
  if (ticket) where.push(ticket);
  return where;
}

/** The filter's first and last day (the lead's local days, inclusive) on an instant column. */
export function periodConditions(column: string, filter: LogFilter, zone: string, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter.from) where.push(`${column} >= ${dayStartSql(filter.from, zone, params)}`);
  if (filter.to) where.push(`${column} < ${dayStartSql(nextDay(filter.to), zone, params)}`);
  return where;
}

/** The outcome ("open": none yet) and the reason, on the session `s`. */
export function outcomeConditions(filter: LogFilter, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter.outcome === 'open') where.push('s.outcome is null');
  else if (filter.outcome !== null) where.push(`s.outcome = ${params.add(filter.outcome)}`);
  if (filter.reasonCode !== null) where.push(`s.reason_code = ${params.add(filter.reasonCode)}`);
  return where;
}

/**
 * The ticket search: a part of the id, in any case. LIKE, so the trigram index (migration 003)
 * answers it on sessions; the lead's "%", "_" and backslash are escaped (backslash is LIKE's
 * escape character), so the text is matched as it is.
 */
export function ticketCondition(column: string, filter: LogFilter, params: SqlParams): string | null {
  const ticket = filter.ticket.trim().toUpperCase();
  return ticket === '' ? null : `${column} like ${params.add(`%${ticket.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`;
}

export const whereOf = (conditions: readonly string[]) => (conditions.length ? `where ${conditions.join(' and ')}` : '');
