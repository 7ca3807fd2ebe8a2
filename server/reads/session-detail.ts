import type pg from 'pg';
import * as z from 'zod/mini';
import { sessionDetailSchema, type TeamSessionDetail } from '../../lib/team';
import { notFound } from '../errors';

/** One session and its audit trail (oldest first); not found when it is not in the team read. */
export async function sessionDetail(pool: pg.Pool, id: string, team: string | null): Promise<TeamSessionDetail> {
  const { rows } = await pool.query<{ record: unknown }>(`select record from sessions where id = $1 ${team === null ? '' : 'and team_id = $2'}`, team === null ? [id] : [id, team]);
  if (!rows[0]) throw notFound('session');
  const events = await pool.query<{ record: unknown }>('select record from events where session_id = $1 order by at, id', [id]);
  return z.parse(sessionDetailSchema, { session: rows[0].record, events: events.rows.map((row) => row.record) });
}
