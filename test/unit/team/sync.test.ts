import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, readSyncState, readTeamConnection } from '@/lib/db';
import { applyFlowEvent, startSession } from '@/lib/db/write';
import { backoffDelay, createSync, type SyncDeps } from '@/entrypoints/background/sync';
import { NOW, REQUEST } from '../procedure/helpers';
import { SERVER, TOKEN, connection, enrol } from './connection';
import { accept, apiError, fakeServer, json, type Seen } from './fake-server';

let db: PanduDb;
let clock: number;
beforeEach(() => {
  db = new PanduDb(`sync-${crypto.randomUUID()}`);
  clock = Date.parse(NOW);
});
afterEach(() => db.delete());

const rules = { minFailedAttempts: 2, maxPendingHours: 72 };
const sync = (fetch: typeof globalThis.fetch, more: Partial<SyncDeps> = {}) =>
  createSync({ db, clock: () => clock, fetch, hasPermission: async (origin) => origin === SERVER, random: () => 1, ...more });
const start = (ticketId = 'IN110088251') => startSession(db, { ticketId, agentId: '930101', ticket: { ticketId }, now: NOW });
const ids = (seen: Seen) => seen.records.map((item) => `${item.kind}:${(item.record as { id: string }).id}`).sort();
const waiting = async () => (await db.outbox.toCollection().primaryKeys()).map(String).sort();

describe('flushing the outbox', () => {
  it('sends nothing, anywhere, while no server is configured', async () => {
    const server = fakeServer();
    await start();
    expect(await sync(server.fetch).flush(true)).toEqual({ outcome: 'idle' });
    expect(server.seen).toHaveLength(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends each waiting record as stored now, to the configured origin only, with the token, and drops what was acknowledged', async () => {
    await enrol(db);
    const { session } = await start();
    await applyFlowEvent(db, { sessionId: session.id, event: { type: 'submitRequest', request: REQUEST }, now: NOW, rules });
    const queued = await waiting();
    const server = fakeServer();
    expect(await sync(server.fetch).flush()).toEqual({ outcome: 'sent', acknowledged: 3 });
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]).toMatchObject({ url: `${SERVER}/api/v1/ingest`, method: 'POST', authorization: `Bearer ${TOKEN}` });
    expect(ids(server.seen[0]!)).toEqual(queued);
    const sent = server.seen[0]!.records.find((item) => item.kind === 'session')!.record as { step: string };
    expect(sent.step).toBe('recheck'); // the session as it is now, not as it was first queued
    expect(await db.outbox.count()).toBe(0);
    expect(await readSyncState(db)).toMatchObject({ failures: 0, lastError: null, lastSyncAt: NOW });
  });

  it('keeps what the server did not acknowledge, and drops what it quarantined', async () => {
    await enrol(db);
    await start('IN110088251');
    await start('IN110088252');
    let quarantinedKey = '';
    const server = fakeServer((seen, n) => {
      if (n > 0) return json(200, { accepted: [], quarantined: [], seq: '2' });
      const [first, second] = seen.records;
      quarantinedKey = `${first!.kind}:${(first!.record as { id: string }).id}`;
      const acceptedId = (second!.record as { id: string }).id;
      return json(200, { accepted: [acceptedId], quarantined: [{ index: 0, id: null, path: 'payload', reason: 'bad' }], seq: '2' });
    });
    const before = await waiting();
    await sync(server.fetch).flush();
    const left = await waiting();
    expect(left).toHaveLength(before.length - 2);
    expect(left).not.toContain(quarantinedKey);
    expect((await readSyncState(db))?.quarantined).toBe(1);
  });

  it('keeps a record written again while its copy was on the way, and sends the new copy next time', async () => {
    await enrol(db);
    const { session } = await start();
    const server = fakeServer(async (seen, n) => {
      if (n === 0) await applyFlowEvent(db, { sessionId: session.id, event: { type: 'submitRequest', request: REQUEST }, now: NOW, rules });
      return accept(seen);
    });
    const flush = sync(server.fetch);
    await flush.flush();
    // The first answer acknowledged the old copy; the rewritten session was sent again in the same flush.
    expect(server.seen.length).toBe(2);
    expect(ids(server.seen[1]!)).toContain(`session:${session.id}`);
    expect((server.seen[1]!.records.find((item) => item.kind === 'session')!.record as { step: string }).step).toBe('recheck');
    expect(await db.outbox.count()).toBe(0);
  });

  it('drops the row of a record deleted since it was queued, without sending it', async () => {
    await enrol(db);
    const { session } = await start();
    await db.transaction('rw', db.sessions, () => db.sessions.delete(session.id)); // outside the outbox's transactions: a stray row stays
    const server = fakeServer();
    await sync(server.fetch).flush();
    expect(server.seen.flatMap((seen) => ids(seen))).not.toContain(`session:${session.id}`);
    expect(await db.outbox.count()).toBe(0);
  });

  it('backs off after a failure, 2 s doubling to 5 min with jitter, and sends nothing while waiting', async () => {
    expect([1, 2, 3, 4, 8, 9, 20].map((n) => backoffDelay(n, 1))).toEqual([2_000, 4_000, 8_000, 16_000, 256_000, 300_000, 300_000]);
    expect(backoffDelay(1, 0)).toBe(1_000);
    expect(backoffDelay(20, 0)).toBe(150_000);

    await enrol(db);
    await start();
    let down = true;
    const server = fakeServer((seen) => (down ? 'network-down' : accept(seen)));
    const worker = sync(server.fetch);
    expect(await worker.flush()).toMatchObject({ outcome: 'failed', code: 'network', retryAt: new Date(clock + 2_000).toISOString() });
    expect(await worker.flush()).toEqual({ outcome: 'waiting', until: new Date(clock + 2_000).toISOString() });
    expect(server.seen).toHaveLength(1);
    clock += 2_000;
    expect(await worker.flush()).toMatchObject({ outcome: 'failed', retryAt: new Date(clock + 4_000).toISOString() });
    expect((await readSyncState(db))?.failures).toBe(2);
    for (const status of [503, 429]) {
      clock += 300_000;
      down = false;
      const busy = fakeServer(() => apiError(status, status === 503 ? 'server.unavailable' : 'rate.limited'));
      expect(await sync(busy.fetch).flush()).toMatchObject({ outcome: 'failed', code: status === 503 ? 'server.unavailable' : 'rate.limited' });
    }
    expect(await db.outbox.count()).toBeGreaterThan(0); // nothing lost
    clock += 300_000;
    expect(await worker.flush()).toMatchObject({ outcome: 'sent' });
    expect(await readSyncState(db)).toMatchObject({ failures: 0, nextAttemptAt: null, lastError: null });
  });

  it('stops sending when the token is revoked, keeping the outbox until the agent enrols again', async () => {
    await enrol(db);
    await start();
    const server = fakeServer(() => apiError(401, 'auth.revoked', 'token revoked'));
    const worker = sync(server.fetch);
    expect(await worker.flush()).toMatchObject({ outcome: 'failed', code: 'auth.revoked', retryAt: null });
    expect(await worker.flush(true)).toMatchObject({ outcome: 'failed', code: 'auth.revoked' });
    clock += 3_600_000;
    expect(await worker.flush()).toMatchObject({ outcome: 'failed', code: 'auth.revoked' });
    expect(server.seen).toHaveLength(1);
    expect(await db.outbox.count()).toBe(2);
    expect((await readSyncState(db))?.lastError?.code).toBe('auth.revoked');
  });

  it('halves the batch when the server says it is too large', async () => {
    await enrol(db);
    for (let i = 0; i < 5; i++) await start(`IN11008830${i}`); // 10 records
    const server = fakeServer((seen) => (seen.records.length > 3 ? apiError(413, 'batch.too-large') : accept(seen)));
    await sync(server.fetch).flush();
    expect(server.seen.map((seen) => seen.records.length)).toEqual([10, 5, 3, 3, 3, 1]); // then stays at the size that passed
    expect(await db.outbox.count()).toBe(0);
  });

  it('asks nothing of a server the browser does not allow', async () => {
    await enrol(db);
    await start();
    const server = fakeServer();
    expect(await sync(server.fetch, { hasPermission: async () => false }).flush(true)).toMatchObject({ outcome: 'failed', code: 'permission' });
    expect(server.seen).toHaveLength(0);
    expect(await db.outbox.count()).toBe(2);
  });

  it('finishes queueing the history when the worker stopped while enrolment queued it', async () => {
    await start();
    await db.team.put(connection()); // enrolled, history not marked as queued
    expect(await db.outbox.count()).toBe(0);
    const server = fakeServer();
    expect(await sync(server.fetch).flush()).toEqual({ outcome: 'sent', acknowledged: 2 });
    expect((await readTeamConnection(db))?.historyQueuedAt).toBe(NOW);
    await start('IN110088252');
    await sync(server.fetch).flush();
    expect(server.seen.map((seen) => seen.records.length)).toEqual([2, 2]); // the history once, then only what is new
  });

  it('does not take an answer that is not the contract as an acknowledgement', async () => {
    await enrol(db);
    await start();
    const server = fakeServer(() => new Response('<html>proxy</html>', { status: 200 }));
    expect(await sync(server.fetch).flush()).toMatchObject({ outcome: 'failed', code: 'bad-response' });
    expect(await db.outbox.count()).toBe(2);
  });
});
