import type pg from 'pg';
import type { Account, AccountCreated } from '../../lib/team';
import { createAccount, createTeam, type AccountInput } from '../../server/accounts/store';
import { enrol } from '../../server/accounts/enrol';
import type { Caller } from '../../server/auth';

/** An enrolled account: its token (for `authorization`) and the caller the server sees behind it. */
export interface Enrolled {
  account: Account;
  token: string;
  tokenId: string;
  caller: Caller;
  auth: { authorization: string };
}

export async function addTeam(pool: pg.Pool, id = 'occ-bdg', name = 'OCC Bandung') {
  return createTeam(pool, { id, name });
}

/** Creates an account the way the CLI does and enrols it the way a browser does. */
export async function enrolled(pool: pg.Pool, input: Partial<AccountInput> & Pick<AccountInput, 'role'>): Promise<Enrolled> {
  const created: AccountCreated = await createAccount(pool, {
    name: `${input.role} ${Math.random().toString(36).slice(2, 8)}`,
    nossaUserId: null,
    area: null,
    teamId: input.role === 'admin' ? null : 'occ-bdg',
    ...input,
  });
  const { token, tokenId, account } = await enrol(pool, created.enrolment.code, 'test browser');
  return { account, token, tokenId, caller: { ...account, tokenId }, auth: { authorization: `Bearer ${token}` } };
}

export const agentOf = (pool: pg.Pool, nossaUserId: string, teamId = 'occ-bdg', area: Account['area'] = 'BDG') =>
  enrolled(pool, { role: 'agent', nossaUserId, teamId, area, name: `Agen ${nossaUserId}` });

/** The tables ingest writes, in a stable order and without the columns that depend on arrival (seq, received_at). */
export async function storedState(pool: pg.Pool) {
  const read = async (sql: string) => (await pool.query(sql)).rows;
  return {
    sessions: await read(`select id, agent_id, team_id, ticket_id, status, outcome, reason_code, area, started_at, updated_at, ended_at, handling_seconds,
                                 pending_until, attempts, failed_attempts, fill_base, revision, record from sessions order by id`),
    events: await read('select id, agent_id, team_id, session_id, ticket_id, type, at, record from events order by id'),
    shifts: await read('select id, agent_id, team_id, shift_date, starts_at, completed_at, record from shifts order by id'),
    fills: await read('select session_id, at, ok, event_id, agent_id from session_fills order by session_id'),
  };
}
