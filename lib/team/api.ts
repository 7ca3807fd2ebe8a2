import * as z from 'zod/mini';
import { areaSchema, trimmedText, uuidSchema } from '../schema/common';
import { teamServerUrlSchema } from '../schema/settings';

/**
 * The team server's wire contract (server/ and the extension's sync both import it; nothing
 * restates it). Every body that crosses is parsed with these schemas on the side that receives
 * it: the server parses requests, the extension parses responses.
 */
export const TEAM_API_PREFIX = '/api/v1';

export const ROLES = ['admin', 'lead', 'agent'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** One ingest request: at most this many records and this many bytes (the server refuses more with 413). */
export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 2_000_000;

/** "K7PD-Q2MX": what a lead reads out or writes down for an agent; one use, a day at most. */
export const ENROL_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;
export const enrolCodeSchema = z.string().check(z.trim(), z.toUpperCase(), z.regex(ENROL_CODE_PATTERN, 'enrolment code'));

/** The server's address as a team lead configures it: one rule, the setting's (lib/schema/settings.ts). */
export const serverUrlSchema = teamServerUrlSchema;

export const teamRefSchema = z.object({ id: trimmedText(1, 40), name: trimmedText(1, 80) });
export type TeamRef = z.infer<typeof teamRefSchema>;

export const accountSchema = z.object({
  id: uuidSchema,
  role: roleSchema,
  name: trimmedText(1, 80),
  /** An agent's NOSSA user id: the `agentId` of every record it may write. Null for leads and admins. */
  nossaUserId: z.nullable(trimmedText(1, 40)),
  area: z.nullable(areaSchema),
  /** Null only for an admin. */
  team: z.nullable(teamRefSchema),
});
export type Account = z.infer<typeof accountSchema>;

export const enrolRequestSchema = z.object({
  code: enrolCodeSchema,
  /** What the browser calls itself ("Chrome on PC-OCC-12"), shown beside the token so a lead can revoke the right one. */
  device: z._default(trimmedText(0, 80), ''),
});
export type EnrolRequest = z.input<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  /** The bearer token: shown once, kept by the extension, stored on the server only as a hash. */
  token: z.string().check(z.minLength(32), z.maxLength(200)),
  tokenId: uuidSchema,
  account: accountSchema,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/** The records an agent's browser sends, by kind; each is validated with the extension's own schema. */
export const SYNCED_KINDS = ['session', 'event', 'shift'] as const;
export const syncedKindSchema = z.enum(SYNCED_KINDS);
export type SyncedKind = z.infer<typeof syncedKindSchema>;

/** The envelope only: each record is checked on its own, so one bad record cannot refuse the batch. */
export const ingestRequestSchema = z.object({
  records: z.array(z.object({ kind: syncedKindSchema, record: z.unknown() })).check(z.minLength(1), z.maxLength(MAX_BATCH_RECORDS)),
});
export type IngestRequest = z.infer<typeof ingestRequestSchema>;
export type IngestItem = IngestRequest['records'][number];

export const quarantinedItemSchema = z.object({
  /** Position in the batch. */
  index: z.int().check(z.minimum(0)),
  /** The record's id when it had a readable one. */
  id: z.nullable(z.string()),
  /** Where in the record the problem is ("payload.result.reason"), empty for the whole record. */
  path: z.string(),
  reason: z.string(),
});
export type QuarantinedItem = z.infer<typeof quarantinedItemSchema>;

/**
 * Every item of a batch is either accepted (stored, or already stored: ingest is idempotent)
 * or quarantined (kept aside for the lead to see, with its path and reason). Both are
 * acknowledged: the agent's browser drops them from its outbox, so a bad record never blocks
 * the good ones behind it.
 */
export const ingestResponseSchema = z.object({
  accepted: z.array(z.string()),
  quarantined: z.array(quarantinedItemSchema),
  /** The server's change counter after this batch (the dashboard's live view follows it). */
  seq: z.string(),
});
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

/** Error codes the server answers with; each client says them in its user's language. */
export const API_ERROR_CODES = [
  'auth.missing',
  'auth.invalid',
  'auth.revoked',
  'enrol.code-invalid',
  'enrol.code-used',
  'enrol.code-expired',
  'forbidden.role',
  'forbidden.team',
  'batch.too-large',
  'request.invalid',
  'rate.limited',
  'not.found',
  'conflict',
  'server.unavailable',
  'server.error',
] as const;
export const apiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    /** English, for logs and curl; clients show their own text for `code`. */
    message: z.string(),
    issues: z.optional(z.array(z.object({ path: z.string(), reason: z.string() }))),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
