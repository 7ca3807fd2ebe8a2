import type pg from 'pg';
import type { CheckedRecord } from './check';
import { acceptedOutcome, takenIdOutcome, type Filing, type StoreOutcome } from './outcome';
import { ownedByOther } from './write-sessions';

/**
 * A shift checklist fills up during the shift: the more complete version wins, whatever order
 * they arrive in (completed beats not completed, then more ticks, then the larger record text).
 */
const UPSERT = `
insert into shifts (id, agent_id, team_id, shift_date, starts_at, completed_at, record)
values ($1, $2, $3, $4, $5, $6, $7::jsonb)
on conflict (id) do update set
  team_id = excluded.team_id, shift_date = excluded.shift_date, starts_at = excluded.starts_at, completed_at = excluded.completed_at,
  record = excluded.record, seq = nextval('change_seq'), received_at = now()
where shifts.agent_id = excluded.agent_id
  and (excluded.completed_at is not null, jsonb_array_length(excluded.record -> 'ticks'), excluded.record::text collate "C")
    > (shifts.completed_at is not null, jsonb_array_length(shifts.record -> 'ticks'), shifts.record::text collate "C")
returning id`;

export async function writeShift(client: pg.PoolClient, item: CheckedRecord & { kind: 'shift' }, filing: Filing): Promise<StoreOutcome> {
  const shift = item.record;
  const { rowCount } = await client.query(UPSERT, [shift.id, filing.agentId, filing.teamId, shift.shiftDate, shift.startsAt, shift.completedAt, JSON.stringify(shift)]);
  if (rowCount) return acceptedOutcome(item);
  return (await ownedByOther(client, 'shifts', shift.id, filing.agentId)) ? takenIdOutcome(item) : acceptedOutcome(item);
}
