import type pg from 'pg';
import * as z from 'zod/mini';
import { agentsSchema } from '../../lib/team';

interface AccountRow {
  id: string;
  role: string;
  name: string;
  nossa_user_id: string | null;
  area: string | null;
  team_id: string | null;
  team_name: string | null;
  tokens: number;
  last_seen_at: Date | null;
}

/** The team's accounts (agents, leads), each with its live tokens and when one was last used. */
export async function teamAgents(pool: pg.Pool, team: string | null): Promise<z.infer<typeof agentsSchema>> {
  const { rows } = await pool.query<AccountRow>(
    `select a.id::text as id, a.role, a.name, a.nossa_user_id, a.area, a.team_id, tm.name as team_name,
            count(t.id) filter (where t.revoked_at is null)::int as tokens, max(t.last_used_at) as last_seen_at
       from accounts a left join teams tm on tm.id = a.team_id left join tokens t on t.account_id = a.id
      ${team === null ? '' : 'where a.team_id = $1'}
      group by a.id, tm.name
      order by a.role, a.name, a.id`,
    team === null ? [] : [team],
  );
  return z.parse(agentsSchema, {
    accounts: rows.map((row) => ({
      id: row.id,
      role: row.role,
      name: row.name,
      nossaUserId: row.nossa_user_id,
      area: row.area,
      team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
      tokens: row.tokens,
      lastSeenAt: row.last_seen_at ? row.last_seen_at.toISOString() : null,
    })),
  });
}
