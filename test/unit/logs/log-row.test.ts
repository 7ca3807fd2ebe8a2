import { describe, expect, it } from 'vitest';
import { fillStateOf, toLogDetail, toLogRow } from '@/lib/logs';
import { initialFlowState, revisionTag } from '@/lib/procedure';
import { AGENTS, approvedFlow, directory, makeSession } from '../export/factory';

const context = { agents: directory(AGENTS.dewi!), lastFill: new Map<string, boolean>() };

describe('a session as a dashboard row', () => {
  it('has everything the table and the exports show', () => {
    const session = makeSession(1, { startedAt: '2026-11-20T01:00:00.000Z' });
    expect(toLogRow(session, context)).toEqual({
      id: session.id,
      ticketId: 'IN110088001',
      agentId: '930101',
      agentName: 'Dewi Lestari',
      area: 'BDG',
      startedMs: Date.parse('2026-11-20T01:00:00.000Z'),
      endedMs: Date.parse('2026-11-20T01:06:00.000Z'),
      handlingSeconds: 360,
      status: 'done',
      outcome: 'approved',
      reasonCode: 'PLG-RESCHEDULE',
      pendingUntilMs: Date.parse('2026-11-21T01:00:00.000Z'),
      attempts: 2,
      failedAttempts: 1,
      fill: 'manual',
      revision: revisionTag(session.procedure),
    });
    expect(toLogDetail(session)).toMatchObject({
      requesterName: 'Asep Saepudin',
      requesterGroup: 'TIF HD WITEL BANDUNG',
      requestNote: 'Teknisi minta jadwal ulang',
      customerNote: '',
      cancelReason: '',
      workLog: 'Pelanggan dikonfirmasi di 081234567890, setuju pending.',
    });
  });

  it('leaves name and area empty for an agent this browser does not know', () => {
    const row = toLogRow(makeSession(2, { agentId: '999999' }), context);
    expect(row).toMatchObject({ agentId: '999999', agentName: '', area: '' });
  });

  it('shows an open session without end, handling time or outcome', () => {
    const flow = { ...initialFlowState(), step: 'call' as const, attempts: [{ at: '2026-11-20T01:02:00.000Z', result: 'busy' as const, note: '' }] };
    const row = toLogRow(makeSession(3, { flow }), context);
    expect(row).toMatchObject({ status: 'open', endedMs: null, handlingSeconds: null, outcome: null, attempts: 1, failedAttempts: 1, fill: 'none', reasonCode: '' });
  });

  it('keeps the decline note and the cancel reason', () => {
    const declined = approvedFlow('2026-11-20T01:00:00.000Z', { answer: { kind: 'declined', note: 'Minta teknisi datang hari ini' }, outcome: 'declined', pendingUntil: null });
    expect(toLogDetail(makeSession(4, { flow: declined })).customerNote).toBe('Minta teknisi datang hari ini');
    const cancelled = {
      ...initialFlowState(),
      step: 'cancelled' as const,
      outcome: 'cancelled' as const,
      cancel: { reason: 'Salah tiket', at: '2026-11-20T01:03:00.000Z', atStep: 'call' as const },
    };
    const session = makeSession(5, { flow: cancelled, startedAt: '2026-11-20T01:00:00.000Z' });
    expect(toLogDetail(session).cancelReason).toBe('Salah tiket');
    expect(toLogRow(session, context)).toMatchObject({ status: 'cancelled', outcome: 'cancelled', handlingSeconds: 180 });
  });

  it('reads a malformed flow state as empty instead of failing', () => {
    const session = { ...makeSession(6), answers: { request: 'oops', attempts: [null, 3, { result: 'busy' }], pendingUntil: 'not a date' } };
    const row = toLogRow(session, context);
    expect(row).toMatchObject({ reasonCode: '', attempts: 1, failedAttempts: 1, pendingUntilMs: null, fill: 'none' });
    expect(toLogDetail(session)).toMatchObject({ requesterName: '', workLog: '', attemptLog: [{ at: '', result: 'busy' }] });
  });

  it('says "ok" only for a session finished by a proven fill; a fill never proven saved is "unsaved"', () => {
    expect(fillStateOf(true, 'fill')).toBe('ok');
    expect(fillStateOf(undefined, 'fill')).toBe('ok');
    expect(fillStateOf(true, 'manual')).toBe('manual');
    expect(fillStateOf(true, '')).toBe('unsaved');
    expect(fillStateOf(false, '')).toBe('failed');
    expect(fillStateOf(false, 'manual')).toBe('manual');
    expect(fillStateOf(undefined, 'manual')).toBe('manual');
    expect(fillStateOf(undefined, '')).toBe('none');
    const session = { ...makeSession(7), answers: { ...makeSession(7).answers, appliedBy: null } };
    expect(toLogRow(session, { ...context, lastFill: new Map([[session.id, false]]) }).fill).toBe('failed');
    expect(toLogRow(session, { ...context, lastFill: new Map([[session.id, true]]) }).fill).toBe('unsaved');
  });
});
