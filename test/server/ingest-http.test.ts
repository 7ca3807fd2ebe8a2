import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResponseSchema, MAX_BATCH_BYTES, MAX_BATCH_RECORDS, type IngestItem } from '../../lib/team';
import { FLOWS, workTicket } from '../../server/demo/work';
import { appFor } from './app';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, agentOf, enrolled, type Enrolled } from './fixtures';

const until = '2026-11-21T03:00:00.000Z';
let ticket = 110_090_000;
const worked = (agentId: string) => workTicket({ agentId, ticketId: `IN${ticket++}`, startedAt: '2026-11-20T01:00:00.000Z', steps: FLOWS.approved(until) });
const itemsOf = (work: ReturnType<typeof worked>): IngestItem[] => [
  { kind: 'session', record: work.versions.at(-1) },
  ...work.events.map((record) => ({ kind: 'event' as const, record })),
];

describe('POST /api/v1/ingest', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let dewi: Enrolled;
  let putu: Enrolled;
  let lead: Enrolled;
  const ingest = (auth: Record<string, string>, payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/ingest', headers: auth, payload: payload as object });
  const count = async (sql: string, params: unknown[] = []) => Number((await db.pool.query<{ n: string }>(sql, params)).rows[0]!.n);

  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    dewi = await agentOf(db.pool, '930101');
    putu = await agentOf(db.pool, '940202');
    lead = await enrolled(db.pool, { role: 'lead', name: 'Rina Marlina' });
    app = await appFor(db);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('stores an agent batch and answers every id accepted with the change counter', async () => {
    const work = worked('930101');
    const response = await ingest(dewi.auth, { records: itemsOf(work) });
    expect(response.statusCode).toBe(200);
    const body = ingestResponseSchema.parse(response.json());
    expect(body.accepted).toEqual(itemsOf(work).map((item) => (item.record as { id: string }).id));
    expect(body.quarantined).toEqual([]);
    expect(Number(body.seq)).toBeGreaterThan(0);
    const { rows } = await db.pool.query('select record from sessions where id = $1', [work.versions[0]!.id]);
    expect(rows[0].record).toEqual(work.versions.at(-1));
    expect(await count('select count(*) as n from events where session_id = $1', [work.versions[0]!.id])).toBe(work.events.length);
  });

  it('quarantines a malformed item with its path and reason, and stores the valid ones beside it', async () => {
    const work = worked('930101');
    const broken = { ...work.versions.at(-1)!, id: crypto.randomUUID(), ticketId: 'not a ticket' };
    const items: IngestItem[] = [...itemsOf(work), { kind: 'session', record: broken }, { kind: 'event', record: 'just text' }];
    const body = ingestResponseSchema.parse((await ingest(dewi.auth, { records: items })).json());
    expect(body.quarantined).toEqual([
      { index: items.length - 2, id: broken.id, path: 'record.ticketId', reason: expect.stringContaining('ticketId') as string },
      { index: items.length - 1, id: null, path: 'record', reason: expect.any(String) as string },
    ]);
    expect(body.accepted).toHaveLength(items.length - 2);
    expect(await count('select count(*) as n from sessions where id = $1', [work.versions[0]!.id])).toBe(1);
    expect(await count('select count(*) as n from sessions where id = $1', [broken.id])).toBe(0);
    const kept = await db.pool.query('select kind, record_id, path, reason, raw, team_id from quarantine where record_id = $1', [broken.id]);
    expect(kept.rows).toEqual([expect.objectContaining({ kind: 'session', path: 'record.ticketId', raw: broken, team_id: 'occ-bdg' })]);
  });

  it("quarantines agent A's token posting agent B's records, and stores nothing of B", async () => {
    const work = worked('940202');
    const body = ingestResponseSchema.parse((await ingest(dewi.auth, { records: itemsOf(work) })).json());
    expect(body.accepted).toEqual([]);
    expect(body.quarantined.map((item) => item.path)).toEqual(itemsOf(work).map(() => 'record.agentId'));
    expect(await count(`select count(*) as n from sessions where agent_id = '940202'`)).toBe(0);
    expect(await count(`select count(*) as n from events where agent_id = '940202'`)).toBe(0);
    // B's own token stores them; A can then not overwrite B's session under A's name either.
    expect(ingestResponseSchema.parse((await ingest(putu.auth, { records: itemsOf(work) })).json()).accepted).toHaveLength(itemsOf(work).length);
    const stolen = { ...work.versions.at(-1)!, agentId: '930101', updatedAt: '2027-01-01T00:00:00.000Z' };
    const theft = ingestResponseSchema.parse((await ingest(dewi.auth, { records: [{ kind: 'session', record: stolen }] })).json());
    expect(theft.quarantined).toEqual([expect.objectContaining({ path: 'record.id', reason: expect.stringContaining('another agent') as string })]);
    const { rows } = await db.pool.query('select agent_id from sessions where id = $1', [stolen.id]);
    expect(rows).toEqual([{ agent_id: '940202' }]);
  });

  it('refuses callers that are not agents, and requests without a valid token', async () => {
    const payload = { records: itemsOf(worked('930101')) };
    const lead403 = await ingest(lead.auth, payload);
    expect([lead403.statusCode, lead403.json().error.code]).toEqual([403, 'forbidden.role']);
    const none = await ingest({}, payload);
    expect([none.statusCode, none.json().error.code]).toEqual([401, 'auth.missing']);
    const unknown = await ingest({ authorization: 'Bearer pdt_not-a-token-of-this-server' }, payload);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([401, 'auth.invalid']);
  });

  it('refuses a revoked token on every later request', async () => {
    const gone = await agentOf(db.pool, '950303');
    expect((await ingest(gone.auth, { records: itemsOf(worked('950303')) })).statusCode).toBe(200);
    const revoke = await app.inject({ method: 'POST', url: `/api/v1/tokens/${gone.tokenId}/revoke`, headers: lead.auth });
    expect(revoke.json()).toEqual({ ok: true });
    for (const request of [ingest(gone.auth, { records: itemsOf(worked('950303')) }), app.inject({ url: '/api/v1/me', headers: gone.auth })]) {
      const response = await request;
      expect([response.statusCode, response.json().error.code]).toEqual([401, 'auth.revoked']);
    }
  });

  it('refuses oversize batches (records and bytes) with 413 and malformed JSON with 400, storing nothing', async () => {
    const before = await count('select count(*) as n from events');
    const work = worked('930101');
    const many = { records: Array.from({ length: MAX_BATCH_RECORDS + 1 }, (_, i) => ({ kind: 'event', record: work.events[i % work.events.length] })) };
    const tooMany = await ingest(dewi.auth, many);
    expect([tooMany.statusCode, tooMany.json().error.code]).toEqual([413, 'batch.too-large']);
    const huge = { records: [{ kind: 'event', record: { ...work.events[0], padding: 'x'.repeat(MAX_BATCH_BYTES) } }] };
    const tooBig = await ingest(dewi.auth, huge);
    expect([tooBig.statusCode, tooBig.json().error.code]).toEqual([413, 'batch.too-large']);
    const malformed = await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: { ...dewi.auth, 'content-type': 'application/json' }, payload: '{"records": [' });
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'request.invalid']);
    const empty = await ingest(dewi.auth, { records: [] });
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'request.invalid']);
    expect(await count('select count(*) as n from events')).toBe(before);
  });

  it('limits requests per token (429 rate.limited with retry-after), other tokens unaffected', async () => {
    const limited = await appFor(db, { ratePerMinute: 3 });
    try {
      const me = (auth: Record<string, string>) => limited.inject({ url: '/api/v1/me', headers: auth });
      for (let i = 0; i < 3; i++) expect((await me(dewi.auth)).statusCode).toBe(200);
      const refused = await me(dewi.auth);
      expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'rate.limited']);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await me(putu.auth)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
