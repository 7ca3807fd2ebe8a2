import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketing, handlingHistogram, outcomesPer, readiness, unreachableShare } from '../../entrypoints/dashboard/charts/aggregate';
import { filterRows, OUTCOME_FILTERS, type LogFilter, type LogRow } from '../../lib/logs';
import type { PanduEvent, Session, Shift } from '../../lib/schema';
import { agentsSchema, changesSchema, chartsSchema, quarantineSchema, sessionDetailSchema } from '../../lib/team';
import { localClock } from '../../lib/time';
import { buildServer, type ServerOptions } from '../../server/app';
import { storeBatch } from '../../server/ingest/store';
import { freshDatabase, type TestDatabase } from './database';
import { browserRows, createMember, createTeam, eventsOf, sessionsOf, shiftsOf, storeRecords, type Member } from './seed';
import { eventOf, sessionRecord, sessionSpecArb, shiftRecord, uuid } from './seed-records';

const FROM = '2026-08-01T00:00:00.000Z';
const DAYS = 120;
const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const AGENT_IDS = ['930101', '940202', '950303'];

/** The browser's ChartsView filter for checklists (not exported there). */
const shiftInFilter = (filter: LogFilter, areaOf: (agentId: string) => string) => (shift: Shift) =>
  (filter.from === null || shift.shiftDate >= filter.from) &&
  (filter.to === null || shift.shiftDate <= filter.to) &&
  (filter.agentId === null || shift.agentId === filter.agentId) &&
  (filter.area === null || areaOf(shift.agentId) === filter.area);

describe('reads: charts, changes, accounts, quarantine, one session', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let agents: Member[];
  let lead: Member;
  let sessions: Session[];
  let events: PanduEvent[];
  let shifts: Shift[];
  let rows: LogRow[];

  beforeAll(async () => {
    db = await freshDatabase();
    const options: ServerOptions & { now: () => number } = { pool: db.pool, now: () => NOW };
    app = await buildServer(options);
    await createTeam(db.pool, 'bdg-1');
    agents = [
      await createMember(db.pool, { role: 'agent', name: 'Dewi Lestari', team: 'bdg-1', nossaUserId: '930101', area: 'BDG' }),
      await createMember(db.pool, { role: 'agent', name: 'Ni Luh Putu Ayu', team: 'bdg-1', nossaUserId: '940202', area: 'DPS' }),
      await createMember(db.pool, { role: 'agent', name: 'Andi', team: 'bdg-1', nossaUserId: '950303', area: null }),
    ];
    lead = await createMember(db.pool, { role: 'lead', name: 'Rina', team: 'bdg-1' });
    sessions = fc.sample(sessionSpecArb(AGENT_IDS, FROM, DAYS), { numRuns: 300, seed: 99 }).map((spec, n) => sessionRecord({ ...spec, n: n + 1 }));
    events = [];
    // Checklists on most days for two agents: on time, late, never completed, and some untimed (old) records.
    shifts = [];
    let n = 0;
    for (let d = 0; d < DAYS; d += 1) {
      const day = new Date(Date.parse(FROM) + d * 86_400_000).toISOString().slice(0, 10);
      for (const agentId of AGENT_IDS.slice(0, 2)) {
        const pick = (d * 7 + Number(agentId)) % 6;
        if (pick === 5) continue;
        const startsAt = `${day}T00:00:00.000Z`;
        const completedAt = pick === 0 ? null : new Date(Date.parse(startsAt) + (pick === 1 ? 40 : 5) * 60_000).toISOString();
        shifts.push(shiftRecord({ id: uuid(3, ++n), agentId, shiftDate: day, startsAt: pick === 4 ? null : startsAt, completedAt }));
      }
    }
    for (const agent of agents) {
      const id = agent.caller.nossaUserId;
      await storeRecords(db.pool, agent, [...sessionsOf(sessions.filter((s) => s.agentId === id)), ...shiftsOf(shifts.filter((s) => s.agentId === id))]);
    }
    rows = browserRows(sessions, events, agents);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const day = fc.integer({ min: -1, max: DAYS + 1 }).map((d) => new Date(Date.parse(FROM) + d * 86_400_000).toISOString().slice(0, 10));
  const filterArb: fc.Arbitrary<LogFilter> = fc.record({
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    agentId: fc.option(fc.constantFrom(...AGENT_IDS), { nil: null }),
    area: fc.option(fc.constantFrom('BDG' as const, 'DPS' as const), { nil: null }),
    outcome: fc.option(fc.constantFrom(...OUTCOME_FILTERS), { nil: null }),
    reasonCode: fc.option(fc.constantFrom('PLG-RESCHEDULE', 'TEKNISI-BELUM-DATANG'), { nil: null }),
    ticket: fc.constantFrom('', '88', '251'),
  });

  it("equal the browser's chart figures (aggregate.ts) over the same rows, per day and per week", async () => {
    const areas = new Map(agents.map((a) => [a.caller.nossaUserId!, a.caller.area ?? '']));
    let weeks = 0;
    let marked = { onTime: 0, late: 0, missing: 0 };
    await fc.assert(
      fc.asyncProperty(filterArb, fc.constantFrom('Asia/Jakarta', 'Asia/Jayapura'), async (filter, zone) => {
        const clock = localClock(zone);
        const visible = filterRows(rows, filter, clock);
        const buckets = bucketing(visible, clock);
        if (buckets.unit === 'week') weeks++;
        const response = await app.inject({ method: 'POST', url: '/api/v1/logs/charts', headers: lead.auth, payload: { filter, zone } });
        expect(response.statusCode).toBe(200);
        const charts = chartsSchema.parse(response.json());
        expect(charts.unit).toBe(buckets.unit);
        expect(charts.outcomes).toEqual(outcomesPer(visible, buckets));
        expect(charts.unreachable).toEqual(unreachableShare(visible, buckets));
        expect(charts.handling).toEqual(handlingHistogram(visible));
        const ready = readiness({ shifts, rows: visible, now: NOW, clock, bucketing: buckets, includeShift: shiftInFilter(filter, (id) => areas.get(id) ?? '') });
        expect(charts.readiness).toEqual(ready);
        marked = { onTime: marked.onTime + ready.totals.onTime, late: marked.late + ready.totals.late, missing: marked.missing + ready.totals.missing };
      }),
      { numRuns: 40, seed: 5 },
    );
    expect(weeks).toBeGreaterThan(0);
    // Every kind of mark was met, so the comparison was not of empty charts.
    expect(Math.min(marked.onTime, marked.late, marked.missing)).toBeGreaterThan(0);
  });

  it('says the change counter, and it moves when a record arrives', async () => {
    const before = changesSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/changes', headers: lead.auth })).json());
    const session = sessions.find((s) => s.agentId === '930101')!;
    const event = eventOf(session, { type: 'flow.back', payload: { from: 'call' } }, session.startedAt, uuid(2, 77_777));
    await storeRecords(db.pool, agents[0]!, eventsOf([event]));
    const after = changesSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/changes', headers: lead.auth })).json());
    expect(BigInt(after.seq)).toBeGreaterThan(BigInt(before.seq));

    const detail = sessionDetailSchema.parse((await app.inject({ method: 'GET', url: `/api/v1/sessions/${session.id}`, headers: lead.auth })).json());
    expect(detail.session.id).toBe(session.id);
    expect(detail.events.map((e) => e.id)).toEqual([event.id]);
    expect((await app.inject({ method: 'GET', url: `/api/v1/sessions/${uuid(1, 999_999)}`, headers: lead.auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/v1/sessions/not-a-uuid`, headers: lead.auth })).statusCode).toBe(400);
  });

  it('lists the accounts with their tokens, and the quarantine newest first', async () => {
    const accounts = agentsSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/agents', headers: lead.auth })).json()).accounts;
    expect(accounts.map((a) => [a.role, a.name, a.tokens])).toEqual([
      ['agent', 'Andi', 1],
      ['agent', 'Dewi Lestari', 1],
      ['agent', 'Ni Luh Putu Ayu', 1],
      ['lead', 'Rina', 1],
    ]);
    await storeBatch(db.pool, agents[1]!.caller, [{ kind: 'session', record: { id: uuid(1, 123_456), ticketId: "IN1'; drop table sessions; --" } }]);
    const { items } = quarantineSchema.parse((await app.inject({ method: 'GET', url: '/api/v1/quarantine', headers: lead.auth })).json());
    expect(items[0]).toMatchObject({ accountName: 'Ni Luh Putu Ayu', kind: 'session', recordId: uuid(1, 123_456) });
  });
});
