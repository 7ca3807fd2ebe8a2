import * as z from 'zod/mini';
import { instantSchema as instant, trimmedText } from '../schema/common';
import { ticketSnapshotSchema } from '../schema/ticket';
import { ATTEMPT_RESULTS, RECHECK_POINTS, requestSchema } from './state';

/**
 * The ticket facts the panel holds when the agent reaches the outcome: frozen into the flow, so
 * the work log and the plan read the same on every tab and every later render (issue 11, item 7).
 * Optional: a caller without facts (an old panel, a test) still reaches the outcome.
 */
const outcomeTicket = z.optional(ticketSnapshotSchema);

/** Everything an agent can do in a flow. Each is validated before the machine looks at it. */
export const flowEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submitRequest'), request: requestSchema }),
  z.object({
    type: z.literal('confirmRecheck'),
    checks: z.object(Object.fromEntries(RECHECK_POINTS.map((p) => [p, z.boolean()])) as Record<(typeof RECHECK_POINTS)[number], z.ZodMiniBoolean>),
  }),
  z.object({ type: z.literal('logAttempt'), result: z.enum(ATTEMPT_RESULTS), note: z._default(trimmedText(0, 300), '') }),
  z.object({ type: z.literal('declareUnreachable'), until: instant, ticket: outcomeTicket }),
  z.object({ type: z.literal('customerApproves'), until: instant, ticket: outcomeTicket }),
  z.object({ type: z.literal('customerDeclines'), note: z._default(trimmedText(0, 1000), ''), ticket: outcomeTicket }),
  z.object({ type: z.literal('markApplied'), workLog: trimmedText(1, 4000), by: z.enum(['manual', 'fill']) }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('cancel'), reason: trimmedText(1, 500) }),
]);
export type FlowEvent = z.input<typeof flowEventSchema>;
export type ParsedFlowEvent = z.output<typeof flowEventSchema>;
export type FlowEventType = FlowEvent['type'];
