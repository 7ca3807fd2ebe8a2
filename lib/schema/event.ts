import * as z from 'zod/mini';
import { instantSchema, nonEmpty, ticketIdSchema, uuidSchema } from './common';

export const EVENT_VERSION = 1;

/**
 * The append-only audit trail. Every step, call attempt and fill result is one event; exports
 * are built from events and sessions and nothing is rewritten after the fact.
 */
export const eventSchema = z.object({
  v: z.literal(EVENT_VERSION),
  id: uuidSchema,
  sessionId: z.nullable(uuidSchema),
  ticketId: z.nullable(ticketIdSchema),
  agentId: nonEmpty(),
  type: z.string().check(z.regex(/^[a-z]+(\.[a-z-]+)*$/, 'event type')),
  payload: z.record(z.string(), z.unknown()),
  /** "IN.OCC.TENESA.W-02@<revision>", so each event stands on its own in an export. */
  procedureRevision: z.nullable(z.string()),
  at: instantSchema,
});
export type PanduEvent = z.infer<typeof eventSchema>;
