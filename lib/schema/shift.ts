import { z } from 'zod';
import { instantSchema, uuidSchema } from './common';

export const SHIFT_VERSION = 1;

export const checklistTickSchema = z.object({
  step: z.string().regex(/^1\.1\.[1-6]$/),
  tickedAt: instantSchema,
  /** True when Pandu saw it happen (NOSSA open, user signed in) rather than the agent ticking. */
  detected: z.boolean(),
});

/** One shift-start checklist (IK 1.1) per agent per shift. */
export const shiftSchema = z.object({
  v: z.literal(SHIFT_VERSION),
  id: uuidSchema,
  agentId: z.string().min(1),
  /** Local date the shift started on (a night shift belongs to the date it started). */
  shiftDate: z.iso.date(),
  shiftName: z.string().min(1),
  ticks: z.array(checklistTickSchema),
  completedAt: instantSchema.nullable(),
});
export type Shift = z.infer<typeof shiftSchema>;
