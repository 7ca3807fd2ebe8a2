import type pg from 'pg';
import * as z from 'zod/mini';
import { accountSchema, tokenInfoSchema, type Account, type TokenInfo } from '../../lib/team';

/** Anything that runs a query: the pool, or one connection inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** An account with its team's name, as every account query selects it. */
export const ACCOUNT_COLUMNS = `a.id::text as id, a.role, a.name, a.nossa_user_id, a.area, a.team_id, tm.name as team_name`;
export const ACCOUNT_FROM = `accounts a left join teams tm on tm.id = a.team_id`;

export interface AccountRow {
  id: string;
  role: string;
  name: string;
  nossa_user_id: string | null;
  area: string | null;
  team_id: string | null;
  team_name: string | null;
}

/** A stored row read back through the contract's schema: what the API answers is what it promises. */
export function accountOf(row: AccountRow): Account {
  return z.parse(accountSchema, {
    id: row.id,
    role: row.role,
    name: row.name,
    nossaUserId: row.nossa_user_id,
    area: row.area,
    team: row.team_id === null ? null : { id: row.team_id, name: row.team_name ?? row.team_id },
  });
}

export interface TokenRow {
  id: string;
  account_id: string;
  device: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

export function tokenOf(row: TokenRow): TokenInfo {
  return z.parse(tokenInfoSchema, { id: row.id, device: row.device, createdAt: iso(row.created_at), lastUsedAt: iso(row.last_used_at), revokedAt: iso(row.revoked_at) });
}

export async function accountById(db: Queryable, id: string): Promise<Account | null> {
  if (!z.safeParse(z.uuid(), id).success) return null;
  const { rows } = await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from ${ACCOUNT_FROM} where a.id = $1`, [id]);
  return rows[0] ? accountOf(rows[0]) : null;
}

/** An account named by its id or, for an agent, its NOSSA user id (what the CLI accepts). */
export async function findAccount(db: Queryable, idOrNossaUser: string): Promise<Account | null> {
  const byId = await accountById(db, idOrNossaUser);
  if (byId) return byId;
  const { rows } = await db.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from ${ACCOUNT_FROM} where a.nossa_user_id = $1`, [idOrNossaUser]);
  return rows[0] ? accountOf(rows[0]) : null;
}
