import type pg from 'pg';
import type { AgentInfo } from '../../lib/logs';
import type { Area } from '../../lib/schema';

/** The team's agents as an export file names them (name, area, and the team's lead), from the accounts. */
export async function agentDirectory(pool: pg.Pool, team: string | null): Promise<Map<string, AgentInfo>> {
  const { rows } = await pool.query<{ nossa_user_id: string; name: string; area: Area | null; team_lead: string | null }>(
    `select a.nossa_user_id, a.name, a.area,
            (select l.name from accounts l where l.team_id = a.team_id and l.role = 'lead' and l.disabled_at is null order by l.created_at, l.id limit 1) as team_lead
       from accounts a where a.nossa_user_id is not null ${team === null ? '' : 'and a.team_id = $1'}`,
    team === null ? [] : [team],
  );
  return new Map(rows.map((row) => [row.nossa_user_id, { nossaUserId: row.nossa_user_id, name: row.name, area: row.area, teamLead: row.team_lead ?? '' }]));
}
