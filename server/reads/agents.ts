import type pg from 'pg';
import * as z from 'zod/mini';
import { agentsSchema } from '../../lib/team';
import { ACCOUNT_COLUMNS, ACCOUNT_FROM, accountOf, type AccountRow } from '../accounts/rows';

interface AgentRow extends AccountRow {
  tokens: number;
  last_seen_at: Date | null;
}

/** The team's accounts (agents, leads), each with its live tokens and when one was last used. */
export async function teamAgents(pool: pg.Pool, team: string | null): Promise<z.infer<typeof agentsSchema>> {
  const { rows } = await pool.query<AgentRow>(
    `select ${ACCOUNT_COLUMNS},
            count(t.id) filter (where t.revoked_at is null)::int as tokens, max(t.last_used_at) as last_seen_at
       from ${ACCOUNT_FROM} left join tokens t on t.account_id = a.id
      ${team === null ? '' : 'where a.team_id = $1'}
      group by a.id, tm.name
      order by a.role, a.name, a.id`,
    team === null ? [] : [team],
  );
  return z.parse(agentsSchema, {
    accounts: rows.map((row) => ({ ...accountOf(row), tokens: row.tokens, lastSeenAt: row.last_seen_at ? row.last_seen_at.toISOString() : null })),
  });
}
