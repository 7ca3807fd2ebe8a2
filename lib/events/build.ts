import * as z from 'zod/mini';
import { EVENT_VERSION } from './kinds';
import { eventSchema, type EventEntry, type PanduEvent } from './payloads';

/** Who and what an event is about: a session's flow, a shift's checklist, or the whole store. */
export interface EventSubject {
  agentId: string;
  sessionId: string | null;
  ticketId: string | null;
  /** "IN.OCC.TENESA.W-02@<revision>", or null for what no procedure governs (a clean-up). */
  procedureRevision: string | null;
}

/** A writer handed the constructor something the schema refuses: a bug, never the agent's doing. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
  constructor(
    readonly type: string,
    detail: string,
  ) {
    super(`${type}: ${detail}`);
  }
}

/**
 * The one way an audit event is made: the version stamped here, the id fresh unless a caller
 * (an import, a test) names it, and the whole record validated against its kind's schema
 * before anyone can store it.
 */
export function buildEvent<E extends EventEntry>(entry: E, subject: EventSubject, at: string, id: string = crypto.randomUUID()): Extract<PanduEvent, { type: E['type'] }> {
  const parsed = eventSchema.safeParse({
    v: EVENT_VERSION,
    id,
    sessionId: subject.sessionId,
    ticketId: subject.ticketId,
    agentId: subject.agentId,
    type: entry.type,
    payload: entry.payload,
    procedureRevision: subject.procedureRevision,
    at,
  });
  if (!parsed.success) throw new InvalidEventError(entry.type, z.prettifyError(parsed.error));
  return parsed.data as Extract<PanduEvent, { type: E['type'] }>;
}
