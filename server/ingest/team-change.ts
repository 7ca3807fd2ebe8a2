import type pg from 'pg';

/**
 * Marks that the team's data changed, as the batch's last statement: the row lock is held until
 * commit, so concurrent batches of one team take their numbers in the order they commit, and
 * the lead's live view (which follows the greatest number) never misses a batch that committed
 * after it looked. Batches of different teams do not wait for each other. Returns the team's
 * new number (what the ingest answers as `seq`).
 */
export async function markTeamChanged(client: pg.PoolClient, teamId: string): Promise<string> {
  const { rows } = await client.query<{ seq: string }>(
    `insert into team_changes (team_id, seq) values ($1, nextval('change_seq'))
     on conflict (team_id) do update set seq = nextval('change_seq')
     returning seq::text as seq`,
    [teamId],
  );
  return rows[0]!.seq;
}
