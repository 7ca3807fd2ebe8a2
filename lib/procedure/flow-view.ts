import * as z from 'zod/mini';
import { draftSchema } from '../schema/draft';
import { storedEventSchema } from '../schema/event';
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
  // Each event as a record; its payload was checked by the one constructor when it was written
  // (lib/events/build.ts). Checking every kind's payload here would ship them all in the panel.
  events: z.array(storedEventSchema),
});
export type FlowView = z.output<typeof flowViewSchema>;
