import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'>;

/**
 * The change counter of a team's rows: the highest `seq` of its sessions, events and shifts
 * (each the end of a (team_id, seq) index), or of every team for an admin's all-teams read.
 * "0" before anything arrived. A string: bigint does not fit a JSON number.
 */
export async function currentSeq(db: Queryable, team: string | null): Promise<string> {
  const where = team === null ? '' : 'where team_id = $1';
  const { rows } = await db.query<{ seq: string | null }>(
    `select greatest((select max(seq) from sessions ${where}), (select max(seq) from events ${where}), (select max(seq) from shifts ${where}))::text as seq`,
    team === null ? [] : [team],
  );
  return rows[0]?.seq ?? '0';
}
