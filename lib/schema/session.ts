import * as z from 'zod/mini';
import { instantSchema, nonEmpty, ticketIdSchema, uuidSchema } from './common';

/** Which instruction, and which revision of it, a record was made under (for auditors). */
export const procedureRefSchema = z.object({
  id: nonEmpty(),
  revision: z.string(),
  effectiveDate: z.iso.date(),
});
export type ProcedureRef = z.infer<typeof procedureRefSchema>;

export const OUTCOMES = ['unreachable', 'approved', 'declined', 'cancelled'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export const SESSION_STATUSES = ['open', 'done', 'cancelled'] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);

export const SESSION_VERSION = 1;

/** One guided pending flow for one ticket. At most one open session per ticket. */
export const sessionSchema = z.object({
  v: z.literal(SESSION_VERSION),
  id: uuidSchema,
  ticketId: ticketIdSchema,
  agentId: nonEmpty(),
  procedure: procedureRefSchema,
  step: nonEmpty(),
  answers: z.record(z.string(), z.unknown()),
  outcome: z.nullable(outcomeSchema),
  status: sessionStatusSchema,
  startedAt: instantSchema,
  updatedAt: instantSchema,
  endedAt: z.nullable(instantSchema),
});
export type Session = z.infer<typeof sessionSchema>;
