import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestItem } from '../../lib/team';
import { storeBatch } from '../../server/ingest/store';
import { FLOWS, workTicket } from '../../server/demo/work';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, agentOf, type Enrolled } from './fixtures';

/** The pool, except that the first batch's transaction waits at its commit until released. */
function poolHeldAtCommit(pool: pg.Pool): { pool: pg.Pool; atCommit: Promise<void>; release: () => void } {
  let armed = true;
  let reached!: () => void;
  let release!: () => void;
  const atCommit = new Promise<void>((resolve) => (reached = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  const proxy = new Proxy(pool, {
    get(target, property) {
      if (property !== 'connect') {
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return async () => {
        const client = await target.connect();
        if (!armed) return client;
        armed = false;
        const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
        (client as { query: unknown }).query = async (...args: unknown[]) => {
          if (args[0] === 'commit') {
            reached();
            await gate;
          }
          return query(...args);
        };
        return client;
      };
    },
  });
  return { pool: proxy, atCommit, release };
}

describe("the team's change number follows commit order", () => {
  let db: TestDatabase;
  let dewi: Enrolled;
  let asep: Enrolled;
  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    dewi = await agentOf(db.pool, '930101');
    asep = await agentOf(db.pool, '930102');
  });
  afterAll(() => db.drop());

  const batchOf = (agentId: string, ticket: string): IngestItem[] => {
    const work = workTicket({ agentId, ticketId: ticket, startedAt: '2026-11-20T01:00:00.000Z', steps: FLOWS.open() });
    return [{ kind: 'session', record: work.versions.at(-1) }, ...work.events.map((record) => ({ kind: 'event' as const, record }))];
  };

  it('a batch that took its row numbers first but commits last still moves the number a reader follows', async () => {
    const held = poolHeldAtCommit(db.pool);
    const slow = storeBatch(held.pool, dewi.caller, batchOf('930101', 'IN110088501'));
    await held.atCommit;
    const fast = storeBatch(db.pool, asep.caller, batchOf('930102', 'IN110088502'));
    // The second batch waits for the first one's commit at the team's change row (a lock wait, seen from outside).
    await expect
      .poll(async () => (await db.pool.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%team_changes%'`)).rows[0].n, {
        timeout: 10_000,
      })
      .toBe(1);
    held.release();
    const [first, second] = await Promise.all([slow, fast]);
    const rowSeq = async (agent: string) => BigInt((await db.pool.query(`select max(seq)::text as s from events where agent_id = $1`, [agent])).rows[0].s);
    // Rows: the slow batch's numbers are smaller. Team counter: taken in commit order.
    expect(await rowSeq('930101')).toBeLessThan(await rowSeq('930102'));
    expect(BigInt(first.seq)).toBeLessThan(BigInt(second.seq));
    expect(BigInt(second.seq)).toBeGreaterThan(await rowSeq('930102'));
    const { rows } = await db.pool.query(`select seq::text from team_changes where team_id = 'occ-bdg'`);
    expect(rows).toEqual([{ seq: second.seq }]);
  });
});
