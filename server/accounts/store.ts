import { randomUUID } from 'node:crypto';
import type { Account, AccountCreated, AccountList, EnrolCodeIssued, TeamRef } from '../../lib/team';
import { hashSecret } from '../auth';
import { ApiFailure, notFound } from '../errors';
import { ENROL_CODE_LIFETIME_MS, newEnrolCode } from './codes';
import { ACCOUNT_COLUMNS, ACCOUNT_FROM, accountById, accountOf, tokenOf, type AccountRow, type Queryable, type TokenRow } from './rows';

/**
 * Teams, accounts, enrolment codes and tokens: the one place that writes them, for the HTTP
 * routes and the CLI alike. Who may do what is decided before (server/accounts/rules.ts).
 */

const UNIQUE_VIOLATION = '23505';
const isUnique = (error: unknown) => (error as { code?: string }).code === UNIQUE_VIOLATION;

export async function createTeam(db: Queryable, team: TeamRef): Promise<TeamRef> {
  try {
    await db.query('insert into teams (id, name) values ($1, $2)', [team.id, team.name]);
  } catch (error) {
    if (isUnique(error)) throw new ApiFailure(409, 'conflict', `team "${team.id}" already exists`);
    throw error;
  }
  return team;
}

export async function listTeams(db: Queryable, only: string | null): Promise<TeamRef[]> {
  const { rows } = await db.query<TeamRef>('select id, name from teams where $1::text is null or id = $1 order by name, id', [only]);
  return rows.map(({ id, name }) => ({ id, name }));
}

export interface AccountInput {
  role: Account['role'];
  name: string;
  nossaUserId: string | null;
  area: Account['area'];
  teamId: string | null;
}

/** A new account and its first one-time enrolment code (shown once). */
export async function createAccount(db: Queryable, input: AccountInput): Promise<AccountCreated> {
  if (input.role === 'agent' && !input.nossaUserId)
    throw new ApiFailure(400, 'request.invalid', 'an agent needs its NOSSA user id', [{ path: 'nossaUserId', reason: 'required for an agent' }]);
  if (input.role !== 'agent' && input.nossaUserId)
    throw new ApiFailure(400, 'request.invalid', 'only an agent has a NOSSA user id', [{ path: 'nossaUserId', reason: 'only for an agent' }]);
  if (input.role === 'admin' && input.teamId)
    throw new ApiFailure(400, 'request.invalid', 'an admin belongs to no team', [{ path: 'teamId', reason: 'only for a lead or an agent' }]);
  if (input.role !== 'admin' && !input.teamId) throw new ApiFailure(400, 'request.invalid', 'a lead or an agent needs a team', [{ path: 'teamId', reason: 'required' }]);
  if (input.teamId && (await listTeams(db, input.teamId)).length === 0) throw notFound(`team "${input.teamId}"`);
  const id = randomUUID();
  try {
    await db.query('insert into accounts (id, role, name, nossa_user_id, area, team_id) values ($1, $2, $3, $4, $5, $6)', [
      id,
      input.role,
      input.name,
      input.nossaUserId,
      input.area,
      input.role === 'admin' ? null : input.teamId,
    ]);
  } catch (error) {
    if (isUnique(error)) throw new ApiFailure(409, 'conflict', `NOSSA user id "${input.nossaUserId}" already has an account`);
    throw error;
  }
  const account = (await accountById(db, id))!;
  return { account, enrolment: await issueCode(db, id) };
}

/** A new one-time code for an account; its earlier unused codes lapse (only the newest works). */
export async function issueCode(db: Queryable, accountId: string, now = new Date()): Promise<EnrolCodeIssued> {
  const code = newEnrolCode();
  const expiresAt = new Date(now.getTime() + ENROL_CODE_LIFETIME_MS);
  await db.query('update enrol_codes set expires_at = least(expires_at, $2) where account_id = $1 and used_at is null', [accountId, now]);
  await db.query('insert into enrol_codes (code_hash, account_id, created_at, expires_at) values ($1, $2, $3, $4)', [hashSecret(code), accountId, now, expiresAt]);
  return { code, expiresAt: expiresAt.toISOString() };
}

/** Accounts with their tokens: one team's, or everyone's (null). */
export async function listAccounts(db: Queryable, teamId: string | null): Promise<AccountList> {
  const { rows } = await db.query<AccountRow>(
    `select ${ACCOUNT_COLUMNS} from ${ACCOUNT_FROM} where $1::text is null or a.team_id = $1 order by a.team_id nulls first, a.role, a.name, a.id`,
    [teamId],
  );
  const tokens = await db.query<TokenRow>(
    `select t.id::text as id, t.account_id::text as account_id, t.device, t.created_at, t.last_used_at, t.revoked_at
       from tokens t join accounts a on a.id = t.account_id where $1::text is null or a.team_id = $1 order by t.created_at, t.id`,
    [teamId],
  );
  return {
    accounts: rows.map((row) => ({ ...accountOf(row), tokens: tokens.rows.filter((token) => token.account_id === row.id).map(tokenOf) })),
  };
}

/** The account a token belongs to (to check who may revoke it). */
export async function tokenOwner(db: Queryable, tokenId: string): Promise<Account | null> {
  const { rows } = await db.query<{ account_id: string }>('select account_id::text as account_id from tokens where id::text = $1', [tokenId.toLowerCase()]);
  return rows[0] ? accountById(db, rows[0].account_id) : null;
}

/** Revokes one token; revoking it twice keeps the first time. */
export async function revokeToken(db: Queryable, tokenId: string): Promise<void> {
  const { rowCount } = await db.query('update tokens set revoked_at = coalesce(revoked_at, now()) where id::text = $1', [tokenId.toLowerCase()]);
  if (!rowCount) throw notFound(`token ${tokenId}`);
}

/** Revokes every token of an account and lapses its unused codes; returns how many tokens were live. */
export async function revokeAll(db: Queryable, accountId: string): Promise<number> {
  const { rowCount } = await db.query('update tokens set revoked_at = now() where account_id = $1 and revoked_at is null', [accountId]);
  await db.query('update enrol_codes set expires_at = least(expires_at, now()) where account_id = $1 and used_at is null', [accountId]);
  return rowCount ?? 0;
}
