import 'fake-indexeddb/auto';
import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, initialSyncState } from '@/lib/db';
import * as write from '@/lib/db/write';
import { outboxKey, queueHistory } from '@/lib/db/outbox';
import { PREPARATION_STEPS } from '@/lib/shifts';
import type { FillResult } from '@/lib/schema';
import { NOW, REQUEST, hoursFromNow } from '../procedure/helpers';
import { connection, enrol } from '../team/connection';

let db: PanduDb;
beforeEach(() => {
  db = new PanduDb(`outbox-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const rules = { minFailedAttempts: 2, maxPendingHours: 72 };
const FILL = '11111111-1111-4111-8111-111111111111';
const SLOT = { id: 'pagi', name: 'Pagi', date: '2026-11-26', startsAt: '2026-11-26T00:00:00.000Z', endsAt: '2026-11-26T08:00:00.000Z' };
const target = { agentId: '930101', slot: SLOT, graceMinutes: 15, now: NOW };
const fillResult: FillResult = { kind: 'fill', ok: true, profileId: 'nossa-maximo', fields: [], committed: false, startedAt: NOW, totalMs: 100, ownMs: 10, fillId: FILL };

/** Every stored session, event and shift, as the outbox keys it should have. */
async function storedKeys(): Promise<string[]> {
  const [sessions, events, shifts] = await Promise.all([db.sessions.toCollection().primaryKeys(), db.events.toCollection().primaryKeys(), db.shifts.toCollection().primaryKeys()]);
  return [...sessions.map((id) => outboxKey('session', id)), ...events.map((id) => outboxKey('event', id)), ...shifts.map((id) => outboxKey('shift', id))].sort();
}
const outboxKeys = async () => (await db.outbox.toCollection().primaryKeys()).map(String).sort();
const count = async () => (await storedKeys()).length;

async function openSessionId(): Promise<string> {
  const open = await db.sessions.where('status').equals('open').first();
  return open?.id ?? (await write.startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket: { ticketId: 'IN110088251' }, now: NOW })).session.id;
}

/**
 * One scenario per write function of lib/db/write.ts, and whether it stores a record. The type
 * makes a new write function without a scenario a compile error; the test below makes it a failure.
 * importExportFile is left out on purpose: imported records are other agents', never sent from here.
 */
type Writer = Exclude<keyof typeof write, 'importExportFile'>;
const SCENARIOS: Record<Writer, { writes: boolean; run: () => Promise<unknown> }> = {
  updateSettings: { writes: false, run: () => write.updateSettings(db, { language: 'en' }) },
  startSession: { writes: true, run: () => write.startSession(db, { ticketId: 'IN110088252', agentId: '930101', ticket: { ticketId: 'IN110088252' }, now: NOW }) },
  applyFlowEvent: {
    writes: true,
    run: async () => write.applyFlowEvent(db, { sessionId: await openSessionId(), event: { type: 'submitRequest', request: REQUEST }, now: NOW, rules }),
  },
  saveDraft: { writes: false, run: async () => write.saveDraft(db, { sessionId: await openSessionId(), values: { 'recheck.note': 'x' }, origin: 'panel', now: NOW }) },
  recordFillStart: {
    writes: true,
    run: async () =>
      write.recordFillStart(db, {
        sessionId: await openSessionId(),
        started: { fillId: FILL, profileId: 'nossa-maximo', ref: '[Pandu 1A2B3C]', commit: false, steps: [], startedAt: NOW },
        now: NOW,
      }),
  },
  recordFillField: {
    writes: true,
    run: async () =>
      write.recordFillField(db, {
        sessionId: await openSessionId(),
        fillId: FILL,
        result: { field: 'pendingReason', expected: 'A', actual: 'A', status: 'done', reason: null, message: null, ms: 1 },
        now: NOW,
      }),
  },
  recordFillRun: { writes: true, run: async () => write.recordFillRun(db, { sessionId: await openSessionId(), result: fillResult, now: NOW }) },
  recordFillReload: { writes: true, run: async () => write.recordFillReload(db, { sessionId: await openSessionId(), fillId: FILL, now: NOW }) },
  tickChecklistStep: { writes: true, run: () => write.tickChecklistStep(db, target, { step: '1.1.1', ticked: true }) },
  completeChecklist: {
    writes: true,
    run: async () => {
      for (const step of PREPARATION_STEPS) await write.tickChecklistStep(db, target, { step, ticked: true });
      return write.completeChecklist(db, target);
    },
  },
  recordNossaSighting: {
    writes: true,
    run: () => write.recordNossaSighting(db, { ...target, slot: { ...SLOT, id: 'siang', name: 'Siang' } }, { page: 'app', user: '930101', agentNossaUserId: '930101' }),
  },
  recordFollowUp: { writes: true, run: async () => write.recordFollowUp(db, await openSessionId(), 'followup.opened', NOW) },
  deleteExpired: { writes: false, run: () => write.deleteExpired(db, '2026-11-26T02:00:00.000Z') },
  applyRetention: { writes: true, run: () => write.applyRetention(db, { now: hoursFromNow(24 * 400), days: 7, by: 'lead', agentId: '930101' }) },
  // The team link's own writes store no record; queueing the history re-queues what is stored.
  queueHistory: { writes: true, run: () => write.queueHistory(db) },
  queueHistoryOnce: { writes: false, run: () => write.queueHistoryOnce(db, { ...connection(), historyQueuedAt: NOW }, NOW) },
  writeSyncState: { writes: false, run: async () => write.writeSyncState(db, { ...initialSyncState(), failures: 1 }, connection().tokenId) },
  dropFromOutbox: { writes: false, run: () => write.dropFromOutbox(db, [{ key: 'session:gone', rev: 'x' }]) },
  storeTeamConnection: { writes: false, run: () => write.storeTeamConnection(db, connection()).then(() => write.queueHistory(db)) },
  forgetTeamConnection: {
    writes: false,
    run: () =>
      write
        .forgetTeamConnection(db)
        .then(() => write.storeTeamConnection(db, connection()))
        .then(() => write.queueHistory(db)),
  },
};

describe('the outbox, written in the same transaction as each record', () => {
  it('has a scenario for every write function (importExportFile aside)', () => {
    expect(Object.keys(write).sort()).toEqual([...Object.keys(SCENARIOS), 'importExportFile'].sort());
  });

  it('queues every record each write function stores, and drops the rows of records it deletes', async () => {
    await enrol(db);
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      // Old records for the deletions to find.
      if (name === 'deleteExpired')
        await write.startSession(db, { ticketId: 'IN110000001', agentId: '930101', ticket: { ticketId: 'IN110000001' }, now: '2026-11-25T00:00:00.000Z' });
      const before = await count();
      const revs = new Map((await db.outbox.toArray()).map((row) => [row.key, row.rev]));
      await scenario.run();
      const stored = await storedKeys();
      expect(await outboxKeys(), name).toEqual(stored);
      if (scenario.writes) {
        const changed = (await db.outbox.toArray()).filter((row) => revs.get(row.key) !== row.rev);
        expect(changed.length, `${name} queued what it wrote`).toBeGreaterThan(0);
      } else if (name !== 'deleteExpired') expect(stored.length, name).toBe(before);
    }
    // Retention deleted everything older than a week, and its own event is what waits.
    expect((await db.outbox.toArray()).map((row) => row.kind)).toEqual(['event']);
  });

  it('gives a record a fresh rev on every write, keeping one row per record', async () => {
    await enrol(db);
    const sessionId = await openSessionId();
    const first = await db.outbox.get(outboxKey('session', sessionId));
    await write.applyFlowEvent(db, { sessionId, event: { type: 'submitRequest', request: REQUEST }, now: hoursFromNow(0.1), rules });
    const second = await db.outbox.get(outboxKey('session', sessionId));
    expect(first && second && first.rev !== second.rev).toBe(true);
    expect((await db.outbox.toArray()).filter((row) => row.kind === 'session')).toHaveLength(1);
  });

  it('queues nothing while no server is configured, or when this browser is a lead’s', async () => {
    const link = ['storeTeamConnection', 'forgetTeamConnection'];
    for (const [name, run] of Object.entries(SCENARIOS)) if (!link.includes(name)) await run.run();
    expect(await count()).toBeGreaterThan(0);
    expect(await db.outbox.count()).toBe(0);
    await enrol(db, 'lead');
    await write.startSession(db, { ticketId: 'IN110088259', agentId: '930101', ticket: { ticketId: 'IN110088259' }, now: NOW });
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps neither the record nor its row when the transaction fails', async () => {
    await enrol(db);
    const failing = db.transaction('rw', [db.sessions, db.events, db.drafts, db.outbox, db.team], async () => {
      await write.startSession(db, { ticketId: 'IN110088253', agentId: '930101', ticket: { ticketId: 'IN110088253' }, now: NOW });
      expect(await db.outbox.count()).toBe(2); // queued inside, then rolled back with the record
      throw new Error('the disk gave up');
    });
    await expect(failing).rejects.toThrow('the disk gave up');
    expect(await count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('stores no record when its outbox row cannot be written', async () => {
    const broken = new PanduDb(`outbox-broken-${crypto.randomUUID()}`);
    broken.use({
      stack: 'dbcore',
      level: 5,
      name: 'outbox-full',
      create: (down: DBCore) => ({
        ...down,
        table: (name: string) => {
          const table = down.table(name);
          return name === 'outbox' ? { ...table, mutate: () => Promise.reject(new Error('quota')) } : table;
        },
      }),
    });
    await enrol(broken);
    await expect(write.startSession(broken, { ticketId: 'IN110088254', agentId: '930101', ticket: { ticketId: 'IN110088254' }, now: NOW })).rejects.toThrow('quota');
    expect(await broken.sessions.count()).toBe(0);
    expect(await broken.events.count()).toBe(0);
    await broken.delete();
  });

  it('tells the background after the queuing transaction committed, not before', async () => {
    await enrol(db);
    const heard: number[] = [];
    db.onOutboxQueued(() => void db.sessions.count().then((n) => heard.push(n)));
    await write.startSession(db, { ticketId: 'IN110088255', agentId: '930101', ticket: { ticketId: 'IN110088255' }, now: NOW });
    await expect.poll(() => heard).toEqual([1]);
  });
});

describe('the history queued at enrolment', () => {
  it('queues every record made here, page by page, and none imported from another agent’s file', async () => {
    for (let i = 0; i < 7; i++) await write.startSession(db, { ticketId: `IN11008830${i}`, agentId: '930101', ticket: { ticketId: `IN11008830${i}` }, now: NOW });
    await write.tickChecklistStep(db, target, { step: '1.1.1', ticked: true });
    const imported = (await db.sessions.toCollection().first())!;
    const importId = crypto.randomUUID();
    await db.sources.put({ key: `${importId}:session:0`, importId, kind: 'session', recordIds: [imported.id] });
    expect(await db.outbox.count()).toBe(0);
    await enrol(db);
    const queued = await queueHistory(db, 3);
    const expected = (await storedKeys()).filter((key) => key !== outboxKey('session', imported.id));
    expect(await outboxKeys()).toEqual(expected);
    expect(queued).toBe(expected.length);
  });

  it('queues nothing for a lead', async () => {
    await write.startSession(db, { ticketId: 'IN110088301', agentId: '930101', ticket: { ticketId: 'IN110088301' }, now: NOW });
    await enrol(db, 'lead');
    expect(await queueHistory(db)).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
