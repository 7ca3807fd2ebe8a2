import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResponseSchema, type IngestItem } from '../../lib/team';
import { freePort } from '../../server/db/cluster';
import { FLOWS, workTicket } from '../../server/demo/work';
import { spawnServer } from '../../server/spawn';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, agentOf, type Enrolled } from './fixtures';

/**
 * The server process killed (SIGKILL: no clean-up of its own) while a batch is half written: the
 * batch's transaction is open, its rows inserted but not committed. PostgreSQL rolls it back when
 * the connection dies, so nothing of the batch is stored; the agent's browser, which got no
 * answer, sends the same batch again to the restarted server, and it is stored once, whole.
 */
const serve = async (databaseUrl: string, port: number) => (await spawnServer({ databaseUrl, port })).child;

describe('the server process killed mid-batch', () => {
  let db: TestDatabase;
  let dewi: Enrolled;
  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    dewi = await agentOf(db.pool, '930101');
  });
  afterAll(() => db.drop());

  const work = workTicket({
    agentId: '930101',
    ticketId: 'IN110088321',
    startedAt: '2026-11-20T01:00:00.000Z',
    steps: FLOWS.unreachable('2026-11-21T03:00:00.000Z'),
    fill: { ok: true },
  });
  const items: IngestItem[] = [...work.versions.map((record) => ({ kind: 'session' as const, record })), ...work.events.map((record) => ({ kind: 'event' as const, record }))];
  const ids = items.map((item) => (item.record as { id: string }).id);
  const stored = async () => {
    const { rows } = await db.pool.query<{ n: string }>(
      `select (select count(*) from sessions where id = any($1::uuid[])) + (select count(*) from events where id = any($1::uuid[])) as n`,
      [ids],
    );
    return Number(rows[0]!.n);
  };
  const send = (port: number) =>
    fetch(`http://127.0.0.1:${port}/api/v1/ingest`, { method: 'POST', headers: { ...dewi.auth, 'content-type': 'application/json' }, body: JSON.stringify({ records: items }) });

  it('stores nothing of the batch; the same batch sent to the restarted server is stored once, whole', async () => {
    const port = await freePort();
    let server = await serve(db.url, port);
    // Hold the team's change row: the batch writes its records, then waits at its last statement
    // (server/ingest/team-change.ts) with its transaction open, until this lock is let go.
    const holder = new pg.Client(db.url);
    await holder.connect();
    const holderPid = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    try {
      await holder.query('begin');
      await holder.query(`insert into team_changes (team_id, seq) values ('occ-bdg', 0) on conflict (team_id) do update set seq = team_changes.seq`);
      const answer = send(port).then(
        (response) => response.status,
        () => 'no answer' as const,
      );
      // The batch is inside its transaction, waiting for the lock: its inserts are done, uncommitted.
      await expect
        .poll(
          async () =>
            (await db.pool.query(`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.query like '%team_changes%'`))
              .rows[0].n,
          {
            timeout: 20_000,
          },
        )
        .toBe(1);
      server.kill('SIGKILL');
      expect(await answer).toBe('no answer');
      await holder.query('rollback');
      // The killed server's backend gets the lock, finds its client gone and ends: its COMMIT never
      // came, so its rows are rolled back, never to be seen.
      await expect
        .poll(
          async () =>
            (
              await db.pool.query(
                `select count(*)::int as n from pg_stat_activity where datname = current_database() and query like '%team_changes%' and pid not in ($1, pg_backend_pid())`,
                [holderPid],
              )
            ).rows[0].n,
          {
            timeout: 20_000,
          },
        )
        .toBe(0);
      expect(await stored()).toBe(0);

      server = await serve(db.url, port);
      const retried = await send(port);
      expect(retried.status).toBe(200);
      expect(ingestResponseSchema.parse(await retried.json()).accepted).toHaveLength(items.length);
      expect(await stored()).toBe(work.events.length + 1); // every event, and the session once (its newest version)
    } finally {
      server.kill('SIGKILL');
      await holder.end();
    }
  });
});
