import { buildEvent, type EventKind } from '../events';
import { instantSchema, type PanduEvent, type PanduEventOf, type Session } from '../schema';
import { revisionTag } from '../procedure';
import type { PanduDb } from './database';
import { outboxTables } from './outbox';

/** A follow-up is listed as due this many minutes before the agreed time. */
export const FOLLOW_UP_LEAD_MINUTES = 30;

export const FOLLOW_UP_EVENTS = ['followup.notified', 'followup.opened', 'followup.resolved'] as const satisfies readonly EventKind[];
export type FollowUpEventType = (typeof FOLLOW_UP_EVENTS)[number];
const isFollowUp = (event: PanduEvent): event is PanduEventOf<FollowUpEventType> => (FOLLOW_UP_EVENTS as readonly string[]).includes(event.type);

/** An approved pending (1.2.5) whose agreed time the agent still has to follow up. */
export interface FollowUp {
  sessionId: string;
  ticketId: string;
  agentId: string;
  /** The time agreed with the customer (UTC instant). */
  pendingUntil: string;
  /** When the reminder was shown, if it was. */
  notifiedAt: string | null;
}

export const pendingUntilOf = (session: Session): string | null => instantSchema.safeParse(session.answers.pendingUntil).data ?? null;

const isApprovedPending = (session: Session) => session.status === 'done' && session.outcome === 'approved' && pendingUntilOf(session) !== null;

/** Whether a follow-up belongs in the "due" list: its time has come or comes within the lead time. */
export function isDue(followUp: Pick<FollowUp, 'pendingUntil'>, now: Date | number, leadMinutes = FOLLOW_UP_LEAD_MINUTES): boolean {
  return Date.parse(followUp.pendingUntil) <= +now + leadMinutes * 60_000;
}

/**
 * The agent's approved pendings still waiting for a follow-up, soonest first. One drops out when
 * the agent marks it handled, or when a newer flow was started on the same ticket (that flow
 * decides what happens to the ticket now).
 */
export async function openFollowUps(db: PanduDb, agentId: string): Promise<FollowUp[]> {
  const approved = (await db.sessions.where('agentId').equals(agentId).toArray()).filter(isApprovedPending);
  if (approved.length === 0) return [];
  const ticketIds = [...new Set(approved.map((s) => s.ticketId))];
  const [events, sameTickets] = await Promise.all([
    db.events.where('ticketId').anyOf(ticketIds).filter(isFollowUp).toArray(),
    db.sessions.where('ticketId').anyOf(ticketIds).toArray(),
  ]);
  const eventsOf = (session: Session) => events.filter((e) => e.payload.sessionId === session.id);
  const superseded = (session: Session) => sameTickets.some((other) => other.ticketId === session.ticketId && other.id !== session.id && other.startedAt > session.startedAt);
  return approved
    .filter((session) => !superseded(session) && !eventsOf(session).some((e) => e.type === 'followup.resolved'))
    .map((session) => ({
      sessionId: session.id,
      ticketId: session.ticketId,
      agentId: session.agentId,
      pendingUntil: pendingUntilOf(session)!,
      notifiedAt: eventsOf(session).find((e) => e.type === 'followup.notified')?.at ?? null,
    }))
    .sort((a, b) => a.pendingUntil.localeCompare(b.pendingUntil));
}

/** The approved pending of a session, if it still waits for its follow-up. */
export async function openFollowUp(db: PanduDb, sessionId: string): Promise<FollowUp | null> {
  const session = await db.sessions.get(sessionId);
  if (!session || !isApprovedPending(session)) return null;
  return (await openFollowUps(db, session.agentId)).find((f) => f.sessionId === sessionId) ?? null;
}

/**
 * Writes what happened to a follow-up into the audit trail. Not tied to the session's own trail
 * (sessionId stays null): the session is finished and read-only; the event names it in its payload.
 */
export async function recordFollowUp(db: PanduDb, sessionId: string, type: FollowUpEventType, now: string): Promise<PanduEvent | null> {
  return db.transaction('rw', [db.sessions, db.events, ...outboxTables(db)], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return null;
    const subject = { agentId: session.agentId, sessionId: null, ticketId: session.ticketId, procedureRevision: revisionTag(session.procedure) };
    const event = buildEvent({ type, payload: { sessionId, pendingUntil: pendingUntilOf(session) } }, subject, now);
    await db.events.add(event);
    return event;
  });
}

/** The agent's work for the popup: every open flow, and every flow touched since `since`. */
export async function agentWork(db: PanduDb, agentId: string, since: string): Promise<{ open: Session[]; recent: Session[] }> {
  const sessions = await db.sessions.where('agentId').equals(agentId).toArray();
  const open = sessions.filter((s) => s.status === 'open').sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const recent = sessions.filter((s) => s.startedAt >= since || (s.endedAt ?? '') >= since).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { open, recent };
}
