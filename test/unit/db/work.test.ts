import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PanduDb, agentWork, isDue, openFollowUp, openFollowUps } from '@/lib/db';
import { applyFlowEvent, recordFollowUp, startSession } from '@/lib/db/write';
import { ALL_CHECKS, NOW, REQUEST, hoursFromNow } from '../procedure/helpers';

let db: PanduDb;
const rules = { minFailedAttempts: 2, maxPendingHours: 72 };
const ticket = (ticketId: string) => ({ ticketId, customerName: 'SITI', contactPhone: '6281234567890' });

async function flow(ticketId: string, end: 'approved' | 'declined' | 'open', { agentId = '930101', untilHours = 2, now = NOW } = {}) {
  const { session } = await startSession(db, { ticketId, agentId, ticket: ticket(ticketId), now });
  if (end === 'open') return session.id;
  const events = [
    { type: 'submitRequest', request: REQUEST },
    { type: 'confirmRecheck', checks: ALL_CHECKS },
    { type: 'logAttempt', result: 'connected' },
    end === 'approved' ? { type: 'customerApproves', until: hoursFromNow(untilHours) } : { type: 'customerDeclines', note: '' },
    { type: 'markApplied', workLog: 'dicatat', by: 'manual' },
  ];
  for (const event of events) {
    const { refusal } = await applyFlowEvent(db, { sessionId: session.id, event, now, rules });
    if (refusal) throw new Error(JSON.stringify(refusal));
  }
  return session.id;
}

beforeEach(() => {
  db = new PanduDb(`work-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('follow-ups of approved pendings', () => {
  it('lists only the agent’s approved pendings, soonest first, with the agreed time', async () => {
    // Started one after the other: a flow on another ticket must not hide an earlier one.
    const later = await flow('IN100000001', 'approved', { untilHours: 5 });
    const sooner = await flow('IN100000002', 'approved', { untilHours: 1, now: hoursFromNow(0.1) });
    await flow('IN100000003', 'declined');
    await flow('IN100000004', 'open');
    await flow('IN100000005', 'approved', { agentId: '940404' });
    const list = await openFollowUps(db, '930101');
    expect(list.map((f) => f.sessionId)).toEqual([sooner, later]);
    expect(list[0]).toEqual({ sessionId: sooner, ticketId: 'IN100000002', agentId: '930101', pendingUntil: hoursFromNow(1), notifiedAt: null });
  });

  it('is due from 30 minutes before the agreed time on', () => {
    const pendingUntil = hoursFromNow(1);
    expect(isDue({ pendingUntil }, Date.parse(hoursFromNow(0.49)))).toBe(false);
    expect(isDue({ pendingUntil }, Date.parse(hoursFromNow(0.5)))).toBe(true);
    expect(isDue({ pendingUntil }, Date.parse(hoursFromNow(3)))).toBe(true);
  });

  it('remembers the reminder, and drops the follow-up once the agent marks it handled', async () => {
    const id = await flow('IN100000001', 'approved');
    await recordFollowUp(db, id, 'followup.notified', hoursFromNow(2));
    expect(await openFollowUp(db, id)).toMatchObject({ notifiedAt: hoursFromNow(2) });
    await recordFollowUp(db, id, 'followup.resolved', hoursFromNow(2.1));
    expect(await openFollowUp(db, id)).toBeNull();
    const trail = await db.events
      .where('ticketId')
      .equals('IN100000001')
      .filter((e) => e.type.startsWith('followup.'))
      .sortBy('at');
    expect(trail.map((e) => [e.type, e.sessionId, e.payload.sessionId])).toEqual([
      ['followup.notified', null, id],
      ['followup.resolved', null, id],
    ]);
  });

  it('drops a follow-up when a newer flow was started on the same ticket', async () => {
    const id = await flow('IN100000001', 'approved');
    await flow('IN100000001', 'open', { now: hoursFromNow(0.1) });
    expect(await openFollowUps(db, '930101')).toEqual([]);
    expect(await openFollowUp(db, id)).toBeNull();
  });

  it('records nothing for an unknown session', async () => {
    expect(await recordFollowUp(db, crypto.randomUUID(), 'followup.opened', NOW)).toBeNull();
    expect(await db.events.count()).toBe(0);
  });
});

describe('the agent’s work', () => {
  it('lists every open flow, oldest first, and the flows touched since a moment, newest first', async () => {
    const old = await flow('IN100000001', 'open', { now: hoursFromNow(-30) });
    const todayOpen = await flow('IN100000002', 'open', { now: hoursFromNow(-1) });
    const todayDone = await flow('IN100000003', 'declined', { now: hoursFromNow(-0.5) });
    await flow('IN100000004', 'open', { agentId: '940404' });
    const { open, recent } = await agentWork(db, '930101', hoursFromNow(-8));
    expect(open.map((s) => s.id)).toEqual([old, todayOpen]);
    expect(recent.map((s) => s.id)).toEqual([todayDone, todayOpen]);
  });
});
