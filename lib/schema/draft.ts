import * as z from 'zod/mini';
import { instantSchema, uuidSchema } from './common';

/** Form values the agent typed but has not submitted, keyed by "step.field". */
export const draftValuesSchema = z
  .record(z.string().check(z.regex(/^[a-zA-Z]+\.[a-zA-Z]+$/), z.maxLength(60)), z.union([z.string().check(z.maxLength(4000)), z.boolean(), z.null()]))
  .check(z.refine((values) => Object.keys(values).length <= 40, 'too many draft fields'));
export type DraftValues = z.infer<typeof draftValuesSchema>;

export const draftSchema = z.object({
  sessionId: uuidSchema,
  values: draftValuesSchema,
  /** The panel instance that wrote it, so that panel ignores the echo of its own typing. */
  origin: z.string().check(z.maxLength(60)),
  updatedAt: instantSchema,
});
export type Draft = z.infer<typeof draftSchema>;
