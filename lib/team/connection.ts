import * as z from 'zod/mini';
import { instantSchema, uuidSchema } from '../schema';
import { accountSchema, apiErrorCodeSchema, serverUrlSchema, syncedKindSchema } from './api';

/**
 * This browser's link to a team server, kept in the extension's database (never in settings,
 * which reach NOSSA tabs): the server's origin, the token it issued at enrolment, and who the
 * token is for. An agent's browser sends its records; a lead's dashboard reads its team.
 */
export const teamConnectionSchema = z.object({
  key: z.literal('connection'),
  url: serverUrlSchema,
  token: z.string().check(z.minLength(32)),
  tokenId: uuidSchema,
  account: accountSchema,
  enrolledAt: instantSchema,
  /**
   * When this browser's history (every record made here before enrolling) was all queued; absent
   * until then, so a worker stopped halfway finishes the queueing at its next flush.
   */
  historyQueuedAt: z.optional(instantSchema),
});
export type TeamConnection = z.infer<typeof teamConnectionSchema>;

/** How sending went, for the popup's one line ("tersinkron 10:42", "12 catatan menunggu server"). */
export const syncStateSchema = z.object({
  key: z.literal('state'),
  lastSyncAt: z.nullable(instantSchema),
  lastAttemptAt: z.nullable(instantSchema),
  /** Failed attempts in a row (the backoff grows with it); 0 after a success. */
  failures: z.int().check(z.minimum(0)),
  nextAttemptAt: z.nullable(instantSchema),
  /**
   * `network`: the server could not be reached; `bad-response`: something answered that is not the
   * contract; `permission`: the browser no longer allows the server's origin (asked again on a click).
   */
  lastError: z.nullable(
    z.object({ code: z.union([apiErrorCodeSchema, z.literal('network'), z.literal('bad-response'), z.literal('permission')]), at: instantSchema, message: z.string() }),
  ),
  /** Records the server kept aside (quarantined) so far; the lead sees them. */
  quarantined: z.int().check(z.minimum(0)),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export type TeamRow = TeamConnection | SyncState;

/**
 * One record waiting for the server. Keyed by kind and id, so a session changed ten times
 * before a flush is sent once, as it is then; `rev` changes on every write, so an
 * acknowledgement of an older copy does not drop a newer one.
 */
export const outboxRowSchema = z.object({
  key: z.string(),
  kind: syncedKindSchema,
  recordId: uuidSchema,
  rev: z.string(),
  queuedAt: instantSchema,
});
export type OutboxRow = z.infer<typeof outboxRowSchema>;
