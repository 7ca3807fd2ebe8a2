import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, unfinishedFills } from '@/lib/db';
import { applyFlowEvent, recordFillField, recordFillReload, recordFillRun, recordFillStart, startSession } from '@/lib/db/write';
import type { FieldResult, FillResult, FillStarted } from '@/lib/schema';
import { NOW, REQUEST, hoursFromNow } from '../procedure/helpers';

let db: PanduDb;
const rules = { minFailedAttempts: 2, maxPendingHours: 72 };
const FILL_A = '11111111-1111-4111-8111-111111111111';
const FILL_B = '22222222-2222-4222-8222-222222222222';
const started = (fillId: string, at = NOW): FillStarted => ({
  fillId,
  profileId: 'nossa-maximo',
  ref: '[Pandu 1A2B3C]',
  commit: false,
  steps: [{ kind: 'set', field: 'pendingReason', value: 'PLG-RESCHEDULE', group: 'main' }],
  startedAt: at,
});
const field: FieldResult = { field: 'pendingReason', expected: 'PLG-RESCHEDULE', actual: 'PLG-RESCHEDULE', status: 'done', reason: null, message: null, ms: 10 };
const result = (fillId: string, kind: 'fill' | 'verify' = 'fill'): FillResult => ({
  kind,
  ok: true,
  profileId: 'nossa-maximo',
  fields: [field],
  committed: false,
  startedAt: NOW,
  totalMs: 100,
  ownMs: 10,
  fillId,
  ...(kind === 'verify' ? { phase: 'record' as const } : {}),
});
const types = async (sessionId: string) => (await db.events.where('sessionId').equals(sessionId).sortBy('at')).map((e) => e.type);

let sessionId: string;
beforeEach(async () => {
  db = new PanduDb(`fills-${crypto.randomUUID()}`);
  sessionId = (await startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket: { ticketId: 'IN110088251' }, now: NOW })).session.id;
});
afterEach(() => db.delete());

describe('a fill as a durable operation in Dexie', () => {
  it('writes fill.started, each field, the result and the reload, in that order, with the exact values', async () => {
    await recordFillStart(db, { sessionId, started: started(FILL_A), now: hoursFromNow(0.1) });
    await recordFillField(db, { sessionId, fillId: FILL_A, result: field, now: hoursFromNow(0.2) });
    await recordFillRun(db, { sessionId, result: result(FILL_A), now: hoursFromNow(0.3) });
    const view = await recordFillReload(db, { sessionId, fillId: FILL_A, now: hoursFromNow(0.4) });
    expect(view.events.map((e) => e.type)).toEqual(['session.started', 'fill.started', 'fill.field', 'fill.result', 'fill.reload']);
    expect(view.events[1]!.payload).toEqual(started(FILL_A));
    expect(view.events[2]!.payload).toEqual({ fillId: FILL_A, result: field });
    expect(view.events.every((e) => e.v === 1 && e.agentId === '930101')).toBe(true);
  });

  it('closes an earlier fill that never ended with fill.interrupted before the new fill.started', async () => {
    await recordFillStart(db, { sessionId, started: started(FILL_A), now: hoursFromNow(0.1) });
    await recordFillField(db, { sessionId, fillId: FILL_A, result: field, now: hoursFromNow(0.2) });
    const view = await recordFillStart(db, { sessionId, started: started(FILL_B, hoursFromNow(0.3)), now: hoursFromNow(0.3) });
    const interrupted = view.events.find((e) => e.type === 'fill.interrupted');
    expect(interrupted?.payload).toEqual({ fillId: FILL_A });
    expect(unfinishedFills(view.events)).toEqual([FILL_B]);
  });

  it('stores a retried message once (same fill started, same field, same run)', async () => {
    for (let i = 0; i < 2; i++) {
      await recordFillStart(db, { sessionId, started: started(FILL_A), now: NOW });
      await recordFillField(db, { sessionId, fillId: FILL_A, result: field, now: NOW });
      await recordFillRun(db, { sessionId, result: result(FILL_A), now: NOW });
      await recordFillRun(db, { sessionId, result: result(FILL_A, 'verify'), now: NOW });
    }
    expect((await types(sessionId)).sort()).toEqual(['fill.field', 'fill.result', 'fill.started', 'fill.verify', 'session.started']);
  });

  it('refuses every fill record on a finished session and writes nothing', async () => {
    await applyFlowEvent(db, { sessionId, event: { type: 'cancel', reason: 'Salah tiket' }, now: NOW, rules });
    const before = await db.events.count();
    await expect(recordFillStart(db, { sessionId, started: started(FILL_A), now: NOW })).rejects.toThrow(/finished/);
    await expect(recordFillField(db, { sessionId, fillId: FILL_A, result: field, now: NOW })).rejects.toThrow(/finished/);
    await expect(recordFillRun(db, { sessionId, result: result(FILL_A), now: NOW })).rejects.toThrow(/finished/);
    await expect(recordFillReload(db, { sessionId, fillId: FILL_A, now: NOW })).rejects.toThrow(/finished/);
    expect(await db.events.count()).toBe(before);
  });

  it('refuses a session that is not stored', async () => {
    await expect(recordFillStart(db, { sessionId: FILL_B, started: started(FILL_A), now: NOW })).rejects.toThrow();
  });
});

describe('ticket facts frozen at the outcome', () => {
  it('are stored in the flow and in the audit event, and dropped again by "back"', async () => {
    const ticket = { ticketId: 'IN110088251', customerName: 'SITI', contactPhone: '6281234567890' };
    for (const event of [
      { type: 'submitRequest', request: REQUEST },
      { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } },
      { type: 'logAttempt', result: 'connected' },
      { type: 'customerApproves', until: hoursFromNow(5), ticket },
    ])
      expect((await applyFlowEvent(db, { sessionId, event, now: NOW, rules })).refusal).toBeNull();
    const stored = await db.sessions.get(sessionId);
    expect((stored!.answers as { outcomeTicket: unknown }).outcomeTicket).toEqual(ticket);
    const approved = (await db.events.where('sessionId').equals(sessionId).toArray()).find((e) => e.type === 'customer.approved');
    expect(approved?.payload.ticket).toEqual(ticket);
    const back = await applyFlowEvent(db, { sessionId, event: { type: 'back' }, now: NOW, rules });
    expect(back.view.flow.outcomeTicket).toBeNull();
  });
});
