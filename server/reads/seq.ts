import type pg from 'pg';

type Queryable = Pick<pg.Pool, 'query'>;

/**
 * The change counter of a team's rows: the highest `seq` of its sessions, events and shifts
 * (each the end of a (team_id, seq) index), or of every team for an admin's all-teams read.
 * Rows take their numbers while a batch is written, so a batch that commits late can hold
 * smaller ones than a batch already seen; each batch therefore ends by taking its team's number
 * in `team_changes` (in commit order: the row is locked until commit), which moves the counter.
 * "0" before anything arrived. A string: bigint does not fit a JSON number.
 */
export async function currentSeq(db: Queryable, team: string | null): Promise<string> {
  const where = team === null ? '' : 'where team_id = $1';
  const { rows } = await db.query<{ seq: string | null }>(
    `select greatest((select max(seq) from sessions ${where}), (select max(seq) from events ${where}), (select max(seq) from shifts ${where}), (select max(seq) from team_changes ${where}))::text as seq`,
    team === null ? [] : [team],
  );
  return rows[0]?.seq ?? '0';
}
