import type pg from 'pg';
import type { LogQuery, Practice } from '../../lib/team';
export async function practice(_pool: pg.Pool, _query: LogQuery, _team: string | null, _now: number): Promise<Practice> {
  throw new Error('todo');
}
