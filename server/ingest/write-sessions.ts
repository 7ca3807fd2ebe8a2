import type pg from 'pg';
import type { Session } from '../../lib/schema';
import type { CheckedRecord } from './check';
import { sessionColumns } from './columns';
import { acceptedOutcome, takenIdOutcome, type Filing, type StoreOutcome } from './outcome';

/**
 * A session is a record that changes (its step, answers, outcome): the version with the greater
 * `updatedAt` wins, and an equal `updatedAt` is settled by the larger record text, so any order
 * of arrival ends in the same row. A row that changes takes a new `seq` for the live view. The
 * update is skipped for a row of another agent (an id is never taken over).
 */
const UPSERT = `
insert into sessions (id, agent_id, team_id, area, ticket_id, status, outcome, reason_code, started_at, updated_at, ended_at,
                      handling_seconds, pending_until, attempts, failed_attempts, fill_base, revision, record)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb)
on conflict (id) do update set
  team_id = excluded.team_id, area = excluded.area, ticket_id = excluded.ticket_id, status = excluded.status, outcome = excluded.outcome,
  reason_code = excluded.reason_code, started_at = excluded.started_at, updated_at = excluded.updated_at, ended_at = excluded.ended_at,
  handling_seconds = excluded.handling_seconds, pending_until = excluded.pending_until, attempts = excluded.attempts,
  failed_attempts = excluded.failed_attempts, fill_base = excluded.fill_base, revision = excluded.revision, record = excluded.record,
  seq = nextval('change_seq'), received_at = now()
where sessions.agent_id = excluded.agent_id
  and (excluded.updated_at, excluded.record::text collate "C") > (sessions.updated_at, sessions.record::text collate "C")
returning id`;

export async function writeSession(client: pg.PoolClient, item: CheckedRecord & { kind: 'session' }, filing: Filing): Promise<StoreOutcome> {
  const session: Session = item.record;
  const c = sessionColumns(session);
  const { rowCount } = await client.query(UPSERT, [
    session.id,
    filing.agentId,
    filing.teamId,
    filing.area,
    c.ticket_id,
    c.status,
    c.outcome,
    c.reason_code,
    c.started_at,
    c.updated_at,
    c.ended_at,
    c.handling_seconds,
    c.pending_until,
    c.attempts,
    c.failed_attempts,
    c.fill_base,
    c.revision,
    JSON.stringify(session),
  ]);
  if (rowCount) return acceptedOutcome(item);
  return (await ownedByOther(client, 'sessions', session.id, filing.agentId)) ? takenIdOutcome(item) : acceptedOutcome(item);
}

/** True when the table holds this id for another agent (the upsert above then changed nothing). */
export async function ownedByOther(client: pg.PoolClient, table: 'sessions' | 'shifts', id: string, agentId: string): Promise<boolean> {
  const { rows } = await client.query<{ agent_id: string }>(`select agent_id from ${table} where id = $1`, [id]);
  return rows[0] !== undefined && rows[0].agent_id !== agentId;
}
