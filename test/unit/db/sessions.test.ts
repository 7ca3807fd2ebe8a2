import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, getFlowView, requesterSuggestions } from '@/lib/db';
import { applyFlowEvent, saveDraft, startSession } from '@/lib/db/write';
import { ALL_CHECKS, NOW, REQUEST, hoursFromNow } from '../procedure/helpers';

let db: PanduDb;
const rules = { minFailedAttempts: 2, maxPendingHours: 72 };
const ticket = { ticketId: 'IN110088251', customerName: 'SITI NURHALIZA', contactPhone: '6281234567890' };
const start = () => startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket, now: NOW });
const apply = (sessionId: string, event: unknown, now = NOW) => applyFlowEvent(db, { sessionId, event, now, rules });

beforeEach(() => {
  db = new PanduDb(`sessions-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('sessions in Dexie', () => {
  it('starts one session per ticket, also when two tabs start at the same moment', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.session.id).toBe(b.session.id);
    expect(await db.sessions.count()).toBe(1);
    expect((await start()).session.id).toBe(a.session.id);
    expect(a.events.map((e) => e.type)).toEqual(['session.started']);
  });

  it('writes each accepted step with its audit event carrying agent, time and procedure revision', async () => {
    const { session } = await start();
    const { view, refusal } = await apply(session.id, { type: 'submitRequest', request: REQUEST });
    expect(refusal).toBeNull();
    expect(view.session).toMatchObject({ step: 'recheck', status: 'open', updatedAt: NOW });
    const stored = await db.events.where('sessionId').equals(session.id).toArray();
    expect(stored.map((e) => e.type).sort()).toEqual(['request.submitted', 'session.started']);
    expect(stored.every((e) => e.agentId === '930101' && e.procedureRevision === 'IN.OCC.TENESA.W-02 rev - (2021-08-01)')).toBe(true);
  });

  it('writes nothing for a refused event', async () => {
    const { session } = await start();
    const { refusal } = await apply(session.id, { type: 'declareUnreachable', until: hoursFromNow(2) });
    expect(refusal).toEqual({ code: 'illegal-transition', step: 'request', event: 'declareUnreachable' });
    expect(await db.events.count()).toBe(1);
    expect((await db.sessions.get(session.id))?.updatedAt).toBe(NOW);
  });

  it('keeps a draft until the step is submitted', async () => {
    const { session } = await start();
    expect(await saveDraft(db, { sessionId: session.id, values: { 'request.note': 'setengah diketik' }, origin: 'tab-a', now: NOW })).toBe(true);
    expect((await getFlowView(db, 'IN110088251'))?.draft).toMatchObject({ values: { 'request.note': 'setengah diketik' }, origin: 'tab-a' });
    await apply(session.id, { type: 'submitRequest', request: REQUEST });
    expect((await getFlowView(db, 'IN110088251'))?.draft).toBeNull();
  });

  it('ends a session done or cancelled, read-only, and a new request starts a new session', async () => {
    const { session } = await start();
    for (const event of [
      { type: 'submitRequest', request: REQUEST },
      { type: 'confirmRecheck', checks: ALL_CHECKS },
      { type: 'logAttempt', result: 'connected' },
      { type: 'customerApproves', until: hoursFromNow(10) },
      { type: 'markApplied', workLog: 'Pelanggan setuju', by: 'manual' },
    ])
      expect((await apply(session.id, event)).refusal).toBeNull();
    const done = await db.sessions.get(session.id);
    expect(done).toMatchObject({ status: 'done', outcome: 'approved', endedAt: NOW, step: 'done' });
    expect((await apply(session.id, { type: 'back' })).refusal).toEqual({ code: 'finished', step: 'done' });
    expect(await saveDraft(db, { sessionId: session.id, values: { 'request.note': 'x' }, origin: 'a', now: NOW })).toBe(false);

    expect((await getFlowView(db, 'IN110088251'))?.session.id).toBe(session.id);
    const next = await start();
    expect(next.session.id).not.toBe(session.id);
    expect((await getFlowView(db, 'IN110088251'))?.session.id).toBe(next.session.id);
  });

  it('suggests earlier related parties, most recent first, without duplicates', async () => {
    for (const [i, name] of ['Asep', 'Budi', 'asep'].entries()) {
      const view = await startSession(db, { ticketId: `IN11008825${i}`, agentId: '930101', ticket: { ticketId: `IN11008825${i}` }, now: hoursFromNow(i) });
      await applyFlowEvent(db, { sessionId: view.session.id, event: { type: 'submitRequest', request: { ...REQUEST, requesterName: name } }, now: hoursFromNow(i), rules });
    }
    expect(await requesterSuggestions(db)).toEqual([
      { name: 'asep', group: REQUEST.requesterGroup },
      { name: 'Budi', group: REQUEST.requesterGroup },
    ]);
  });
});
