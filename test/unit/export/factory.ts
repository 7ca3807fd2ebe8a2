import { sessionEvent } from '@/lib/db/sessions';
import { initialFlowState, procedureRef, type FlowState } from '@/lib/procedure';
import type { EventEntry, EventKind, EventPayload } from '@/lib/events';
import type { Area, FieldResult, FillResult, PanduEvent, PanduEventOf, Session, Shift } from '@/lib/schema';
import { buildExportFile, type ExportFileInput } from '@/lib/export';
import { type AgentInfo } from '@/lib/logs';

/** Deterministic uuids, so tests can name records ("session 3") and compare whole files. */
export const uuid = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const AGENTS: Record<string, AgentInfo> = {
  dewi: { nossaUserId: '930101', name: 'Dewi Lestari', area: 'BDG', teamLead: 'Rina Marlina' },
  putu: { nossaUserId: '940202', name: 'Ni Luh Putu Ayu Setyaningsih', area: 'DPS', teamLead: 'I Gusti Ngurah Rai' },
  andi: { nossaUserId: '950303', name: 'Andi Muh. Fadhil', area: 'MKS', teamLead: '' },
};

export function approvedFlow(at: string, overrides: Partial<FlowState> = {}): FlowState {
  const t = Date.parse(at);
  const iso = (minutes: number) => new Date(t + minutes * 60_000).toISOString();
  return {
    ...initialFlowState(),
    step: 'done',
    request: { requesterName: 'Asep Saepudin', requesterGroup: 'TIF HD WITEL BANDUNG', reasonCode: 'PLG-RESCHEDULE', requestedUntil: null, note: 'Teknisi minta jadwal ulang' },
    recheckedAt: iso(1),
    attempts: [
      { at: iso(2), result: 'no-answer', note: '' },
      { at: iso(4), result: 'connected', note: '' },
    ],
    answer: { kind: 'approved', until: iso(60 * 24) },
    outcome: 'approved',
    pendingUntil: iso(60 * 24),
    workLog: 'Pelanggan dikonfirmasi di 081234567890, setuju pending.',
    appliedAt: iso(6),
    appliedBy: 'manual',
    ...overrides,
  };
}

export function makeSession(n: number, options: { agentId?: string; startedAt?: string; flow?: FlowState; ticketId?: string } = {}): Session {
  const startedAt = options.startedAt ?? new Date(Date.UTC(2026, 10, 20, 1, 0, 0) + n * 3_600_000).toISOString();
  const flow = options.flow ?? approvedFlow(startedAt);
  const done = flow.step === 'done' || flow.step === 'cancelled';
  const endedAt = done ? (flow.appliedAt ?? flow.cancel?.at ?? startedAt) : null;
  return {
    v: 1,
    id: uuid(1, n),
    ticketId: options.ticketId ?? `IN${110088000 + n}`,
    agentId: options.agentId ?? AGENTS.dewi!.nossaUserId,
    procedure: procedureRef(),
    step: flow.step,
    answers: flow,
    outcome: flow.outcome,
    status: flow.step === 'done' ? 'done' : flow.step === 'cancelled' ? 'cancelled' : 'open',
    startedAt,
    updatedAt: endedAt ?? startedAt,
    endedAt,
  };
}

export function makeEvent<K extends EventKind>(session: Session, n: number, type: K, payload: EventPayload<K>, minutes = n): PanduEventOf<K> {
  const at = new Date(Date.parse(session.startedAt) + minutes * 60_000).toISOString();
  return sessionEvent(session, { type, payload } as EventEntry, at, uuid(2, Number.parseInt(session.id.slice(-6), 16) * 100 + n)) as unknown as PanduEventOf<K>;
}

/** One field of a fill run: done, or failed for the reason given. */
export const fieldResult = (field: string, reason: FieldResult['reason'] = null): FieldResult => ({
  field,
  expected: 'PLG-RESCHEDULE',
  actual: reason ? null : 'PLG-RESCHEDULE',
  status: reason ? 'failed' : 'done',
  reason,
  message: null,
  ms: 50,
});

/** A whole fill (or verify) run as the panel reports it. */
export const fillRun = <K extends FillResult['kind']>(kind: K, ok: boolean, fields: FieldResult[] = []) => ({
  kind,
  ok,
  profileId: 'nossa-maximo',
  fields,
  committed: false,
  startedAt: '2026-11-20T01:00:00.000Z',
  totalMs: 900,
  ownMs: 90,
});

const minutesAfter = (session: Session, minutes: number) => new Date(Date.parse(session.startedAt) + minutes * 60_000).toISOString();

/** The audit trail the flow writes for an approved session. */
export function trailOf(session: Session): PanduEvent[] {
  return [
    makeEvent(session, 0, 'session.started', { ticket: { ticketId: session.ticketId, contactPhone: '6281234567890', customerName: 'Bapak Hendra' } }),
    makeEvent(session, 1, 'request.submitted', {
      step: '1.2.1',
      requesterName: 'Asep Saepudin',
      requesterGroup: 'TIF HD WITEL BANDUNG',
      reasonCode: 'PLG-RESCHEDULE',
      requestedUntil: null,
      note: 'Teknisi minta jadwal ulang',
    }),
    makeEvent(session, 2, 'call.attempt', { step: '1.2.2', number: 1, at: minutesAfter(session, 2), result: 'no-answer', note: '', failedSoFar: 1 }),
    makeEvent(session, 4, 'customer.approved', { step: '1.2.5', pendingUntil: minutesAfter(session, 60 * 24) }),
    makeEvent(session, 6, 'update.applied', { step: '1.3', outcome: 'approved', by: 'manual', workLog: 'Pelanggan dikonfirmasi di 081234567890' }),
  ];
}

export function makeShift(n: number, agentId: string, shiftDate: string, completedAt: string | null): Shift {
  return {
    v: 1,
    id: uuid(3, n),
    agentId,
    shiftDate,
    shiftName: 'pagi',
    ticks: completedAt ? [{ step: '1.1.6', tickedAt: completedAt, detected: false }] : [],
    completedAt,
    shiftLabel: 'Pagi',
    startsAt: `${shiftDate}T00:00:00.000Z`,
    endsAt: `${shiftDate}T08:00:00.000Z`,
    graceMinutes: 15,
    nossaUser: null,
    procedure: procedureRef(),
  };
}

export function directory(...agents: AgentInfo[]): Map<string, AgentInfo> {
  return new Map(agents.map((agent) => [agent.nossaUserId, agent]));
}

/** An agent's export file with `count` sessions and their trails (starting at session `first`). */
export function agentFile(agent: AgentInfo, first: number, count: number, options: { exportedAt?: string; mask?: boolean; area?: Area } = {}): ExportFileInput {
  const sessions = Array.from({ length: count }, (_, i) => makeSession(first + i, { agentId: agent.nossaUserId }));
  return buildExportFile({
    sessions,
    events: sessions.flatMap(trailOf),
    shifts: [makeShift(first, agent.nossaUserId, '2026-11-20', '2026-11-20T00:05:00.000Z')],
    agents: directory(agent),
    exportedBy: { ...agent, area: options.area ?? agent.area },
    exportedAt: options.exportedAt ?? '2026-11-27T03:00:00.000Z',
    appVersion: '0.1.0',
    mask: options.mask ?? false,
  });
}
