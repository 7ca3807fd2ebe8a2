import * as z from 'zod/mini';
import { instantSchema, uuidSchema } from './common';
import type { PanduEvent } from './event';

/** Why a field was not filled (or not verified); each maps to advice the agent can act on. */
export const FILL_FAILURES = [
  'field-missing', // no locator found the field, even after the reach actions
  'read-only', // the field is there but NOSSA does not let it be changed
  'menu-item-missing', // the value list has no item with that value
  'rejected', // NOSSA answered with an error or warning message (its text is kept)
  'host-error', // NOSSA failed while opening a tab, dialog or row (e.g. its server could not be reached)
  'not-recorded', // the page never sent the value to its server (no round trip seen)
  'mismatch', // after the round trip the page holds another value
  'unsaved', // the value is on NOSSA's screen but the record is not saved ("terisi, belum disimpan")
  'not-saved', // Save / OK did not save the record (NOSSA still holds unsaved changes, or saved nothing)
  'timeout', // the page stayed busy too long
  'session-expired', // NOSSA's session ended: nothing of this fill was saved
  'interrupted', // the fill stopped (tab reloaded, browser closed) before this field was done
  'skipped', // an earlier field failed, so this one was left alone
] as const;
export type FillFailure = (typeof FILL_FAILURES)[number];

export const fieldResultSchema = z.object({
  /** The profile field key (pendingReason, workLogDetails, ...), or "commit:<action>" / "record". */
  field: z.string().check(z.minLength(1), z.maxLength(60)),
  expected: z.string().check(z.maxLength(5000)),
  /** What the page held afterwards (null when the field could not be read). */
  actual: z.nullable(z.string().check(z.maxLength(5000))),
  status: z.enum(['done', 'failed']),
  reason: z.nullable(z.enum(FILL_FAILURES)),
  /** NOSSA's own message, when it gave one. */
  message: z.nullable(z.string().check(z.maxLength(500))),
  ms: z.number().check(z.minimum(0)),
  /** Already held by NOSSA before this run, so nothing was typed (a retry doing only what is missing). */
  already: z.optional(z.boolean()),
});
export type FieldResult = z.infer<typeof fieldResultSchema>;

/**
 * What NOSSA's record looks like now, from the page's own signs: the Save control, an open
 * Change Status dialog, the login form, the message bar. "saved" is only the absence of unsaved
 * signs; what NOSSA really saved is proven by a read-back of a freshly loaded ticket.
 */
export const RECORD_STATES = ['saved', 'unsaved', 'dialog-open', 'expired', 'busy', 'unknown'] as const;
export type RecordStateKind = (typeof RECORD_STATES)[number];
export const MESSAGE_SEVERITIES = ['error', 'warning', 'info'] as const;
export const hostMessageSchema = z.object({
  text: z.string().check(z.maxLength(500)),
  severity: z.enum(MESSAGE_SEVERITIES),
});
export type HostMessage = z.infer<typeof hostMessageSchema>;
export const recordStateSchema = z.object({
  state: z.enum(RECORD_STATES),
  /** The message NOSSA shows now (or showed during the last action), if any. */
  message: z.nullable(hostMessageSchema),
});
export type RecordState = z.infer<typeof recordStateSchema>;

export const fillResultSchema = z.object({
  /** A fill writes the plan; a verify proves NOSSA saved it (record state, then a fresh read). */
  kind: z.enum(['fill', 'verify']),
  ok: z.boolean(),
  profileId: z.string().check(z.minLength(1), z.maxLength(60)),
  fields: z.array(fieldResultSchema).check(z.maxLength(40)),
  /** Whether Pandu also pressed OK / Save (the "fill and save" setting) and NOSSA saved. */
  committed: z.boolean(),
  startedAt: instantSchema,
  /** Wall time, and Pandu's own time without waiting for NOSSA's round trips. */
  totalMs: z.number().check(z.minimum(0)),
  ownMs: z.number().check(z.minimum(0)),
  /** The fill operation this run belongs to (absent in events stored before operations existed). */
  fillId: z.optional(uuidSchema),
  /** The record's state when the run ended. */
  record: z.optional(recordStateSchema),
  /** For a verify: "record" (the page's unsaved signs only) or "readBack" (a freshly loaded ticket). */
  phase: z.optional(z.enum(['record', 'readBack'])),
});
export type FillResult = z.infer<typeof fillResultSchema>;

/** One step the engine takes on the page: set a field, or press a commit control. */
export const fillStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('set'),
    field: z.string().check(z.minLength(1), z.maxLength(60)),
    value: z.string().check(z.maxLength(5000)),
    /** Steps of one group are skipped together when NOSSA already holds the group's result. */
    group: z.enum(['main', 'workLog', 'status']),
  }),
  z.object({ kind: z.literal('commit'), action: z.string().check(z.minLength(1), z.maxLength(60)) }),
]);
export type FillStep = z.infer<typeof fillStepSchema>;

/**
 * Why Pandu reloads the ticket ("fill.reload"): to read back what NOSSA saved, or to fill again
 * on a clean page (a failed fill left unsaved values whose server state nobody can tell).
 */
export const RELOAD_PURPOSES = ['readBack', 'refill'] as const;
export type ReloadPurpose = (typeof RELOAD_PURPOSES)[number];

/**
 * "fill.started": written before Pandu touches NOSSA, so a crash at any point leaves a trail:
 * the exact values the fill types, and the reference that marks Pandu's own work-log row.
 */
export const fillStartedSchema = z.object({
  fillId: uuidSchema,
  profileId: z.string().check(z.minLength(1), z.maxLength(60)),
  /** Short reference written into the work-log summary ("[Pandu 1A2B3C]"): a retry finds its own row by it. */
  ref: z.string().check(z.minLength(1), z.maxLength(40)),
  commit: z.boolean(),
  steps: z.array(fillStepSchema).check(z.maxLength(40)),
  startedAt: instantSchema,
});
export type FillStarted = z.infer<typeof fillStartedSchema>;

/** The fill operation an audit event belongs to (every fill.* payload names it), or null. */
export const fillIdOf = (event: PanduEvent): string | null => (typeof event.payload.fillId === 'string' ? event.payload.fillId : null);
