import * as z from 'zod/mini';
import { instantSchema as instant, trimmedText } from '../schema/common';
import { ATTEMPT_RESULTS, RECHECK_POINTS, requestSchema } from './state';

/** Everything an agent can do in a flow. Each is validated before the machine looks at it. */
export const flowEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submitRequest'), request: requestSchema }),
  z.object({
    type: z.literal('confirmRecheck'),
    checks: z.object(Object.fromEntries(RECHECK_POINTS.map((p) => [p, z.boolean()])) as Record<(typeof RECHECK_POINTS)[number], z.ZodMiniBoolean>),
  }),
  z.object({ type: z.literal('logAttempt'), result: z.enum(ATTEMPT_RESULTS), note: z._default(trimmedText(0, 300), '') }),
  z.object({ type: z.literal('declareUnreachable'), until: instant }),
  z.object({ type: z.literal('customerApproves'), until: instant }),
  z.object({ type: z.literal('customerDeclines'), note: z._default(trimmedText(0, 1000), '') }),
  z.object({ type: z.literal('markApplied'), workLog: trimmedText(1, 4000), by: z.enum(['manual', 'fill']) }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('cancel'), reason: trimmedText(1, 500) }),
]);
export type FlowEvent = z.input<typeof flowEventSchema>;
export type ParsedFlowEvent = z.output<typeof flowEventSchema>;
export type FlowEventType = FlowEvent['type'];
