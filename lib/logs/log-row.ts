import { revisionTag } from '../procedure';
import type { Area, Outcome, Session } from '../schema';

/**
 * The fill column. "ok" only for a session finished by Pandu's fill, which needs NOSSA's saved
 * ticket read back; a fill that ran but was never proven saved is "unsaved", never "ok".
 */
export const FILL_STATES = ['ok', 'unsaved', 'failed', 'manual', 'none'] as const;
export type FillState = (typeof FILL_STATES)[number];

/** Who an agent is, as far as the lead's browser knows (settings, or an imported file's header). */
export interface AgentInfo {
  nossaUserId: string;
  name: string;
  area: Area | null;
  teamLead: string;
}
export type AgentDirectory = ReadonlyMap<string, AgentInfo>;

/**
 * One session as the dashboard table shows it and the exports write it. Compact on purpose:
 * 100,000 of these stay in memory, so long texts live in `LogDetail`, built only for exports.
 */
export interface LogRow {
  id: string;
  ticketId: string;
  agentId: string;
  agentName: string;
  area: Area | '';
  startedMs: number;
  endedMs: number | null;
  /** From start to end of a finished session; null while it is open. */
  handlingSeconds: number | null;
  status: Session['status'];
  outcome: Outcome | null;
  reasonCode: string;
  pendingUntilMs: number | null;
  attempts: number;
  failedAttempts: number;
  fill: FillState;
  /** "IN.OCC.TENESA.W-02 rev - (2021-08-01)": the instruction revision the agent followed. */
  revision: string;
}

/** The longer texts of a session: who asked, what the customer said, what went into NOSSA. */
export interface LogDetail {
  requesterName: string;
  requesterGroup: string;
  requestNote: string;
  customerNote: string;
  cancelReason: string;
  attemptLog: Array<{ at: string; result: string }>;
  workLog: string;
}

export interface RowContext {
  agents: AgentDirectory;
  /** Session id -> `ok` of its last "fill.result" event. */
  lastFill: ReadonlyMap<string, boolean>;
}

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const msOf = (value: unknown): number | null => {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
};

/**
 * Reads the flow state without a full schema parse: 100,000 zod parses would cost seconds, and
 * what is stored was validated when written (by the state machine, or by the import). Anything
 * unexpected reads as "not there" instead of breaking the table.
 */
function flowParts(answers: unknown) {
  const flow = obj(answers) ?? {};
  const attempts = Array.isArray(flow.attempts) ? flow.attempts.map(obj).filter((a): a is Loose => a !== null) : [];
  return {
    request: obj(flow.request),
    attempts,
    answer: obj(flow.answer),
    cancel: obj(flow.cancel),
    pendingUntil: msOf(flow.pendingUntil),
    appliedBy: str(flow.appliedBy),
    workLog: str(flow.workLog),
  };
}

export function fillStateOf(lastFillOk: boolean | undefined, appliedBy: string): FillState {
  if (appliedBy === 'fill') return 'ok';
  if (appliedBy === 'manual') return 'manual';
  if (lastFillOk !== undefined) return lastFillOk ? 'unsaved' : 'failed';
  return 'none';
}

// The same few strings repeat across 100,000 rows; one copy each keeps the table small.
const interned = new Map<string, string>();
const intern = (text: string): string => {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < 50_000) interned.set(text, text);
  return text;
};

export function toLogRow(session: Session, context: RowContext): LogRow {
  const flow = flowParts(session.answers);
  const agent = context.agents.get(session.agentId);
  const startedMs = Date.parse(session.startedAt);
  const endedMs = session.status === 'open' ? null : msOf(session.endedAt);
  const failed = flow.attempts.filter((attempt) => attempt.result !== 'connected').length;
  return {
    id: session.id,
    ticketId: session.ticketId,
    agentId: intern(session.agentId),
    agentName: intern(agent?.name ?? ''),
    area: agent?.area ?? '',
    startedMs,
    endedMs,
    handlingSeconds: endedMs === null ? null : Math.max(0, Math.round((endedMs - startedMs) / 1000)),
    status: session.status,
    outcome: session.outcome,
    reasonCode: intern(str(flow.request?.reasonCode)),
    pendingUntilMs: flow.pendingUntil,
    attempts: flow.attempts.length,
    failedAttempts: failed,
    fill: fillStateOf(context.lastFill.get(session.id), flow.appliedBy),
    revision: intern(revisionTag(session.procedure)),
  };
}

export function toLogDetail(session: Session): LogDetail {
  const flow = flowParts(session.answers);
  return {
    requesterName: str(flow.request?.requesterName),
    requesterGroup: str(flow.request?.requesterGroup),
    requestNote: str(flow.request?.note),
    customerNote: flow.answer?.kind === 'declined' ? str(flow.answer.note) : '',
    cancelReason: str(flow.cancel?.reason),
    attemptLog: flow.attempts.map((attempt) => ({ at: str(attempt.at), result: str(attempt.result) })),
    workLog: flow.workLog,
  };
}
