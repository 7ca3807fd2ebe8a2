import * as z from 'zod/mini';
import { instantSchema as instant, trimmedText } from '../schema/common';
import { ticketSnapshotSchema } from '../schema/ticket';
import { attemptSchema, FLOW_OUTCOMES, RECHECK_POINTS, requestSchema, STEPS } from './state';

/**
 * What each accepted flow event writes to the audit trail: the payload of every kind the machine
 * produces, keys in the order they are written. lib/events joins these with the other kinds
 * (session, fill, follow-up, checklist, retention) into one union and checks every written event
 * against it. Not in the folder's index, and built in a pure call: the panel's bundle needs the
 * machine, not these schemas.
 */
export const flowAuditPayloads = /* @__PURE__ */ (() => {
  const count = z.int().check(z.minimum(0));
  const step = z.enum(STEPS);
  /** The ticket facts frozen with the outcome; events stored before they existed have none. */
  const outcomeFacts = { ticket: z.optional(ticketSnapshotSchema) };

  return {
    'request.submitted': z.object({ step: z.literal('1.2.1'), ...requestSchema.shape }),
    'recheck.confirmed': z.object({
      step: z.literal('1.2.2'),
      checks: z.object(Object.fromEntries(RECHECK_POINTS.map((p) => [p, z.boolean()])) as Record<(typeof RECHECK_POINTS)[number], z.ZodMiniBoolean>),
    }),
    'call.attempt': z.object({ step: z.literal('1.2.2'), number: count, ...attemptSchema.shape, failedSoFar: count }),
    'outcome.unreachable': z.object({ step: z.literal('1.2.4'), failedAttempts: count, pendingUntil: instant, ...outcomeFacts }),
    'customer.approved': z.object({ step: z.literal('1.2.5'), pendingUntil: instant, ...outcomeFacts }),
    'customer.declined': z.object({ step: z.literal('1.2.6'), note: trimmedText(0, 1000), forwardTo: z.nullable(z.string()), ...outcomeFacts }),
    'update.applied': z.object({ step: z.literal('1.3'), outcome: z.nullable(z.enum(FLOW_OUTCOMES)), by: z.enum(['manual', 'fill']), workLog: trimmedText(1, 4000) }),
    'flow.back': z.object({ from: step }),
    'flow.cancelled': z.object({ reason: trimmedText(1, 500), atStep: step }),
  };
})();
export type FlowAuditKind = keyof typeof flowAuditPayloads;
/** One line of the audit trail, produced by every accepted event: a member of the event union. */
export type AuditEntry = { [K in FlowAuditKind]: { type: K; payload: z.output<(typeof flowAuditPayloads)[K]> } }[FlowAuditKind];
