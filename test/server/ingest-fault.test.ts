import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResponseSchema, type IngestItem } from '../../lib/team';
import { FLOWS, shiftChecklist, workTicket } from '../../server/demo/work';
import { appFor } from './app';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, agentOf, type Enrolled } from './fixtures';

/**
 * The pool the server uses, except that the first connection taken for a batch is killed by
 * PostgreSQL itself (pg_terminate_backend, as when the database restarts) right after its first
 * insert, while the batch's transaction is open.
 */
function poolKilledMidBatch(pool: pg.Pool, killer: pg.Pool): { pool: pg.Pool; killed: () => boolean } {
  let armed = true;
  const proxy = new Proxy(pool, {
    get(target, property) {
      if (property === 'connect') {
        return async () => {
          const client = await target.connect();
          if (!armed) return client;
          const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
          (client as { query: unknown }).query = async (...args: unknown[]) => {
            const result = await query(...args);
            const text = typeof args[0] === 'string' ? args[0] : '';
            if (armed && /^\s*insert into (sessions|events|shifts)/.test(text)) {
              armed = false;
              await killer.query('select pg_terminate_backend($1)', [(client as unknown as { processID: number }).processID]);
            }
            return result;
          };
          return client;
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { pool: proxy, killed: () => !armed };
}

describe('the database failing mid-batch', () => {
  let db: TestDatabase;
  let dewi: Enrolled;
  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    dewi = await agentOf(db.pool, '930101');
  });
  afterAll(() => db.drop());

  const batch = (): IngestItem[] => {
    const work = workTicket({
      agentId: '930101',
      ticketId: 'IN110088123',
      startedAt: '2026-11-20T01:00:00.000Z',
      steps: FLOWS.unreachable('2026-11-21T03:00:00.000Z'),
      fill: { ok: true },
    });
    const shift = shiftChecklist({ id: crypto.randomUUID(), agentId: '930101', shiftDate: '2026-11-20', startsAt: '2026-11-20T00:00:00.000Z', ticked: 6 });
    return [
      ...work.versions.map((record) => ({ kind: 'session' as const, record })),
      ...work.events.map((record) => ({ kind: 'event' as const, record })),
      { kind: 'shift' as const, record: shift },
    ];
  };
  const countOf = async (items: IngestItem[]) => {
    const ids = items.map((item) => (item.record as { id: string }).id);
    const { rows } = await db.pool.query<{ n: number }>(
      `select (select count(*) from sessions where id = any($1::uuid[])) + (select count(*) from events where id = any($1::uuid[]))
            + (select count(*) from shifts where id = any($1::uuid[])) + (select count(*) from session_fills where event_id = any($1::uuid[])) as n`,
      [ids],
    );
    return Number(rows[0]!.n);
  };

  it('answers 503 and stores nothing of the batch; the same batch sent again is stored once, whole', async () => {
    const killer = new pg.Pool({ connectionString: db.url, max: 1 });
    const { pool, killed } = poolKilledMidBatch(db.pool, killer);
    const app = await appFor({ ...db, pool });
    try {
      const items = batch();
      const failed = await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: dewi.auth, payload: { records: items } });
      expect(killed()).toBe(true);
      expect([failed.statusCode, failed.json().error.code]).toEqual([503, 'server.unavailable']);
      expect(failed.headers['retry-after']).toBe('5');
      expect(await countOf(items)).toBe(0);

      const retried = await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: dewi.auth, payload: { records: items } });
      expect(retried.statusCode).toBe(200);
      expect(ingestResponseSchema.parse(retried.json()).accepted).toHaveLength(items.length);
      const sessions = 1;
      const events = items.filter((item) => item.kind === 'event').length;
      expect(await countOf(items)).toBe(sessions + events + 1 + 1);
    } finally {
      await app.close();
      await killer.end();
    }
  });

  it('answers 503 server.unavailable when the database cannot be reached at all', async () => {
    const nowhere = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
    const app = await appFor({ ...db, pool: nowhere });
    try {
      const response = await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: dewi.auth, payload: { records: batch() } });
      expect([response.statusCode, response.json().error.code]).toEqual([503, 'server.unavailable']);
    } finally {
      await app.close();
      await nowhere.end();
    }
  });
});
