import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestItem } from '../../lib/team';
import type { PanduEvent, Session } from '../../lib/schema';
import { storeBatch } from '../../server/ingest/store';
import { FLOWS, shiftChecklist, workTicket } from '../../server/demo/work';
import { freshDatabase, type TestDatabase } from './database';
import { addTeam, agentOf, storedState, type Enrolled } from './fixtures';

const AGENT = '930101';
const FLOW_NAMES = ['approved', 'unreachable', 'declined', 'open'] as const;
const until = '2026-11-21T03:00:00.000Z';

interface Plan {
  tickets: Array<{ flow: (typeof FLOW_NAMES)[number]; fill: boolean | null; tiedFill: boolean; tiedVersion: boolean }>;
  shifts: number[];
}

/** Every record an agent's browser would send for the plan: each session's every version, the events, each shift's every version. */
function recordsOf(plan: Plan): IngestItem[] {
  let n = 0;
  const uuid = (kind: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const items: IngestItem[] = [];
  plan.tickets.forEach((ticket, t) => {
    const worked = workTicket({
      agentId: AGENT,
      ticketId: `IN${110_088_000 + t}`,
      startedAt: new Date(Date.UTC(2026, 10, 20, 1) + t * 3_600_000).toISOString(),
      steps: FLOWS[ticket.flow](until),
      fill: ticket.fill === null || ticket.flow === 'open' ? null : { ok: ticket.fill },
      idOf: (what) => uuid(what === 'session' ? 1 : 2),
    });
    const versions: Session[] = [...worked.versions];
    // Two versions with the same updatedAt (a tie the record text settles).
    if (ticket.tiedVersion) versions.push({ ...versions.at(-1)!, answers: { ...versions.at(-1)!.answers, workLog: 'versi kembar' } });
    const events: PanduEvent[] = [...worked.events];
    // A second fill result at the same instant as the first (a tie the event id settles).
    const fill = events.find((event) => event.type === 'fill.result');
    if (fill && ticket.tiedFill) events.push({ ...fill, id: uuid(2), payload: { ...fill.payload, ok: !fill.payload.ok } });
    items.push(...versions.map((record) => ({ kind: 'session' as const, record })), ...events.map((record) => ({ kind: 'event' as const, record })));
  });
  plan.shifts.forEach((ticked, s) => {
    const id = uuid(3);
    for (let k = 0; k <= ticked; k++) {
      items.push({ kind: 'shift', record: shiftChecklist({ id, agentId: AGENT, shiftDate: `2026-11-${20 + s}`, startsAt: `2026-11-${20 + s}T00:00:00.000Z`, ticked: k }) });
    }
  });
  return items;
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  tickets: fc.array(fc.record({ flow: fc.constantFrom(...FLOW_NAMES), fill: fc.option(fc.boolean()), tiedFill: fc.boolean(), tiedVersion: fc.boolean() }), {
    minLength: 1,
    maxLength: 4,
  }),
  shifts: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 2 }),
});

/** A delivery: the items in some order, cut into batches, some batches sent again later. */
const deliveryArb = (count: number) =>
  fc.record({
    order: fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count }),
    cuts: fc.array(fc.integer({ min: 1, max: Math.max(1, count - 1) }), { maxLength: 6 }),
    repeats: fc.array(fc.nat(), { maxLength: 3 }),
  });

describe('ingest is idempotent and order-independent (property)', () => {
  let db: TestDatabase;
  let dewi: Enrolled;
  beforeAll(async () => {
    db = await freshDatabase();
    await addTeam(db.pool);
    dewi = await agentOf(db.pool, AGENT);
  });
  afterAll(() => db.drop());
  const reset = () => db.pool.query('truncate sessions, events, shifts, session_fills, quarantine');

  it('any order, any batching, any repeats end in the same tables as one delivery in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        planArb.chain((plan) => {
          const items = recordsOf(plan);
          return fc.tuple(fc.constant(items), deliveryArb(items.length));
        }),
        async ([items, delivery]) => {
          await reset();
          const once = await storeBatch(db.pool, dewi.caller, items);
          expect(once.quarantined).toEqual([]);
          const expected = await storedState(db.pool);

          await reset();
          const shuffled = delivery.order.map((i) => items[i]!);
          const cuts = [...new Set(delivery.cuts)].filter((cut) => cut < shuffled.length).sort((a, b) => a - b);
          const batches = [0, ...cuts].map((from, i) => shuffled.slice(from, cuts[i] ?? shuffled.length));
          for (const repeat of delivery.repeats) batches.splice(repeat % (batches.length + 1), 0, batches[repeat % batches.length]!);
          for (const batch of batches) {
            const answer = await storeBatch(db.pool, dewi.caller, batch);
            expect(answer.quarantined).toEqual([]);
            expect(answer.accepted).toHaveLength(batch.length);
          }
          expect(await storedState(db.pool)).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });
});
