import type { PanduEvent, Session, Shift } from '../schema';
import type { ExportFile } from '../export/file-schema';
import type { ImportProblem } from './check';

/** What is already stored under the ids a file brings (looked up by the caller). */
export interface StoredRecords {
  sessions: ReadonlyMap<string, Pick<Session, 'ticketId' | 'agentId' | 'updatedAt'>>;
  events: ReadonlyMap<string, Pick<PanduEvent, 'agentId' | 'sessionId'>>;
  shifts: ReadonlyMap<string, Pick<Shift, 'agentId' | 'completedAt' | 'ticks'>>;
}

export interface MergePlan {
  sessions: { add: Session[]; update: Session[]; unchanged: number };
  events: { add: PanduEvent[]; unchanged: number };
  shifts: { add: Shift[]; update: Shift[]; unchanged: number };
}

export type MergeResult = { ok: true; plan: MergePlan } | { ok: false; problem: ImportProblem };

/** A later export of the same shift is more complete: it was finished, or has more ticks. */
const moreComplete = (incoming: Shift, stored: Pick<Shift, 'completedAt' | 'ticks'>) =>
  (incoming.completedAt !== null && stored.completedAt === null) || incoming.ticks.length > stored.ticks.length;

/**
 * Deduplication by id. A record already stored is kept unless the file holds a newer state of
 * it: a session updated later (an agent exported on Monday while the flow was open, and again
 * on Friday), a shift checklist completed since. Events are append-only, so a known event id
 * is simply already there. The same id under another ticket or agent is not a duplicate but a
 * collision (a corrupted or hand-edited file): the whole file is refused.
 */
export function planMerge(file: Pick<ExportFile, 'sessions' | 'events' | 'shifts'>, stored: StoredRecords): MergeResult {
  const plan: MergePlan = {
    sessions: { add: [], update: [], unchanged: 0 },
    events: { add: [], unchanged: 0 },
    shifts: { add: [], update: [], unchanged: 0 },
  };
  const conflict = (table: string, index: number, id: string): MergeResult => ({ ok: false, problem: { code: 'id-conflict', path: `${table}[${index}].id`, id } });

  for (const [i, session] of (file.sessions as Session[]).entries()) {
    const known = stored.sessions.get(session.id);
    if (!known) plan.sessions.add.push(session);
    else if (known.ticketId !== session.ticketId || known.agentId !== session.agentId) return conflict('sessions', i, session.id);
    else if (Date.parse(session.updatedAt) > Date.parse(known.updatedAt)) plan.sessions.update.push(session);
    else plan.sessions.unchanged++;
  }
  for (const [i, event] of file.events.entries()) {
    const known = stored.events.get(event.id);
    if (!known) plan.events.add.push(event);
    else if (known.agentId !== event.agentId || known.sessionId !== event.sessionId) return conflict('events', i, event.id);
    else plan.events.unchanged++;
  }
  for (const [i, shift] of file.shifts.entries()) {
    const known = stored.shifts.get(shift.id);
    if (!known) plan.shifts.add.push(shift);
    else if (known.agentId !== shift.agentId) return conflict('shifts', i, shift.id);
    else if (moreComplete(shift, known)) plan.shifts.update.push(shift);
    else plan.shifts.unchanged++;
  }
  return { ok: true, plan };
}
