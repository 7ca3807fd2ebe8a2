import * as z from 'zod/mini';
import { draftSchema } from '../schema/draft';
import { eventSchema } from '../schema/event';
import { sessionSchema } from '../schema/session';
import { flowStateSchema } from './state';

/**
 * A session with its parsed flow, its draft and its audit trail: what the panel shows. The
 * background answers it to flow requests and pushes it in `flowChanged`; the panel validates a
 * push against this schema before it shows it.
 */
export const flowViewSchema = z.object({
  session: sessionSchema,
  flow: flowStateSchema,
  draft: z.nullable(draftSchema),
  events: z.array(eventSchema),
});
export type FlowView = z.output<typeof flowViewSchema>;
