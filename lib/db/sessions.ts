import { flowStateSchema, initialFlowState, procedureRef, revisionTag, transition, type FlowRefusal, type FlowRules, type FlowState, type FlowView } from '../procedure';
import type { DraftValues, PanduEvent, Session, TicketSnapshot } from '../schema';
import { buildEvent, type EventEntry, type EventSubject } from '../events';
import type { PanduDb } from './database';
import { outboxTables } from './outbox';

const statusOf = (flow: FlowState): Session['status'] => (flow.step === 'done' ? 'done' : flow.step === 'cancelled' ? 'cancelled' : 'open');

/** Who and what a session's events are about. */
export const sessionSubject = (session: Session): EventSubject => ({
  agentId: session.agentId,
  sessionId: session.id,
  ticketId: session.ticketId,
  procedureRevision: revisionTag(session.procedure),
});

/** One audit event of a session; the id is fresh unless a caller (an import, a test) names it. */
export function sessionEvent<E extends EventEntry>(session: Session, entry: E, at: string, id?: string) {
  return buildEvent(entry, sessionSubject(session), at, id);
}

/** The ticket's open session, else its most recent one (finished sessions are read-only). */
async function latestSession(db: PanduDb, ticketId: string): Promise<Session | undefined> {
  const sessions = await db.sessions.where('ticketId').equals(ticketId).toArray();
  return sessions.find((s) => s.status === 'open') ?? sessions.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

/** What the panel shows of a session; `known` is its trail when the caller has just read it. */
export async function viewOf(db: PanduDb, session: Session, known?: PanduEvent[]): Promise<FlowView> {
  const [draft, events] = await Promise.all([db.drafts.get(session.id), known ?? db.events.where('sessionId').equals(session.id).sortBy('at')]);
  return { session, flow: flowStateSchema.parse(session.answers), draft: draft ?? null, events };
}

export async function getFlowView(db: PanduDb, ticketId: string): Promise<FlowView | null> {
  return db.transaction('r', db.sessions, db.drafts, db.events, async () => {
    const session = await latestSession(db, ticketId);
    return session ? viewOf(db, session) : null;
  });
}

export interface StartInput {
  ticketId: string;
  agentId: string;
  ticket: TicketSnapshot;
  now: string;
}

/**
 * Starts a guided flow for a ticket, or returns the one already open: at most one open session
 * per ticket, also when two tabs press "start" at the same moment (one transaction decides).
 */
export async function startSession(db: PanduDb, { ticketId, agentId, ticket, now }: StartInput): Promise<FlowView> {
  return db.transaction('rw', [db.sessions, db.events, db.drafts, ...outboxTables(db)], async () => {
    const open = await db.sessions.where('[ticketId+status]').equals([ticketId, 'open']).first();
    if (open) return viewOf(db, open);
    const session: Session = {
      v: 1,
      id: crypto.randomUUID(),
      ticketId,
      agentId,
      procedure: procedureRef(),
      step: 'request',
      answers: initialFlowState(),
      outcome: null,
      status: 'open',
      startedAt: now,
      updatedAt: now,
      endedAt: null,
    };
    await db.sessions.add(session);
    await db.events.add(sessionEvent(session, { type: 'session.started', payload: { ticket } }, now));
    return viewOf(db, session);
  });
}

export class SessionNotFoundError extends Error {
  override name = 'SessionNotFoundError';
}

/**
 * Applies one agent action to a session: the state machine decides, and the new state and its
 * audit event are written in one transaction before anything is acknowledged. A refusal writes
 * nothing. The draft is cleared, since what was typed has now been submitted.
 */
export async function applyFlowEvent(
  db: PanduDb,
  input: { sessionId: string; event: unknown; now: string; rules: FlowRules },
): Promise<{ view: FlowView; refusal: FlowRefusal | null }> {
  return db.transaction('rw', [db.sessions, db.events, db.drafts, ...outboxTables(db)], async () => {
    const session = await db.sessions.get(input.sessionId);
    if (!session) throw new SessionNotFoundError(input.sessionId);
    const result = transition(flowStateSchema.parse(session.answers), input.event, { now: input.now, rules: input.rules });
    if (!result.ok) return { view: await viewOf(db, session), refusal: result.refusal };
    const flow = result.state;
    const status = statusOf(flow);
    const next: Session = {
      ...session,
      step: flow.step,
      answers: flow,
      outcome: flow.outcome,
      status,
      updatedAt: input.now,
      endedAt: status === 'open' ? null : input.now,
    };
    await db.sessions.put(next);
    await db.events.add(sessionEvent(next, result.audit, input.now));
    await db.drafts.delete(session.id);
    return { view: await viewOf(db, next), refusal: null };
  });
}

/** Keeps what the agent typed; only for open sessions (a finished one is read-only). */
export async function saveDraft(db: PanduDb, draft: { sessionId: string; values: DraftValues; origin: string; now: string }): Promise<boolean> {
  return db.transaction('rw', db.sessions, db.drafts, async () => {
    const session = await db.sessions.get(draft.sessionId);
    if (!session || session.status !== 'open') return false;
    await db.drafts.put({ sessionId: draft.sessionId, values: draft.values, origin: draft.origin, updatedAt: draft.now });
    return true;
  });
}

/** Related parties named in earlier requests, most recent first, for the request form. */
export async function requesterSuggestions(db: PanduDb, limit = 30): Promise<Array<{ name: string; group: string }>> {
  const recent = await db.sessions.orderBy('startedAt').reverse().limit(500).toArray();
  const seen = new Map<string, { name: string; group: string }>();
  for (const session of recent) {
    const request = flowStateSchema.safeParse(session.answers).data?.request;
    if (!request) continue;
    const key = `${request.requesterName.toLowerCase()}|${request.requesterGroup.toLowerCase()}`;
    if (!seen.has(key)) seen.set(key, { name: request.requesterName, group: request.requesterGroup });
    if (seen.size >= limit) break;
  }
  return [...seen.values()];
}
