import { z } from 'zod';
import { instantSchema } from './common';

/** Why a field was not filled (or not verified); each maps to advice the agent can act on. */
export const FILL_FAILURES = [
  'field-missing', // no locator found the field, even after the reach actions
  'read-only', // the field is there but NOSSA does not let it be changed
  'menu-item-missing', // the value list has no item with that value
  'rejected', // NOSSA answered with an error message
  'not-recorded', // the page never sent the value to its server (no round trip seen)
  'mismatch', // after the round trip the page holds another value
  'timeout', // the page stayed busy too long
  'session-expired', // NOSSA's session ended: nothing of this fill was saved
  'skipped', // an earlier field failed, so this one was left alone
] as const;
export type FillFailure = (typeof FILL_FAILURES)[number];

export const fieldResultSchema = z.object({
  /** The profile field key (pendingReason, workLogDetails, ...). */
  field: z.string().min(1).max(60),
  expected: z.string().max(5000),
  /** What the page held afterwards (null when the field could not be read). */
  actual: z.string().max(5000).nullable(),
  status: z.enum(['done', 'failed']),
  reason: z.enum(FILL_FAILURES).nullable(),
  /** NOSSA's own message, when it gave one. */
  message: z.string().max(500).nullable(),
  ms: z.number().min(0),
});
export type FieldResult = z.infer<typeof fieldResultSchema>;

export const fillResultSchema = z.object({
  /** A fill writes the plan; a verify reads it back after the agent saved. */
  kind: z.enum(['fill', 'verify']),
  ok: z.boolean(),
  profileId: z.string().min(1).max(60),
  fields: z.array(fieldResultSchema).max(40),
  /** Whether Pandu also pressed OK / Save (the "fill and save" setting). */
  committed: z.boolean(),
  startedAt: instantSchema,
  /** Wall time, and Pandu's own time without waiting for NOSSA's round trips. */
  totalMs: z.number().min(0),
  ownMs: z.number().min(0),
});
export type FillResult = z.infer<typeof fillResultSchema>;
