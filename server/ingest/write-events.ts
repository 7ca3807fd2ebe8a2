import type pg from 'pg';
import type { PanduEvent } from '../../lib/schema';
import type { CheckedRecord } from './check';
import { acceptedOutcome, type Filing, type StoreOutcome } from './outcome';

type EventItem = CheckedRecord & { kind: 'event' };

/** Events are append-only: each id is inserted once, in one statement for the whole batch. */
const INSERT = `
insert into events (id, agent_id, team_id, session_id, ticket_id, type, at, record)
select id, agent_id, team_id, session_id, ticket_id, type, at, record
  from jsonb_to_recordset($1::jsonb) as x(id uuid, agent_id text, team_id text, session_id uuid, ticket_id text, type text, at timestamptz, record jsonb)
on conflict (id) do nothing
returning id::text`;

/** For the ids already stored: is the stored event the same one (same agent, same content)? */
const COMPARE = `
select x.i, e.agent_id = x.agent_id as own, e.record = x.record as same
  from jsonb_to_recordset($1::jsonb) as x(i int, id uuid, agent_id text, record jsonb)
  join events e on e.id = x.id`;

/**
 * The last fill result of a session, exactly as the browser's lastFillResults picks it: the
 * latest `at`, a tie going to the larger event id. Kept per session whatever order events came in.
 */
const FILL = `
insert into session_fills (session_id, at, ok, event_id, agent_id)
values ($1, $2, $3, $4, $5)
on conflict (session_id) do update set at = excluded.at, ok = excluded.ok, event_id = excluded.event_id
where session_fills.agent_id is not distinct from excluded.agent_id
  and (excluded.at, excluded.event_id) > (session_fills.at, session_fills.event_id)`;

export async function writeEvents(client: pg.PoolClient, items: EventItem[], filing: Filing): Promise<StoreOutcome[]> {
  if (items.length === 0) return [];
  const rows = items.map(({ record }) => ({
    id: record.id,
    agent_id: filing.agentId,
    team_id: filing.teamId,
    session_id: record.sessionId,
    ticket_id: record.ticketId,
    type: record.type,
    at: record.at,
    record,
  }));
  const inserted = new Set((await client.query<{ id: string }>(INSERT, [JSON.stringify(rows)])).rows.map((row) => row.id));
  const firstIndex = new Map<string, number>();
  for (const item of items) if (!firstIndex.has(keyOf(item))) firstIndex.set(keyOf(item), item.index);
  // Only the first copy of an id in the batch can be the one inserted; later copies compare with it.
  const isNew = (item: EventItem) => inserted.has(keyOf(item)) && firstIndex.get(keyOf(item)) === item.index;
  const repeated = items.filter((item) => !isNew(item));
  const verdicts = new Map<number, { own: boolean; same: boolean }>();
  if (repeated.length > 0) {
    const compared = repeated.map((item) => ({ i: item.index, id: item.record.id, agent_id: filing.agentId, record: item.record }));
    for (const row of (await client.query<{ i: number; own: boolean; same: boolean }>(COMPARE, [JSON.stringify(compared)])).rows) verdicts.set(row.i, row);
  }
  for (const item of items) if (isNew(item) && item.record.type === 'fill.result' && item.record.sessionId) await writeFill(client, item.record, filing);
  return items.map((item) => {
    const verdict = verdicts.get(item.index);
    if (isNew(item) || (verdict?.own && verdict.same)) return acceptedOutcome(item);
    const reason =
      verdict && !verdict.own ? 'this event id is already stored for another agent' : 'this event id is already stored with different content (events are never rewritten)';
    return { index: item.index, refusal: { index: item.index, id: item.record.id, path: 'record.id', reason, kind: 'event', raw: item.record } };
  });
}

/** PostgreSQL answers uuids in lower case. */
const keyOf = (item: EventItem) => item.record.id.toLowerCase();

async function writeFill(client: pg.PoolClient, event: PanduEvent & { type: 'fill.result' }, filing: Filing): Promise<void> {
  await client.query(FILL, [event.sessionId, event.at, event.payload.ok, event.id, filing.agentId]);
}
