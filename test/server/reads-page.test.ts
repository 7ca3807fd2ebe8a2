import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterRows, OUTCOME_FILTERS, SORT_KEYS, sortRows, type LogFilter, type LogRow, type LogSort } from '../../lib/logs';
import type { PanduEvent, Session } from '../../lib/schema';
import { logPageSchema, type LogPageQuery } from '../../lib/team';
import { localClock } from '../../lib/time';
import { buildServer } from '../../server/app';
import { freshDatabase, type TestDatabase } from './database';
import { browserRows, createMember, createTeam, eventsOf, sessionsOf, storeRecords, type Member } from './seed';
import { fillResultEvent, sessionRecord, sessionSpecArb, uuid } from './seed-records';

const FROM = '2026-11-01T00:00:00.000Z';
const DAYS = 20;
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC'] as const;

describe('reads: the log a page at a time', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let agents: Member[];
  let lead: Member;
  let otherLead: Member;
  let admin: Member;
  let rows: LogRow[];
  let otherIds: Set<string>;

  beforeAll(async () => {
    db = await freshDatabase();
    app = await buildServer({ pool: db.pool });
    await createTeam(db.pool, 'bdg-1');
    await createTeam(db.pool, 'dps-1');
    agents = [
      await createMember(db.pool, { role: 'agent', name: 'Dewi Lestari', team: 'bdg-1', nossaUserId: '930101', area: 'BDG' }),
      await createMember(db.pool, { role: 'agent', name: 'Ni Luh Putu Ayu', team: 'bdg-1', nossaUserId: '940202', area: 'DPS' }),
      await createMember(db.pool, { role: 'agent', name: 'Andi', team: 'bdg-1', nossaUserId: '950303', area: null }),
    ];
    const stranger = await createMember(db.pool, { role: 'agent', name: 'Made', team: 'dps-1', nossaUserId: '960404', area: 'DPS' });
    lead = await createMember(db.pool, { role: 'lead', name: 'Rina', team: 'bdg-1' });
    otherLead = await createMember(db.pool, { role: 'lead', name: 'Gusti', team: 'dps-1' });
    admin = await createMember(db.pool, { role: 'admin', name: 'Admin', team: null });

    const specs = fc.sample(sessionSpecArb(['930101', '940202', '950303'], FROM, DAYS), { numRuns: 160, seed: 1311 });
    const sessions: Session[] = specs.map((spec, n) => sessionRecord({ ...spec, n: n + 1 }));
    const events: PanduEvent[] = sessions.flatMap((session, n) =>
      n % 3 === 0
        ? [fillResultEvent(session, n % 2 === 0, session.startedAt, uuid(2, n * 10 + 1)), fillResultEvent(session, n % 4 === 0, session.updatedAt, uuid(2, n * 10 + 2))]
        : [],
    );
    for (const agent of agents) {
      const id = agent.caller.nossaUserId;
      await storeRecords(db.pool, agent, [...sessionsOf(sessions.filter((s) => s.agentId === id)), ...eventsOf(events.filter((e) => e.agentId === id))]);
    }
    const strangers = fc
      .sample(sessionSpecArb(['960404'], FROM, DAYS), { numRuns: 20, seed: 7 })
      .map((spec, n) => sessionRecord({ ...spec, n: 10_000 + n, ticketId: 'IN110088251' }));
    await storeRecords(db.pool, stranger, sessionsOf(strangers));
    otherIds = new Set(strangers.map((s) => s.id));
    rows = browserRows(sessions, events, agents);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const page = async (who: Member, query: LogPageQuery, team?: string) => {
    const response = await app.inject({ method: 'POST', url: `/api/v1/logs/page${team ? `?team=${team}` : ''}`, headers: who.auth, payload: query });
    return { status: response.statusCode, body: response.json<unknown>() };
  };

  const day = fc.integer({ min: -1, max: DAYS + 1 }).map((d) => new Date(Date.parse(FROM) + d * 86_400_000).toISOString().slice(0, 10));
  const filterArb: fc.Arbitrary<LogFilter> = fc.record({
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    agentId: fc.option(fc.constantFrom('930101', '940202', '950303', '960404'), { nil: null }),
    area: fc.option(fc.constantFrom('BDG' as const, 'DPS' as const, 'MKS' as const), { nil: null }),
    outcome: fc.option(fc.constantFrom(...OUTCOME_FILTERS), { nil: null }),
    reasonCode: fc.option(fc.constantFrom('PLG-RESCHEDULE', 'TEKNISI-BELUM-DATANG', 'NONE'), { nil: null }),
    ticket: fc.constantFrom('', '88', 'in11', '0001', 'INC', '251'),
  });
  const sortArb: fc.Arbitrary<LogSort> = fc.record({ key: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom('asc' as const, 'desc' as const) });

  it('answers exactly the rows lib/logs filterRows + sortRows keep, in that order, for random filters and every order', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, sortArb, fc.constantFrom(...ZONES), async (filter, sort, zone) => {
        const expected = sortRows(filterRows(rows, filter, localClock(zone)), sort);
        const { status, body } = await page(lead, { filter, zone, sort, limit: 500 });
        expect(status).toBe(200);
        const answer = logPageSchema.parse(body);
        expect(answer.total).toBe(expected.length);
        expect(answer.rows).toEqual(expected);
        expect(answer.nextCursor).toBeNull();
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('pages through every order with small pages to exactly the whole list', async () => {
    const filter: LogFilter = { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '' };
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const expected = sortRows(rows, { key, dir });
        const seen: LogRow[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const { status, body } = await page(lead, { filter, zone: 'Asia/Makassar', sort: { key, dir }, limit: 17, cursor });
          expect(status).toBe(200);
          const answer = logPageSchema.parse(body);
          expect(answer.total).toBe(expected.length);
          seen.push(...answer.rows);
          cursor = answer.nextCursor;
          pages++;
        } while (cursor !== null && pages < 100);
        expect(
          seen.map((r) => r.id),
          `${key} ${dir}`,
        ).toEqual(expected.map((r) => r.id));
        expect(seen).toEqual(expected);
      }
    }
  });

  it('pages a filtered list too', async () => {
    const filter: LogFilter = { from: '2026-11-03', to: '2026-11-15', agentId: null, area: null, outcome: null, reasonCode: 'PLG-RESCHEDULE', ticket: '' };
    const sort: LogSort = { key: 'pendingUntilMs', dir: 'desc' };
    const expected = sortRows(filterRows(rows, filter, localClock('Asia/Jakarta')), sort);
    const seen: LogRow[] = [];
    let cursor: string | null = null;
    do {
      const answer = logPageSchema.parse((await page(lead, { filter, zone: 'Asia/Jakarta', sort, limit: 5, cursor })).body);
      seen.push(...answer.rows);
      cursor = answer.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(expected);
  });

  it('keeps a lead to its own team: another team is 403, and its rows never show', async () => {
    const query = {
      filter: { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '' },
      zone: 'UTC',
      sort: { key: 'startedMs', dir: 'desc' },
      limit: 500,
    } as const;
    const refused = await page(lead, query, 'dps-1');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'forbidden.team' } });
    const own = logPageSchema.parse((await page(lead, query)).body);
    expect(own.rows.some((row) => otherIds.has(row.id))).toBe(false);
    expect(own.total).toBe(rows.length);
    const theirs = logPageSchema.parse((await page(otherLead, query)).body);
    expect(theirs.rows.map((row) => row.id).sort()).toEqual([...otherIds].sort());
    // An agent reads nothing here; an admin names the team.
    expect((await page(agents[0]!, query)).status).toBe(403);
    const adminView = logPageSchema.parse((await page(admin, query, 'dps-1')).body);
    expect(adminView.total).toBe(otherIds.size);
  });

  it('treats SQL metacharacters in filter text as text', async () => {
    for (const text of [`'; drop table sessions; --`, `%' or '1'='1`, `\\%_`, `$1`]) {
      const filter = { from: null, to: null, agentId: text.slice(0, 40), area: null, outcome: null, reasonCode: text, ticket: text };
      const answer = await page(lead, { filter, zone: 'UTC', sort: { key: 'reasonCode', dir: 'asc' }, limit: 10 });
      expect(answer.status).toBe(200);
      expect(logPageSchema.parse(answer.body)).toMatchObject({ rows: [], total: 0 });
    }
    const percent = await page(lead, {
      filter: { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '%' },
      zone: 'UTC',
      sort: { key: 'startedMs', dir: 'desc' },
    });
    expect(logPageSchema.parse(percent.body).total).toBe(0);
    expect((await db.pool.query('select count(*)::int as n from sessions')).rows[0]).toEqual({ n: rows.length + otherIds.size });
  });

  it('refuses a cursor it did not write, or one of another order, and an unknown zone', async () => {
    const filter = { from: null, to: null, agentId: null, area: null, outcome: null, reasonCode: null, ticket: '' };
    const first = logPageSchema.parse((await page(lead, { filter, zone: 'UTC', sort: { key: 'ticketId', dir: 'asc' }, limit: 3 })).body);
    expect(first.nextCursor).not.toBeNull();
    const other = await page(lead, { filter, zone: 'UTC', sort: { key: 'ticketId', dir: 'desc' }, limit: 3, cursor: first.nextCursor });
    expect(other.status).toBe(400);
    for (const cursor of ['not-a-cursor', Buffer.from(JSON.stringify({ k: 'ticketId', d: 'asc', v: "x' or 1=1", t: 'yesterday', i: '1' })).toString('base64url')]) {
      const bad = await page(lead, { filter, zone: 'UTC', sort: { key: 'ticketId', dir: 'asc' }, limit: 3, cursor });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ error: { code: 'request.invalid', issues: [{ path: 'cursor' }] } });
    }
    expect((await page(lead, { filter, zone: 'Mars/Olympus', sort: { key: 'ticketId', dir: 'asc' } })).status).toBe(400);
  });
});
