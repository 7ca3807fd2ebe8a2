import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestItem } from '../../lib/team';
import { storeBatch } from '../../server/ingest/store';
import { FLOWS, shiftChecklist, workTicket } from '../../server/demo/work';
import { seedAgentWork } from '../../server/demo/seed';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, agentOf, storedState, type Enrolled } from './fixtures';

const until = '2026-11-21T03:00:00.000Z';
const itemsOf = (worked: ReturnType<typeof workTicket>): IngestItem[] => [
  ...worked.versions.map((record) => ({ kind: 'session' as const, record })),
  ...worked.events.map((record) => ({ kind: 'event' as const, record })),
];

describe('storeBatch', () => {
  let db: TestDatabase;
  let dewi: Enrolled;
  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    dewi = await agentOf(db.pool, '930101');
  });
  afterAll(() => db.drop());

  it('stores sessions (newest version), events, shifts and the fill result, and the same batch twice changes nothing', async () => {
    const worked = workTicket({ agentId: '930101', ticketId: 'IN110088001', startedAt: '2026-11-20T01:00:00.000Z', steps: FLOWS.approved(until), fill: { ok: false } });
    const shift = shiftChecklist({ id: crypto.randomUUID(), agentId: '930101', shiftDate: '2026-11-20', startsAt: '2026-11-20T00:00:00.000Z', ticked: 6 });
    const items = [...itemsOf(worked), { kind: 'shift' as const, record: shift }];
    const first = await storeBatch(db.pool, dewi.caller, items);
    expect(first.quarantined).toEqual([]);
    expect(first.accepted).toEqual(items.map((item) => (item.record as { id: string }).id));
    const state = await storedState(db.pool);
    expect(state.sessions).toHaveLength(1);
    expect(state.sessions[0]).toMatchObject({ status: 'done', outcome: 'approved', area: 'BDG', team_id: 'occ-bdg', attempts: 2, failed_attempts: 1 });
    expect(state.sessions[0]!.record).toEqual(worked.versions.at(-1));
    expect(state.events).toHaveLength(worked.events.length);
    expect(state.shifts).toHaveLength(1);
    expect(state.fills).toEqual([expect.objectContaining({ session_id: worked.versions[0]!.id, ok: false })]);

    const again = await storeBatch(db.pool, dewi.caller, items);
    expect(again.accepted).toEqual(first.accepted);
    expect(await storedState(db.pool)).toEqual(state);
    expect(BigInt(again.seq)).toBeGreaterThanOrEqual(BigInt(first.seq));
  });

  it("stores the demo's days of work whole (what `npm run team:demo` seeds)", async () => {
    const asep = await agentOf(db.pool, '930102');
    const count = await seedAgentWork(db.pool, asep.account, { days: 3, ticketBase: 110_077_000, now: new Date('2026-11-25T09:00:00.000Z') });
    const { rows } = await db.pool.query<{ n: number }>(`select (select count(*) from events where agent_id = '930102')::int as n`);
    expect(count).toBeGreaterThan(50);
    expect(rows[0]!.n).toBeGreaterThan(30);
    const quarantined = await db.pool.query('select count(*)::int as n from quarantine');
    expect(quarantined.rows[0].n).toBe(0);
  });

  it('quarantines an event id sent again with different content, keeping the stored event as it was', async () => {
    const worked = workTicket({ agentId: '930101', ticketId: 'IN110088002', startedAt: '2026-11-20T02:00:00.000Z', steps: FLOWS.open() });
    const [started] = worked.events;
    await storeBatch(db.pool, dewi.caller, [{ kind: 'event', record: started }]);
    const altered = { ...started!, at: '2026-11-20T02:30:00.000Z' };
    const answer = await storeBatch(db.pool, dewi.caller, [
      { kind: 'event', record: started },
      { kind: 'event', record: altered },
    ]);
    expect(answer.accepted).toEqual([started!.id]);
    expect(answer.quarantined).toEqual([{ index: 1, id: started!.id, path: 'record.id', reason: expect.stringContaining('different content') as string }]);
    const { rows } = await db.pool.query('select record from events where id = $1', [started!.id]);
    expect(rows).toEqual([{ record: started }]);
  });
});
