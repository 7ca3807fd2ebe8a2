import * as z from 'zod/mini';
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
  field: z.string().check(z.minLength(1), z.maxLength(60)),
  expected: z.string().check(z.maxLength(5000)),
  /** What the page held afterwards (null when the field could not be read). */
  actual: z.nullable(z.string().check(z.maxLength(5000))),
  status: z.enum(['done', 'failed']),
  reason: z.nullable(z.enum(FILL_FAILURES)),
  /** NOSSA's own message, when it gave one. */
  message: z.nullable(z.string().check(z.maxLength(500))),
  ms: z.number().check(z.minimum(0)),
});
export type FieldResult = z.infer<typeof fieldResultSchema>;

export const fillResultSchema = z.object({
  /** A fill writes the plan; a verify reads it back after the agent saved. */
  kind: z.enum(['fill', 'verify']),
  ok: z.boolean(),
  profileId: z.string().check(z.minLength(1), z.maxLength(60)),
  fields: z.array(fieldResultSchema).check(z.maxLength(40)),
  /** Whether Pandu also pressed OK / Save (the "fill and save" setting). */
  committed: z.boolean(),
  startedAt: instantSchema,
  /** Wall time, and Pandu's own time without waiting for NOSSA's round trips. */
  totalMs: z.number().check(z.minimum(0)),
  ownMs: z.number().check(z.minimum(0)),
});
export type FillResult = z.infer<typeof fillResultSchema>;
