import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { PanduDb, type ChecklistTarget } from '@/lib/db';
import {
  applyFlowEvent,
  applyRetention,
  completeChecklist,
  recordFillField,
  recordFillReload,
  recordFillRun,
  recordFillStart,
  recordFollowUp,
  recordNossaSighting,
  startSession,
  tickChecklistStep,
} from '@/lib/db/write';
import { buildExportFile } from '@/lib/export';
import type { FieldResult, FillResult, FillStarted, TicketSnapshot } from '@/lib/schema';
import fixture from './fixtures/events-v1.json';
import exported from './fixtures/export-v1.json';

/**
 * The scenario that made fixtures/events-v1.json with the writers of commit 48e9a33 (before
 * events were one typed union), run again with today's writers: every kind, written through the
 * one constructor, comes out exactly as it did, so files and trails from before and after agree.
 */
const T0 = Date.parse('2026-11-26T01:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const rules = { minFailedAttempts: 2, maxPendingHours: 72 };

it('every writer writes what the writers before the union wrote, byte for byte', async () => {
  let n = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `e0000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`);
  const db = new PanduDb('gen');
  const ticket: TicketSnapshot = {
    ticketId: 'IN110088251',
    summary: 'Internet mati sejak pagi',
    status: 'QUEUED',
    ownerGroup: 'TIF HD WITEL BANDUNG',
    customerName: 'Bapak Hendra',
    contactPhone: '081234567890',
    serviceId: '131100123456',
  };
  const frozen: TicketSnapshot = { ...ticket, factsReadAt: at(9) };
  const flow = async (sessionId: string, minute: number, event: unknown) => {
    const r = await applyFlowEvent(db, { sessionId, event, now: at(minute), rules });
    if (r.refusal) throw new Error(JSON.stringify(r.refusal));
  };
  // A: approved, filled by Pandu, read back, applied by fill; one attempt back and forth.
  const a = (await startSession(db, { ticketId: 'IN110088251', agentId: '930101', ticket, now: at(0) })).session.id;
  await flow(a, 1, {
    type: 'submitRequest',
    request: {
      requesterName: 'Asep Saepudin',
      requesterGroup: 'TIF HD WITEL BANDUNG',
      reasonCode: 'PLG-RESCHEDULE',
      requestedUntil: at(60 * 20),
      note: 'Teknisi minta jadwal ulang',
    },
  });
  await flow(a, 2, { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } });
  await flow(a, 3, { type: 'logAttempt', result: 'no-answer', note: 'sms terkirim ke 081234567890' });
  await flow(a, 4, { type: 'logAttempt', result: 'connected' });
  await flow(a, 5, { type: 'back' });
  await flow(a, 6, { type: 'logAttempt', result: 'connected', note: '' });
  await flow(a, 10, { type: 'customerApproves', until: at(60 * 24), ticket: frozen });
  const fillA = 'f0000000-0000-4000-8000-00000000000a';
  const fillB = 'f0000000-0000-4000-8000-00000000000b';
  const fillC = 'f0000000-0000-4000-8000-00000000000c';
  const started = (fillId: string, minute: number, commit: boolean): FillStarted => ({
    fillId,
    profileId: 'nossa-maximo',
    ref: `[Pandu ${fillId.slice(-6).toUpperCase()}]`,
    commit,
    steps: [
      { kind: 'set', field: 'pendingReason', value: 'PLG-RESCHEDULE', group: 'main' },
      { kind: 'set', field: 'workLogDetails', value: 'Pelanggan setuju pending sampai 27-11-2026 09:00 WIB', group: 'workLog' },
      { kind: 'commit', action: 'save' },
    ],
    startedAt: at(minute),
  });
  const field = (name: string, ok: boolean, ms: number, already?: boolean): FieldResult => ({
    field: name,
    expected: 'PLG-RESCHEDULE',
    actual: ok ? 'PLG-RESCHEDULE' : null,
    status: ok ? 'done' : 'failed',
    reason: ok ? null : 'menu-item-missing',
    message: ok ? null : 'BMXAA4211E - nilai tidak ada di daftar',
    ms,
    ...(already === undefined ? {} : { already }),
  });
  const run = (kind: 'fill' | 'verify', fillId: string, minute: number, ok: boolean, extra: Partial<FillResult> = {}): FillResult => ({
    kind,
    ok,
    profileId: 'nossa-maximo',
    fields: [field('pendingReason', ok, 120)],
    committed: kind === 'fill' && ok,
    startedAt: at(minute),
    totalMs: 2400,
    ownMs: 180,
    fillId,
    record: { state: ok ? 'saved' : 'unsaved', message: ok ? null : { text: 'Ada perubahan yang belum disimpan', severity: 'warning' } },
    ...extra,
  });
  // Fill B fails, then the page is reloaded for a refill; fill C starts while B never ended -> interrupted.
  await recordFillStart(db, { sessionId: a, started: started(fillB, 11, false), now: at(11) });
  await recordFillField(db, { sessionId: a, fillId: fillB, result: field('pendingReason', false, 300), now: at(11) });
  await recordFillRun(db, { sessionId: a, result: run('fill', fillB, 11, false), now: at(12) });
  await recordFillReload(db, { sessionId: a, fillId: fillB, purpose: 'refill', now: at(12) });
  await recordFillStart(db, { sessionId: a, started: started(fillC, 13, true), now: at(13) });
  await recordFillStart(db, { sessionId: a, started: started(fillA, 14, true), now: at(14) });
  await recordFillField(db, { sessionId: a, fillId: fillA, result: field('pendingReason', true, 90, true), now: at(14) });
  await recordFillRun(db, { sessionId: a, result: run('fill', fillA, 14, true), now: at(15) });
  await recordFillRun(db, { sessionId: a, result: run('verify', fillA, 15, true, { phase: 'record' }), now: at(15) });
  await recordFillReload(db, { sessionId: a, fillId: fillA, purpose: 'readBack', now: at(15) });
  await recordFillRun(db, { sessionId: a, result: run('verify', fillA, 16, true, { phase: 'readBack' }), now: at(16) });
  await flow(a, 17, { type: 'markApplied', workLog: 'Pelanggan setuju pending sampai 27-11-2026 09:00 WIB', by: 'fill' });
  // B: unreachable without frozen facts (a caller without them), applied by hand.
  const b = (await startSession(db, { ticketId: 'IN110088252', agentId: '930101', ticket: { ticketId: 'IN110088252' }, now: at(30) })).session.id;
  await flow(b, 31, {
    type: 'submitRequest',
    request: { requesterName: 'Wayan', requesterGroup: 'TIF HD WITEL DENPASAR', reasonCode: 'LOKASI-TUTUP', requestedUntil: null, note: '' },
  });
  await flow(b, 32, { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } });
  await flow(b, 33, { type: 'logAttempt', result: 'busy' });
  await flow(b, 35, { type: 'logAttempt', result: 'inactive' });
  await flow(b, 36, { type: 'declareUnreachable', until: at(60 * 48) });
  await flow(b, 38, { type: 'markApplied', workLog: 'Pelanggan tidak dapat dihubungi, pending sampai 28-11-2026', by: 'manual' });
  // C: declined with facts, then cancelled at the outcome.
  const c = (await startSession(db, { ticketId: 'IN110088253', agentId: '930101', ticket: { ticketId: 'IN110088253', customerName: 'Ibu Sari' }, now: at(40) })).session.id;
  await flow(c, 41, {
    type: 'submitRequest',
    request: { requesterName: 'Dedi', requesterGroup: 'TIF HD WITEL MAKASSAR', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: 'minta pending' },
  });
  await flow(c, 42, { type: 'confirmRecheck', checks: { ticketOpen: true, notPending: true, contactPresent: true, requestMatches: true } });
  await flow(c, 43, { type: 'logAttempt', result: 'connected' });
  await flow(c, 44, { type: 'customerDeclines', note: 'Pelanggan ingin segera diperbaiki', ticket: { ticketId: 'IN110088253', customerName: 'Ibu Sari', factsReadAt: at(44) } });
  await flow(c, 45, { type: 'cancel', reason: 'Tiket ditangani tim lain' });
  // Follow-ups of A.
  await recordFollowUp(db, a, 'followup.notified', at(60 * 23));
  await recordFollowUp(db, a, 'followup.opened', at(60 * 23 + 5));
  await recordFollowUp(db, a, 'followup.resolved', at(60 * 23 + 10));
  // A checklist: ticked, unticked, detected with the NOSSA user, completed.
  const slot = { id: 'pagi', name: 'Pagi', date: '2026-11-26', startsAt: '2026-11-26T00:00:00.000Z', endsAt: '2026-11-26T08:00:00.000Z' };
  const target = (minute: number): ChecklistTarget => ({ agentId: '930101', slot, graceMinutes: 15, now: new Date(Date.parse(slot.startsAt) + minute * 60_000).toISOString() });
  await tickChecklistStep(db, target(1), { step: '1.1.1', ticked: true });
  await tickChecklistStep(db, target(2), { step: '1.1.2', ticked: true });
  await tickChecklistStep(db, target(3), { step: '1.1.2', ticked: false });
  await tickChecklistStep(db, target(4), { step: '1.1.2', ticked: true });
  await recordNossaSighting(db, target(5), { page: 'app', user: '930101', agentNossaUserId: '930101' });
  await tickChecklistStep(db, target(6), { step: '1.1.5', ticked: true });
  await completeChecklist(db, target(7));
  // A clean-up the lead confirmed.
  await applyRetention(db, { now: at(60 * 24 * 200), days: 365, by: 'lead', agentId: '930101' });

  try {
    const events = await db.events.orderBy('at').toArray();
    // Key order too: exports and the dashboard's details list payload fields in stored order.
    expect(JSON.stringify(events)).toBe(JSON.stringify(fixture.today));
    const sessions = await db.sessions.toArray();
    const shifts = await db.shifts.toArray();
    const agent = { nossaUserId: '930101', name: 'Dewi Lestari', area: 'BDG' as const, teamLead: 'Rina Marlina' };
    const file = buildExportFile({
      sessions,
      events: events.filter((e) => e.type !== 'retention.deleted'),
      shifts,
      agents: new Map([[agent.nossaUserId, agent]]),
      exportedBy: agent,
      exportedAt: at(60 * 30),
      appVersion: '0.1.0',
      mask: false,
    });
    expect(file).toEqual(exported);
  } finally {
    await db.delete();
  }
});
