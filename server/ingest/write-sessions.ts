import type pg from 'pg';
import type { CheckedRecord } from './check';
import { sessionColumns } from './columns';
import type { Filing, StoreOutcome } from './outcome';
import { outcomesOf } from './owned';

type SessionItem = CheckedRecord & { kind: 'session' };

/**
 * A session is a record that changes (its step, answers, outcome): the version with the greater
 * `updatedAt` wins, and an equal `updatedAt` is settled by the larger record text, so any order
 * of arrival ends in the same row. The batch's versions of one session are first reduced to the
 * winner by the same rule (one statement may touch a row only once), then upserted together. A
 * row that changes takes a new `seq` for the live view; a row of another agent is never taken over.
 */
const UPSERT = `
with incoming as (
  select distinct on (id) *
    from jsonb_to_recordset($1::jsonb) as x(
      id uuid, agent_id text, team_id text, area text, ticket_id text, status text, outcome text, reason_code text, started_at timestamptz,
      updated_at timestamptz, ended_at timestamptz, handling_seconds integer, pending_until timestamptz, attempts integer, failed_attempts integer,
      fill_base text, revision text, record jsonb)
   order by id, updated_at desc, record::text collate "C" desc
)
insert into sessions (id, agent_id, team_id, area, ticket_id, status, outcome, reason_code, started_at, updated_at, ended_at,
                      handling_seconds, pending_until, attempts, failed_attempts, fill_base, revision, record)
select id, agent_id, team_id, area, ticket_id, status, outcome, reason_code, started_at, updated_at, ended_at,
       handling_seconds, pending_until, attempts, failed_attempts, fill_base, revision, record
  from incoming
on conflict (id) do update set
  team_id = excluded.team_id, area = excluded.area, ticket_id = excluded.ticket_id, status = excluded.status, outcome = excluded.outcome,
  reason_code = excluded.reason_code, started_at = excluded.started_at, updated_at = excluded.updated_at, ended_at = excluded.ended_at,
  handling_seconds = excluded.handling_seconds, pending_until = excluded.pending_until, attempts = excluded.attempts,
  failed_attempts = excluded.failed_attempts, fill_base = excluded.fill_base, revision = excluded.revision, record = excluded.record,
  seq = nextval('change_seq'), received_at = now()
where sessions.agent_id = excluded.agent_id
  and (excluded.updated_at, excluded.record::text collate "C") > (sessions.updated_at, sessions.record::text collate "C")
returning id::text`;

export async function writeSessions(client: pg.PoolClient, items: SessionItem[], filing: Filing): Promise<StoreOutcome[]> {
  if (items.length === 0) return [];
  const rows = items.map(({ record }) => ({ id: record.id, agent_id: filing.agentId, team_id: filing.teamId, area: filing.area, ...sessionColumns(record), record }));
  const written = (await client.query<{ id: string }>(UPSERT, [JSON.stringify(rows)])).rows.map((row) => row.id);
  return outcomesOf(client, 'sessions', items, written, filing);
}
