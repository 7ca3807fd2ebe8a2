import { buildEvent } from '../events';
import type { PanduEventOf, RetentionCounts, RetentionSettings } from '../schema';
import type { PanduDb } from './database';
import { outboxTables } from './outbox';
import { forgetSources } from './provenance';

const DAY = 86_400_000;

export type { RetentionCounts } from '../schema';

/** The instant before which data is older than the retention period. */
export const retentionCutoff = (now: string, days: number): string => new Date(Date.parse(now) - days * DAY).toISOString();

/**
 * Automatic deletion needs the team lead's go-ahead, given once for a period: it stays valid
 * while the period is as long or longer (keeping more never needs asking), and must be given
 * again when the period is shortened (that deletes more than was agreed).
 */
export const retentionAllowed = (retention: RetentionSettings): boolean => retention.confirmed !== null && retention.days >= retention.confirmed.days;

/**
 * What is older than the cutoff: sessions not changed since (with their whole audit trail,
 * drafts and provenance, so nothing is left half-deleted), events of no surviving session,
 * shift checklists of earlier days, and the record of files imported before it.
 */
async function expired(db: PanduDb, cutoff: string) {
  const sessionIds = (await db.sessions.where('updatedAt').below(cutoff).primaryKeys()).map(String);
  const gone = new Set(sessionIds);
  const sessionEvents = (await db.events.where('sessionId').anyOf(sessionIds).primaryKeys()).map(String);
  // Old events not tied to a surviving session: no session at all, or one deleted earlier.
  const candidates: Array<{ id: string; sessionId: string | null }> = [];
  await db.events
    .where('at')
    .below(cutoff)
    .each((event) => {
      if (event.sessionId === null || !gone.has(event.sessionId)) candidates.push({ id: event.id, sessionId: event.sessionId });
    });
  const linked = [...new Set(candidates.flatMap((c) => (c.sessionId ? [c.sessionId] : [])))];
  const alive = new Set((await db.sessions.bulkGet(linked)).flatMap((s) => (s ? [s.id] : [])));
  const strayEvents = candidates.filter((c) => c.sessionId === null || !alive.has(c.sessionId)).map((c) => c.id);
  const eventIds = [...new Set([...sessionEvents, ...strayEvents])];
  const shiftIds = (await db.shifts.where('shiftDate').below(cutoff.slice(0, 10)).primaryKeys()).map(String);
  const importIds = (await db.imports.where('importedAt').below(cutoff).primaryKeys()).map(String);
  return { sessionIds, eventIds, shiftIds, importIds };
}

/** With the outbox: a deleted record leaves it too, and the "retention.deleted" event is queued. */
const TABLES = (db: PanduDb) => [db.sessions, db.events, db.shifts, db.drafts, db.sources, db.imports, ...outboxTables(db)];

/** How much a run would delete now: what the lead is asked to confirm. */
export async function countExpired(db: PanduDb, cutoff: string): Promise<RetentionCounts> {
  return db.transaction('r', TABLES(db), async () => {
    const found = await expired(db, cutoff);
    return { sessions: found.sessionIds.length, events: found.eventIds.length, shifts: found.shiftIds.length, imports: found.importIds.length };
  });
}

/** Deletes everything older than the cutoff, in one transaction: all of it or, on failure, none. */
export async function deleteExpired(db: PanduDb, cutoff: string): Promise<RetentionCounts> {
  return db.transaction('rw', TABLES(db), async () => {
    const { sessionIds, eventIds, shiftIds, importIds } = await expired(db, cutoff);
    await db.sessions.bulkDelete(sessionIds);
    await db.drafts.bulkDelete(sessionIds);
    await db.events.bulkDelete(eventIds);
    await db.shifts.bulkDelete(shiftIds);
    await forgetSources(db, [...sessionIds, ...eventIds, ...shiftIds]);
    await db.sources.where('importId').anyOf(importIds).delete();
    await db.imports.bulkDelete(importIds);
    return { sessions: sessionIds.length, events: eventIds.length, shifts: shiftIds.length, imports: importIds.length };
  });
}

export interface RetentionRun {
  now: string;
  days: number;
  /** Who deleted: the daily alarm, or the lead pressing "delete now" while confirming. */
  by: 'alarm' | 'lead';
  agentId: string;
}

/**
 * Deletes what is older than the period and writes what it deleted to the audit trail
 * ("retention.deleted"), in the same transaction, so the log always says why records are gone.
 */
export async function applyRetention(db: PanduDb, run: RetentionRun): Promise<RetentionCounts> {
  return db.transaction('rw', TABLES(db), async () => {
    const cutoff = retentionCutoff(run.now, run.days);
    const counts = await deleteExpired(db, cutoff);
    const subject = { agentId: run.agentId, sessionId: null, ticketId: null, procedureRevision: null };
    await db.events.add(buildEvent({ type: 'retention.deleted', payload: { cutoff, days: run.days, by: run.by, ...counts } }, subject, run.now));
    return counts;
  });
}

/** The latest clean-up, for the privacy settings ("last run ..., 12 sessions deleted"). */
export async function lastRetentionRun(db: PanduDb): Promise<PanduEventOf<'retention.deleted'> | null> {
  const runs = await db.events.where('type').equals('retention.deleted').sortBy('at');
  const last = runs.at(-1);
  return last?.type === 'retention.deleted' ? last : null;
}
