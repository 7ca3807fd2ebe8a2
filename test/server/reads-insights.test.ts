import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../lib/logs';
import type { FillFailure, PanduEvent, Session } from '../../lib/schema';
import { fillHealthSchema, practiceSchema } from '../../lib/team';
import { buildServer, type ServerOptions } from '../../server/app';
import { freshDatabase, type TestDatabase } from './database';
import { createMember, createTeam, eventsOf, sessionsOf, shiftsOf, storeRecords, type Member } from './seed';
import { eventOf, fieldResult, fillFieldEvent, fillStartedEvent, sessionRecord, shiftRecord, uuid, type SessionSpec } from './seed-records';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

describe('reads: fill health and per-agent practice', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let dewi: Member;
  let putu: Member;
  let lead: Member;

  beforeAll(async () => {
    db = await freshDatabase();
    const options: ServerOptions & { now: () => number } = { pool: db.pool, now: () => NOW };
    app = await buildServer(options);
    await createTeam(db.pool, 'bdg-1');
    dewi = await createMember(db.pool, { role: 'agent', name: 'Dewi Lestari', team: 'bdg-1', nossaUserId: '930101', area: 'BDG' });
    putu = await createMember(db.pool, { role: 'agent', name: 'Putu', team: 'bdg-1', nossaUserId: '940202', area: 'DPS' });
    lead = await createMember(db.pool, { role: 'lead', name: 'Rina', team: 'bdg-1' });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const spec = (n: number, agentId: string, startedAt: string, rest: Partial<SessionSpec> = {}): SessionSpec => ({
    n,
    agentId,
    startedAt,
    ticketId: `IN${110088000 + n}`,
    outcome: 'approved',
    reasonCode: 'PLG-RESCHEDULE',
    attempts: ['connected'],
    appliedBy: 'manual',
    minutes: 10,
    pendingMinutes: 60,
    ...rest,
  });

  describe('fill health', () => {
    let n = 0;
    /** One fill run of a session: its "fill.started" and one field result per failure given (null: done). */
    async function fill(agent: Member, at: string, field: string, reasons: Array<FillFailure | null>, profileId = 'nossa-maximo@3') {
      const session = sessionRecord(spec(500 + ++n, agent.caller.nossaUserId!, at));
      const fillId = uuid(9, n);
      const events: PanduEvent[] = [fillStartedEvent(session, fillId, profileId, at, uuid(4, n * 100))];
      reasons.forEach((reason, i) => events.push(fillFieldEvent(session, fillId, fieldResult(field, reason), at, uuid(4, n * 100 + i + 1))));
      await storeRecords(db.pool, agent, [...sessionsOf([session]), ...eventsOf(events)]);
    }
    const read = async () => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/fill-health', headers: lead.auth, payload: { filter: EMPTY_FILTER, zone: 'Asia/Jakarta' } });
      expect(response.statusCode).toBe(200);
      return fillHealthSchema.parse(response.json());
    };

    it('counts fills and failures per field, by reason, profile and day', async () => {
      await fill(dewi, hoursAgo(30), 'workLogDetails', [null, null]);
      await fill(putu, hoursAgo(29), 'workLogDetails', ['rejected'], 'nossa-maximo@4');
      const health = await read();
      const field = health.fields.find((f) => f.field === 'workLogDetails')!;
      expect(field).toMatchObject({ fills: 3, failures: 1 });
      expect(field.byReason.rejected).toBe(1);
      expect(field.byReason['field-missing']).toBe(0);
      expect(field.byProfile).toEqual([
        { profile: 'nossa-maximo@3', fills: 2, failures: 0 },
        { profile: 'nossa-maximo@4', fills: 1, failures: 1 },
      ]);
      // 30 and 29 hours before 19:00 WIB on the 30th: 13:00 and 14:00 WIB on the 29th.
      expect(field.byDay).toEqual([{ day: '2026-11-29', fills: 3, failures: 1 }]);
      expect(health.alerts).toEqual([]);
    });

    it('does not alert for 3 failures from one agent, nor for 3 failures spread over more than 8 hours', async () => {
      await fill(dewi, hoursAgo(1), 'pendingDate', ['field-missing']);
      await fill(dewi, hoursAgo(2), 'pendingDate', ['field-missing']);
      await fill(dewi, hoursAgo(3), 'pendingDate', ['mismatch']);
      await fill(dewi, hoursAgo(9), 'status', ['read-only']);
      await fill(putu, hoursAgo(8.5), 'status', ['read-only']);
      await fill(putu, hoursAgo(1), 'status', ['read-only']);
      const health = await read();
      expect(health.fields.find((f) => f.field === 'pendingDate')).toMatchObject({ fills: 3, failures: 3 });
      expect(health.fields.find((f) => f.field === 'status')).toMatchObject({ fills: 3, failures: 3 });
      expect(health.alerts).toEqual([]);
    });

    it('alerts when a field fails 3 times for 2 agents within 8 hours', async () => {
      await fill(dewi, hoursAgo(7.5), 'pendingReason', ['menu-item-missing']);
      await fill(dewi, hoursAgo(4), 'pendingReason', ['menu-item-missing']);
      await fill(putu, hoursAgo(0.5), 'pendingReason', ['field-missing']);
      const health = await read();
      expect(health.alerts).toEqual([
        { field: 'pendingReason', failures: 3, agents: 2, firstAt: hoursAgo(7.5), lastAt: hoursAgo(0.5), reasons: ['field-missing', 'menu-item-missing'] },
      ]);
      // Most failures first, then by name.
      expect(health.fields.slice(0, 3).map((f) => [f.field, f.failures])).toEqual([
        ['pendingDate', 3],
        ['pendingReason', 3],
        ['status', 3],
      ]);
    });
  });

  describe('practice', () => {
    let sessions: Session[];

    beforeAll(async () => {
      const day = (d: number, hour: number) => `2026-11-${23 + d}T0${hour}:00:00.000Z`;
      sessions = [
        // Day 0 (checklist on time): two unreachable sessions, 3 and 1 attempts, saved by hand and by a proven fill.
        spec(1, '930101', day(0, 1), { outcome: 'unreachable', attempts: ['no-answer', 'busy', 'no-answer'], minutes: 10 }),
        spec(2, '930101', day(0, 2), { outcome: 'unreachable', attempts: ['busy'], appliedBy: 'fill', minutes: 20 }),
        // Day 1 (checklist late): approved but never proven saved, its follow-up time passed unhandled; approved, followed up.
        spec(3, '930101', day(1, 1), { appliedBy: null, minutes: 15 }),
        spec(4, '930101', day(1, 2), { minutes: 5 }),
        // Day 2 (checklist never completed): approved with a follow-up still ahead; declined (no NOSSA update counted).
        spec(5, '930101', day(2, 1), { minutes: 30, pendingMinutes: 7 * 24 * 60 }),
        spec(6, '930101', day(2, 2), { outcome: 'declined', minutes: 8 }),
        // Day 3: no checklist at all.
        spec(7, '930101', day(3, 2), { outcome: null, attempts: [] }),
        spec(8, '940202', day(3, 3), { outcome: null, attempts: [] }),
      ].map(sessionRecord);
      const shifts = [0, 1, 2].map((d) =>
        shiftRecord({
          id: uuid(3, d + 1),
          agentId: '930101',
          shiftDate: `2026-11-${23 + d}`,
          startsAt: `2026-11-${23 + d}T00:00:00.000Z`,
          completedAt: d === 0 ? '2026-11-23T00:05:00.000Z' : d === 1 ? '2026-11-24T00:40:00.000Z' : null,
        }),
      );
      const s4 = sessions[3]!;
      const resolved = eventOf(
        null,
        { type: 'followup.resolved', payload: { sessionId: s4.id, pendingUntil: s4.answers.pendingUntil as string } },
        '2026-11-24T03:30:00.000Z',
        uuid(4, 1),
        '930101',
      );
      await storeRecords(db.pool, dewi, [...sessionsOf(sessions.filter((s) => s.agentId === '930101')), ...shiftsOf(shifts), ...eventsOf([resolved])]);
      await storeRecords(db.pool, putu, sessionsOf(sessions.filter((s) => s.agentId === '940202')));
    });

    it('gives each agent checklists, attempts before "unreachable", time to saved and missed follow-ups', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/practice',
        headers: lead.auth,
        payload: { filter: { ...EMPTY_FILTER, from: '2026-11-23', to: '2026-11-26' }, zone: 'Asia/Jakarta' },
      });
      expect(response.statusCode).toBe(200);
      const { agents } = practiceSchema.parse(response.json());
      expect(agents.find((a) => a.agentId === '930101')).toEqual({
        agentId: '930101',
        name: 'Dewi Lestari',
        area: 'BDG',
        sessions: 7,
        checklists: { onTime: 1, late: 1, missing: 2 },
        unreachableAttempts: { count: 2, median: 1, min: 1 },
        // 600 s, 1200 s, 300 s and 1800 s; the median is the 2nd of 4 (as the charts take it), the p90 the 4th.
        requestToSaved: { count: 4, median: 600, p90: 1800 },
        followUpsMissed: 1,
      });
      expect(agents.find((a) => a.agentId === '940202')).toMatchObject({
        name: 'Putu',
        sessions: 1,
        checklists: { onTime: 0, late: 0, missing: 1 },
        unreachableAttempts: { count: 0, median: null, min: null },
        requestToSaved: { count: 0, median: null, p90: null },
        followUpsMissed: 0,
      });
    });
  });
});
