import { z } from 'zod';
import { ATTEMPT_RESULTS, RECHECK_POINTS, requestSchema } from './state';

const instant = z.iso.datetime({ offset: false });

/** Everything an agent can do in a flow. Each is validated before the machine looks at it. */
export const flowEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submitRequest'), request: requestSchema }),
  z.object({
    type: z.literal('confirmRecheck'),
    checks: z.object(Object.fromEntries(RECHECK_POINTS.map((p) => [p, z.boolean()])) as Record<(typeof RECHECK_POINTS)[number], z.ZodBoolean>),
  }),
  z.object({ type: z.literal('logAttempt'), result: z.enum(ATTEMPT_RESULTS), note: z.string().trim().max(300).default('') }),
  z.object({ type: z.literal('declareUnreachable'), until: instant }),
  z.object({ type: z.literal('customerApproves'), until: instant }),
  z.object({ type: z.literal('customerDeclines'), note: z.string().trim().max(1000).default('') }),
  z.object({ type: z.literal('markApplied'), workLog: z.string().trim().min(1).max(4000), by: z.enum(['manual', 'fill']) }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('cancel'), reason: z.string().trim().min(1).max(500) }),
]);
export type FlowEvent = z.input<typeof flowEventSchema>;
export type ParsedFlowEvent = z.output<typeof flowEventSchema>;
export type FlowEventType = FlowEvent['type'];
