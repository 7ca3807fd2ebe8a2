import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { toLogRow, type AgentInfo, type LogRow } from '../../lib/logs';
import type { Area, PanduEvent, Session, Shift } from '../../lib/schema';
import type { Account, IngestItem, Role } from '../../lib/team';
import { hashSecret, newToken, type Caller } from '../../server/auth';
import { storeBatch } from '../../server/ingest/store';

/** A team's people for the read tests: rows in teams/accounts/tokens, each with a usable bearer token. */
export interface Member {
  caller: Caller;
  token: string;
  auth: { authorization: string };
}

export async function createTeam(pool: pg.Pool, id: string, name = `Tim ${id}`): Promise<void> {
  await pool.query('insert into teams (id, name) values ($1, $2) on conflict (id) do nothing', [id, name]);
}

export async function createMember(pool: pg.Pool, input: { role: Role; name: string; team: string | null; nossaUserId?: string; area?: Area | null }): Promise<Member> {
  const id = randomUUID();
  const nossaUserId = input.role === 'agent' ? (input.nossaUserId ?? String(900000 + Math.floor(Math.random() * 99999))) : null;
  const area = input.area ?? null;
  await pool.query('insert into accounts (id, role, name, nossa_user_id, area, team_id) values ($1, $2, $3, $4, $5, $6)', [
    id,
    input.role,
    input.name,
    nossaUserId,
    area,
    input.team,
  ]);
  const token = newToken();
  const tokenId = randomUUID();
  await pool.query('insert into tokens (id, account_id, token_hash) values ($1, $2, $3)', [tokenId, id, hashSecret(token)]);
  const team = input.team ? { id: input.team, name: (await pool.query<{ name: string }>('select name from teams where id = $1', [input.team])).rows[0]!.name } : null;
  const account: Account = { id, role: input.role, name: input.name, nossaUserId, area, team };
  return { caller: { tokenId, ...account }, token, auth: { authorization: `Bearer ${token}` } };
}

export type SyncedRecord = { kind: 'session'; record: Session } | { kind: 'event'; record: PanduEvent } | { kind: 'shift'; record: Shift };

/** Stores an agent's records the way they really arrive: through ingest (storeBatch), in batches. */
export async function storeRecords(pool: pg.Pool, agent: Member, records: readonly SyncedRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += 400) {
    const items: IngestItem[] = records.slice(start, start + 400).map((item) => ({ kind: item.kind, record: item.record }));
    const answer = await storeBatch(pool, agent.caller, items);
    if (answer.quarantined.length) throw new Error(`seed records refused: ${JSON.stringify(answer.quarantined.slice(0, 3))}`);
  }
}

export const sessionsOf = (records: readonly Session[]): SyncedRecord[] => records.map((record) => ({ kind: 'session', record }));
export const eventsOf = (records: readonly PanduEvent[]): SyncedRecord[] => records.map((record) => ({ kind: 'event', record }));
export const shiftsOf = (records: readonly Shift[]): SyncedRecord[] => records.map((record) => ({ kind: 'shift', record }));

/** The agents as the browser's directory would know them (name and area from their accounts). */
export function directoryOf(members: readonly Member[]): Map<string, AgentInfo> {
  return new Map(
    members
      .filter((m) => m.caller.nossaUserId)
      .map((m) => [m.caller.nossaUserId!, { nossaUserId: m.caller.nossaUserId!, name: m.caller.name, area: m.caller.area, teamLead: '' } satisfies AgentInfo]),
  );
}

/** Session id -> ok of its last "fill.result" (the browser's lastFillResults). */
export function lastFillOf(events: readonly PanduEvent[]): Map<string, boolean> {
  const latest = new Map<string, { at: string; id: string; ok: boolean }>();
  for (const event of events) {
    if (event.type !== 'fill.result' || !event.sessionId) continue;
    const known = latest.get(event.sessionId);
    if (!known || event.at > known.at || (event.at === known.at && event.id > known.id)) latest.set(event.sessionId, { at: event.at, id: event.id, ok: event.payload.ok });
  }
  return new Map([...latest].map(([id, { ok }]) => [id, ok]));
}

/** The rows the browser's table would build from the same records. */
export function browserRows(sessions: readonly Session[], events: readonly PanduEvent[], members: readonly Member[]): LogRow[] {
  const context = { agents: directoryOf(members), lastFill: lastFillOf(events) };
  return sessions.map((session) => toLogRow(session, context));
}
