import type pg from 'pg';
import type { CheckedRecord } from './check';
import { acceptedOutcome, takenIdOutcome, type Filing, type StoreOutcome } from './outcome';

/**
 * After an upsert: a record whose row was not written is either an older (or the same) version of
 * the agent's own row, which is accepted, or an id the table holds for another agent, which is
 * refused (an agent never takes over another's record).
 */
export async function outcomesOf(client: pg.PoolClient, table: 'sessions' | 'shifts', items: CheckedRecord[], written: string[], filing: Filing): Promise<StoreOutcome[]> {
  const done = new Set(written);
  const unwritten = [...new Set(items.map((item) => item.record.id.toLowerCase()).filter((id) => !done.has(id)))];
  const taken = new Set<string>();
  if (unwritten.length > 0) {
    const { rows } = await client.query<{ id: string }>(`select id::text from ${table} where id = any($1::uuid[]) and agent_id <> $2`, [unwritten, filing.agentId]);
    for (const row of rows) taken.add(row.id);
  }
  return items.map((item) => (taken.has(item.record.id.toLowerCase()) ? takenIdOutcome(item) : acceptedOutcome(item)));
}
