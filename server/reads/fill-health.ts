import type pg from 'pg';
import type { FillHealth, LogQuery } from '../../lib/team';
export async function fillHealth(_pool: pg.Pool, _query: LogQuery, _team: string | null, _now: number): Promise<FillHealth> {
  throw new Error('todo');
}
