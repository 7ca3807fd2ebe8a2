import { z } from 'zod';
import { instantSchema, ticketIdSchema, uuidSchema } from './common';

/** Which instruction, and which revision of it, a record was made under (for auditors). */
export const procedureRefSchema = z.object({
  id: z.string().min(1),
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
  agentId: z.string().min(1),
  procedure: procedureRefSchema,
  step: z.string().min(1),
  answers: z.record(z.string(), z.unknown()),
  outcome: outcomeSchema.nullable(),
  status: sessionStatusSchema,
  startedAt: instantSchema,
  updatedAt: instantSchema,
  endedAt: instantSchema.nullable(),
});
export type Session = z.infer<typeof sessionSchema>;
