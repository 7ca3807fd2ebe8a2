import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { Account, Role } from '../lib/team';
import { ApiFailure } from './errors';

/** Who made a request: the account behind the bearer token, and which token. */
export interface Caller extends Account {
  tokenId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/** Tokens and codes are kept as SHA-256 hashes: a copy of the database holds no usable token. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newToken = () => `pdt_${randomBytes(32).toString('base64url')}`;

interface CallerRow {
  token_id: string;
  revoked_at: Date | null;
  id: string;
  role: Role;
  name: string;
  nossa_user_id: string | null;
  area: Account['area'];
  team_id: string | null;
  team_name: string | null;
  disabled_at: Date | null;
}

/** Reads the caller from `Authorization: Bearer <token>`; a revoked token or disabled account is refused. */
export async function callerOf(pool: pg.Pool, header: string | undefined): Promise<Caller> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new ApiFailure(401, 'auth.missing', 'Authorization: Bearer <token> required');
  const { rows } = await pool.query<CallerRow>(
    `select t.id as token_id, t.revoked_at, a.id, a.role, a.name, a.nossa_user_id, a.area, a.team_id, tm.name as team_name, a.disabled_at
       from tokens t join accounts a on a.id = t.account_id left join teams tm on tm.id = a.team_id
      where t.token_hash = $1`,
    [hashSecret(match[1]!)],
  );
  const row = rows[0];
  if (!row) throw new ApiFailure(401, 'auth.invalid', 'unknown token');
  if (row.revoked_at || row.disabled_at) throw new ApiFailure(401, 'auth.revoked', 'this token was revoked');
  // "Last used" for the lead's token list, written at most once a minute per token and never waited for.
  void pool
    .query(`update tokens set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [row.token_id])
    .catch(() => undefined);
  return {
    tokenId: row.token_id,
    id: row.id,
    role: row.role,
    name: row.name,
    nossaUserId: row.nossa_user_id,
    area: row.area,
    team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
  };
}

/** A preHandler: the request needs a token of one of these roles. */
export const requireRole =
  (...roles: Role[]) =>
  async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const caller = request.caller;
    if (!caller) throw new ApiFailure(401, 'auth.missing', 'Authorization: Bearer <token> required');
    if (!roles.includes(caller.role)) throw new ApiFailure(403, 'forbidden.role', `this needs the role ${roles.join(' or ')}`);
  };

/** The team a lead reads: its own; an admin names one (`team` query), or reads all (null). */
export function teamScope(caller: Caller, requested: string | null | undefined): string | null {
  if (caller.role === 'admin') return requested ?? null;
  if (!caller.team) throw new ApiFailure(403, 'forbidden.team', 'no team');
  if (requested && requested !== caller.team.id) throw new ApiFailure(403, 'forbidden.team', 'a lead reads only its own team');
  return caller.team.id;
}
