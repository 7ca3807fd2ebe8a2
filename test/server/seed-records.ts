import fc from 'fast-check';
import { buildEvent, type EventEntry } from '../../lib/events';
import { initialFlowState, procedureRef, type AttemptResult, type FlowState } from '../../lib/procedure';
import type { FieldResult, FillFailure, Outcome, PanduEvent, Session, Shift } from '../../lib/schema';

/** Deterministic uuids, so a test can name its records. */
export const uuid = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

export interface SessionSpec {
  n: number;
  agentId: string;
  startedAt: string;
  ticketId: string;
  /** null: still open. */
  outcome: Outcome | null;
  reasonCode: string;
  attempts: AttemptResult[];
  appliedBy: 'manual' | 'fill' | null;
  /** Minutes from start to end (finished sessions). */
  minutes: number;
  /** Pending-until, minutes after start (approved sessions). */
  pendingMinutes: number;
  requesterName?: string;
  workLog?: string;
}

/** A session as the extension's state machine leaves it (validated by ingest with lib/schema). */
export function sessionRecord(spec: SessionSpec): Session {
  const { startedAt, outcome } = spec;
  const end = plus(startedAt, spec.minutes);
  const flow: FlowState = {
    ...initialFlowState(),
    request: spec.reasonCode
      ? {
          requesterName: spec.requesterName ?? 'Asep Saepudin',
          requesterGroup: 'TIF HD WITEL BANDUNG',
          reasonCode: spec.reasonCode,
          requestedUntil: null,
          note: 'Teknisi minta jadwal ulang',
        }
      : null,
    attempts: spec.attempts.map((result, i) => ({ at: plus(startedAt, i + 1), result, note: '' })),
  };
  if (outcome === null) flow.step = spec.attempts.length ? 'call' : 'request';
  else if (outcome === 'cancelled') Object.assign(flow, { step: 'cancelled', outcome, cancel: { reason: 'Salah tiket', at: end, atStep: 'call' } });
  else {
    const pendingUntil = outcome === 'approved' ? plus(startedAt, spec.pendingMinutes) : null;
    Object.assign(flow, {
      step: 'done',
      outcome,
      answer: outcome === 'approved' ? { kind: 'approved', until: pendingUntil } : outcome === 'declined' ? { kind: 'declined', note: 'Minta teknisi datang hari ini' } : null,
      pendingUntil,
      workLog: spec.workLog ?? 'Pelanggan dikonfirmasi, setuju pending.',
      appliedAt: end,
      appliedBy: spec.appliedBy,
    });
  }
  return {
    v: 1,
    id: uuid(1, spec.n),
    ticketId: spec.ticketId,
    agentId: spec.agentId,
    procedure: procedureRef(),
    step: flow.step,
    answers: flow,
    outcome,
    status: outcome === null ? 'open' : outcome === 'cancelled' ? 'cancelled' : 'done',
    startedAt,
    updatedAt: outcome === null ? startedAt : end,
    endedAt: outcome === null ? null : end,
  };
}

/** Random sessions over `days` days from `from`, for the property tests (ticket ids and reasons repeat, so ties happen). */
export const sessionSpecArb = (agentIds: readonly string[], from: string, days: number) =>
  fc.record({
    agentId: fc.constantFrom(...agentIds),
    startedAt: fc.integer({ min: 0, max: days * 24 * 4 }).map((quarter) => plus(from, quarter * 15)),
    ticketId: fc.constantFrom('IN110088001', 'IN110088251', 'IN220011111', 'INC0000012345', 'IN98765'),
    outcome: fc.constantFrom<Outcome | null>(null, 'approved', 'unreachable', 'declined', 'cancelled'),
    reasonCode: fc.constantFrom('', 'PLG-RESCHEDULE', 'PLG-TIDAK-DI-LOKASI', 'TEKNISI-BELUM-DATANG'),
    attempts: fc.array(fc.constantFrom<AttemptResult>('connected', 'no-answer', 'busy'), { maxLength: 4 }),
    appliedBy: fc.constantFrom<'manual' | 'fill' | null>(null, 'manual', 'fill'),
    minutes: fc.integer({ min: 0, max: 90 }),
    pendingMinutes: fc.integer({ min: 60, max: 3 * 24 * 60 }),
  });

export function eventOf(session: Pick<Session, 'id' | 'agentId' | 'ticketId'> | null, entry: EventEntry, at: string, id: string, agentId = session?.agentId ?? ''): PanduEvent {
  return buildEvent(entry, { agentId, sessionId: session?.id ?? null, ticketId: session?.ticketId ?? null, procedureRevision: 'IN.OCC.TENESA.W-02@-' }, at, id);
}

export const fieldResult = (field: string, reason: FillFailure | null = null): FieldResult => ({
  field,
  expected: 'PLG-RESCHEDULE',
  actual: reason ? null : 'PLG-RESCHEDULE',
  status: reason ? 'failed' : 'done',
  reason,
  message: null,
  ms: 50,
});

export function fillResultEvent(session: Session, ok: boolean, at: string, id: string): PanduEvent {
  return eventOf(
    session,
    { type: 'fill.result', payload: { kind: 'fill', ok, profileId: 'nossa-maximo', fields: [], committed: false, startedAt: at, totalMs: 900, ownMs: 90 } },
    at,
    id,
  );
}

export function fillStartedEvent(session: Session, fillId: string, profileId: string, at: string, id: string): PanduEvent {
  return eventOf(session, { type: 'fill.started', payload: { fillId, profileId, ref: '[Pandu 1A2B3C]', commit: false, steps: [], startedAt: at } }, at, id);
}

export function fillFieldEvent(session: Session, fillId: string, result: FieldResult, at: string, id: string): PanduEvent {
  return eventOf(session, { type: 'fill.field', payload: { fillId, result } }, at, id);
}

export function shiftRecord(input: {
  id: string;
  agentId: string;
  shiftDate: string;
  startsAt: string | null;
  hours?: number;
  completedAt: string | null;
  graceMinutes?: number;
}): Shift {
  return {
    v: 1,
    id: input.id,
    agentId: input.agentId,
    shiftDate: input.shiftDate,
    shiftName: 'pagi',
    ticks: input.completedAt ? [{ step: '1.1.6', tickedAt: input.completedAt, detected: false }] : [],
    completedAt: input.completedAt,
    shiftLabel: 'Pagi',
    startsAt: input.startsAt,
    endsAt: input.startsAt ? plus(input.startsAt, (input.hours ?? 8) * 60) : null,
    graceMinutes: input.startsAt ? (input.graceMinutes ?? 15) : null,
    nossaUser: null,
    procedure: procedureRef(),
  };
}
