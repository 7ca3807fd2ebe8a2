import type pg from 'pg';
import type { CheckedRecord } from './check';
import type { Filing, StoreOutcome } from './outcome';
import { outcomesOf } from './owned';

type ShiftItem = CheckedRecord & { kind: 'shift' };

/**
 * A shift checklist fills up during the shift: the more complete version wins, whatever order
 * they arrive in (completed beats not completed, then more ticks, then the larger record text).
 * The batch's versions of one checklist are reduced to the winner by the same rule first.
 */
const UPSERT = `
with incoming as (
  select distinct on (id) *
    from jsonb_to_recordset($1::jsonb) as x(id uuid, agent_id text, team_id text, shift_date date, starts_at timestamptz, completed_at timestamptz, record jsonb)
   order by id, completed_at is not null desc, jsonb_array_length(record -> 'ticks') desc, record::text collate "C" desc
)
insert into shifts (id, agent_id, team_id, shift_date, starts_at, completed_at, record)
select id, agent_id, team_id, shift_date, starts_at, completed_at, record from incoming
on conflict (id) do update set
  team_id = excluded.team_id, shift_date = excluded.shift_date, starts_at = excluded.starts_at, completed_at = excluded.completed_at,
  record = excluded.record, seq = nextval('change_seq'), received_at = now()
where shifts.agent_id = excluded.agent_id
  and (excluded.completed_at is not null, jsonb_array_length(excluded.record -> 'ticks'), excluded.record::text collate "C")
    > (shifts.completed_at is not null, jsonb_array_length(shifts.record -> 'ticks'), shifts.record::text collate "C")
returning id::text`;

export async function writeShifts(client: pg.PoolClient, items: ShiftItem[], filing: Filing): Promise<StoreOutcome[]> {
  if (items.length === 0) return [];
  const rows = items.map(({ record }) => ({
    id: record.id,
    agent_id: filing.agentId,
    team_id: filing.teamId,
    shift_date: record.shiftDate,
    starts_at: record.startsAt,
    completed_at: record.completedAt,
    record,
  }));
  const written = (await client.query<{ id: string }>(UPSERT, [JSON.stringify(rows)])).rows.map((row) => row.id);
  return outcomesOf(client, 'shifts', items, written, filing);
}
