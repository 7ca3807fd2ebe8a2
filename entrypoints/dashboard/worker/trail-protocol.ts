import * as z from 'zod/mini';

/**
 * Between an export's worker and the trail worker it starts for a JSON export (trail.worker.ts):
 * "read" starts the pass over every event at once; "keep" names the exported sessions once the
 * export knows them. Validated on arrival like every message between contexts.
 */
export const trailRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('read'), mask: z.boolean() }),
  z.object({ type: z.literal('keep'), sessionIds: z.array(z.string()) }),
]);
export type TrailRequest = z.infer<typeof trailRequestSchema>;

export const trailAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ type: z.literal('written'), parts: z.array(z.instanceof(Blob)), count: z.number(), agentIds: z.array(z.string()) }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type TrailAnswer = z.infer<typeof trailAnswerSchema>;
