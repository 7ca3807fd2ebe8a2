import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { rowPages } from '../../server/reads/row-stream';
import { freshDatabase, type TestDatabase } from './database';

describe('reads: migration 002 and the row stream', () => {
  const made: TestDatabase[] = [];
  afterAll(() => Promise.all(made.map((db) => db.drop())));

  it('002 applies over a database at 001 that already holds records, and adds the read indexes and the ticket table', async () => {
    const db = await freshDatabase({ upTo: 1 });
    made.push(db);
    await db.pool.query(`insert into teams (id, name) values ('bdg-1', 'Tim')`);
    await db.pool.query(
      `insert into sessions (id, agent_id, team_id, ticket_id, status, started_at, updated_at, record)
       values ('00000001-0000-4000-8000-000000000001', '930101', 'bdg-1', 'IN110088001', 'open', now(), now(), '{}')`,
    );
    expect(await migrate(db.pool)).toContain(2);
    const { rows } = await db.pool.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname = 'public' order by 1`);
    expect(rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining(['sessions_team_seq', 'events_team_seq', 'shifts_team_seq', 'shifts_team_agent_starts', 'events_fill_started']),
    );
    expect((await db.pool.query('select count(*)::int as n from export_tickets')).rows[0]).toEqual({ n: 0 });
    expect((await db.pool.query('select count(*)::int as n from sessions')).rows[0]).toEqual({ n: 1 });
  });

  it('reads a query a page at a time, and gives the connection back when the reader stops early', async () => {
    const db = await freshDatabase();
    made.push(db);
    const sizes: number[] = [];
    for await (const page of rowPages<{ n: number }>(db.pool, 'select n from generate_series(1, $1::int) n', [25], 10)) sizes.push(page.length);
    expect(sizes).toEqual([10, 10, 5]);
    for await (const page of rowPages<{ n: number }>(db.pool, 'select n from generate_series(1, 1000) n', [], 10)) {
      expect(page[0]).toEqual({ n: 1 });
      break;
    }
    expect(db.pool.totalCount - db.pool.idleCount).toBe(0);
    await expect(
      (async () => {
        for await (const page of rowPages(db.pool, 'select 1 / (n - 15) from generate_series(1, 30) n', [], 10)) expect(page.length).toBe(10);
      })(),
    ).rejects.toThrow(/division by zero/);
    expect(db.pool.totalCount - db.pool.idleCount).toBe(0);
  });
});
