import type { FieldResult, FillResult, FillStarted, PanduEvent, ReloadPurpose, Session } from '../schema';
import type { PanduDb } from './database';
import { outboxTables } from './outbox';
import type { FlowView } from '../procedure';
import { SessionNotFoundError, sessionEvent, viewOf } from './sessions';

/**
 * A fill is a durable operation (issue 11, item 9): its start, each field and its end are audit
 * events written as they happen, so a crash at any point leaves a trail the panel resumes from.
 * Every write is one transaction, and only on open sessions (a finished one is read-only).
 */
async function openSession(db: PanduDb, sessionId: string): Promise<Session> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new SessionNotFoundError(sessionId);
  if (session.status !== 'open') throw new SessionNotFoundError(`${sessionId} is finished`);
  return session;
}

/** The fill ids that started and never ended (no "fill.result", no "fill.interrupted"). */
export function unfinishedFills(events: readonly PanduEvent[]): string[] {
  const ended = new Set(events.map((e) => (e.type === 'fill.result' || e.type === 'fill.interrupted' ? e.payload.fillId : undefined)));
  return events.flatMap((e) => (e.type === 'fill.started' && !ended.has(e.payload.fillId) ? [e.payload.fillId] : []));
}

async function eventsOf(db: PanduDb, sessionId: string): Promise<PanduEvent[]> {
  return db.events.where('sessionId').equals(sessionId).sortBy('at');
}

/** Appends to a trail just read, and answers the view from it: the trail is not read twice. */
async function append(db: PanduDb, session: Session, trail: PanduEvent[], added: PanduEvent[]): Promise<FlowView> {
  if (added.length) await db.events.bulkAdd(added);
  return viewOf(db, session, [...trail, ...added]);
}

/**
 * "fill.started", written before the page is touched. An earlier fill of this session that never
 * ended (the tab reloaded, the browser died) is first closed with "fill.interrupted", so the trail
 * says plainly that it stopped. Starting the same fill id twice (a retried message) writes nothing new.
 */
export async function recordFillStart(db: PanduDb, input: { sessionId: string; started: FillStarted; now: string }): Promise<FlowView> {
  return db.transaction('rw', [db.sessions, db.events, db.drafts, ...outboxTables(db)], async () => {
    const session = await openSession(db, input.sessionId);
    const events = await eventsOf(db, session.id);
    const already = events.some((e) => e.type === 'fill.started' && e.payload.fillId === input.started.fillId);
    if (already) return viewOf(db, session, events);
    const interrupted = unfinishedFills(events).map((fillId) => sessionEvent(session, { type: 'fill.interrupted', payload: { fillId } }, input.now));
    return append(db, session, events, [...interrupted, sessionEvent(session, { type: 'fill.started', payload: input.started }, input.now)]);
  });
}

/** "fill.field": one field's result as it lands. A retried message for a field already stored writes nothing. */
export async function recordFillField(db: PanduDb, input: { sessionId: string; fillId: string; result: FieldResult; now: string }): Promise<FlowView> {
  return db.transaction('rw', [db.sessions, db.events, db.drafts, ...outboxTables(db)], async () => {
    const session = await openSession(db, input.sessionId);
    const events = await eventsOf(db, session.id);
    const added = sessionEvent(session, { type: 'fill.field', payload: { fillId: input.fillId, result: input.result } }, input.now);
    const same = (e: PanduEvent) => e.type === 'fill.field' && e.payload.fillId === input.fillId && JSON.stringify(e.payload.result) === JSON.stringify(added.payload.result);
    return append(db, session, events, events.some(same) ? [] : [added]);
  });
}

/**
 * A whole fill or verify run: "fill.result" / "fill.verify", with every field's outcome. The same
 * run sent twice (a retry after a lost answer: same fillId, kind, phase and start) is stored once.
 */
export async function recordFillRun(db: PanduDb, input: { sessionId: string; result: FillResult; now: string }): Promise<FlowView> {
  return db.transaction('rw', [db.sessions, db.events, db.drafts, ...outboxTables(db)], async () => {
    const session = await openSession(db, input.sessionId);
    const { result } = input;
    const run = sessionEvent(
      session,
      result.kind === 'fill' ? { type: 'fill.result', payload: { ...result, kind: 'fill' } } : { type: 'fill.verify', payload: { ...result, kind: 'verify' } },
      input.now,
    );
    const events = await eventsOf(db, session.id);
    const same = (e: PanduEvent) =>
      (e.type === 'fill.result' || e.type === 'fill.verify') &&
      e.type === run.type &&
      e.payload.fillId === result.fillId &&
      e.payload.startedAt === result.startedAt &&
      e.payload.phase === result.phase;
    const duplicate = !!result.fillId && events.some(same);
    return append(db, session, events, duplicate ? [] : [run]);
  });
}

/** "fill.reload": Pandu is about to reload the ticket for a fresh read of what NOSSA saved. */
export async function recordFillReload(db: PanduDb, input: { sessionId: string; fillId: string; purpose?: ReloadPurpose; now: string }): Promise<FlowView> {
  return db.transaction('rw', [db.sessions, db.events, db.drafts, ...outboxTables(db)], async () => {
    const session = await openSession(db, input.sessionId);
    await db.events.add(sessionEvent(session, { type: 'fill.reload', payload: { fillId: input.fillId, purpose: input.purpose ?? 'readBack' } }, input.now));
    return viewOf(db, session);
  });
}
