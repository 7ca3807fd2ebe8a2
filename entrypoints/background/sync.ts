import { initialSyncState, outboxBatch, readSyncState, readTeamConnection, type OutboxItem, type PanduDb } from '@/lib/db';
import { dropFromOutbox, queueHistoryOnce, writeSyncState } from '@/lib/db/write';
import { MAX_BATCH_BYTES, MAX_BATCH_RECORDS, TEAM_API_PREFIX, apiErrorSchema, ingestRequestSchema, ingestResponseSchema, type IngestResponse } from '@/lib/team';
import type { SyncState, TeamConnection } from '@/lib/team/connection';

/**
 * Sending the outbox to the team server. A flush reads the oldest rows, sends each record as it is
 * now, and drops exactly the rows the server acknowledged (accepted or quarantined) that still
 * hold the copy sent. Every outcome is written to the `team` table's state row before the flush
 * ends, so a worker stopped at any point resumes from what is stored: nothing lives in memory.
 */

export interface SyncDeps {
  db: PanduDb;
  /** Milliseconds since the epoch (the tests' clock). */
  clock: () => number;
  fetch: typeof fetch;
  /** Whether the browser allows requests to the origin (chrome.permissions.contains). */
  hasPermission: (origin: string) => Promise<boolean>;
  /** 0..1, for the backoff's jitter. */
  random?: () => number;
}

export type FlushResult =
  | { outcome: 'idle' } // nothing to send, or no agent link: no request made
  | { outcome: 'sent'; acknowledged: number }
  | { outcome: 'waiting'; until: string } // in backoff: nothing was sent
  | { outcome: 'failed'; code: NonNullable<SyncState['lastError']>['code']; retryAt: string | null };

const FIRST_DELAY_MS = 2_000;
const LONGEST_DELAY_MS = 5 * 60_000;
/** Batches per flush at most: a flush that keeps finding rows ends, and the next write or alarm goes on. */
const MAX_ROUNDS = 200;

/** The wait before the n-th retry in a row: 2 s doubling up to 5 min, then half of it to all of it (jitter). */
export function backoffDelay(failures: number, random: number): number {
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1), LONGEST_DELAY_MS);
  return Math.round(base / 2 + (base / 2) * random);
}

/** The token was refused for good: nothing is sent until the agent enrols again. */
export const tokenRefused = (state: SyncState | null): boolean => state?.lastError?.code === 'auth.revoked' || state?.lastError?.code === 'auth.invalid';

/** The one address a flush may call: built from the stored origin, never from anything a server said. */
export const ingestUrl = (connection: Pick<TeamConnection, 'url'>): string => `${new URL(connection.url).origin}${TEAM_API_PREFIX}/ingest`;

type Failure = NonNullable<SyncState['lastError']>;

export function createSync({ db, clock, fetch, hasPermission, random = Math.random }: SyncDeps) {
  const iso = (ms = clock()) => new Date(ms).toISOString();
  let running: Promise<FlushResult> | null = null;

  async function fail(connection: TeamConnection, state: SyncState, error: Omit<Failure, 'at'>, retry: boolean): Promise<FlushResult> {
    const failures = state.failures + 1;
    const retryAt = retry ? iso(clock() + backoffDelay(failures, random())) : null;
    await writeSyncState(db, { ...state, failures, lastAttemptAt: iso(), nextAttemptAt: retryAt, lastError: { ...error, at: iso() } }, connection.tokenId);
    return { outcome: 'failed', code: error.code, retryAt };
  }

  /** The request's body, checked against the contract before it leaves. */
  const bodyOf = (items: OutboxItem[]): string => JSON.stringify(ingestRequestSchema.parse({ records: items.map(({ kind, record }) => ({ kind, record })) }));

  async function post(connection: TeamConnection, body: string): Promise<Response> {
    return fetch(ingestUrl(connection), {
      method: 'POST',
      headers: { authorization: `Bearer ${connection.token}`, 'content-type': 'application/json' },
      body,
      // Only the configured origin: a redirect elsewhere is an error, not a second request.
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
    });
  }

  /** The rows of a batch the server acknowledged: every accepted id, every quarantined position. */
  function acknowledged(items: OutboxItem[], answer: IngestResponse): OutboxItem[] {
    const accepted = new Set(answer.accepted);
    const quarantined = new Set(answer.quarantined.map((q) => q.index));
    return items.filter((item, index) => accepted.has(item.record.id) || quarantined.has(index));
  }

  async function run(force: boolean): Promise<FlushResult> {
    const connection = await readTeamConnection(db);
    if (!connection || connection.account.role !== 'agent') return { outcome: 'idle' };
    let state = (await readSyncState(db)) ?? initialSyncState();
    if (tokenRefused(state)) return { outcome: 'failed', code: state.lastError!.code, retryAt: null };
    if (!force && state.nextAttemptAt && Date.parse(state.nextAttemptAt) > clock()) return { outcome: 'waiting', until: state.nextAttemptAt };
    if (!(await hasPermission(new URL(connection.url).origin))) {
      return fail(connection, state, { code: 'permission', message: `no host permission for ${new URL(connection.url).origin}` }, false);
    }
    // A worker stopped while enrolment queued the history finishes it here (idempotent).
    await queueHistoryOnce(db, connection, iso());
    let limit = MAX_BATCH_RECORDS;
    let sent = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { items, orphans } = await outboxBatch(db, limit);
      if (orphans.length > 0) await dropFromOutbox(db, orphans); // deleted since they were queued
      if (items.length === 0) {
        if (orphans.length > 0) continue;
        break;
      }
      const body = bodyOf(items);
      if (new TextEncoder().encode(body).length > MAX_BATCH_BYTES && items.length > 1) {
        limit = Math.ceil(items.length / 2); // would be refused as too large: send it in halves
        continue;
      }
      let response: Response;
      try {
        response = await post(connection, body);
      } catch (error) {
        return fail(connection, state, { code: 'network', message: error instanceof Error ? error.message : String(error) }, true);
      }
      const json: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const answer = ingestResponseSchema.safeParse(json);
        const acked = answer.success ? acknowledged(items, answer.data) : [];
        if (!answer.success || acked.length === 0) return fail(connection, state, { code: 'bad-response', message: `HTTP ${response.status}: not an ingest answer` }, true);
        sent += await dropFromOutbox(
          db,
          acked.map((item) => item.row),
        );
        state = {
          ...state,
          failures: 0,
          lastError: null,
          nextAttemptAt: null,
          lastAttemptAt: iso(),
          lastSyncAt: iso(),
          quarantined: state.quarantined + answer.data.quarantined.length,
        };
        await writeSyncState(db, state, connection.tokenId);
        continue;
      }
      const error = apiErrorSchema.safeParse(json).data?.error;
      if (response.status === 401 && (error?.code === 'auth.revoked' || error?.code === 'auth.invalid')) {
        // Stop sending; the outbox stays for when the agent enrols again.
        return fail(connection, state, { code: error.code, message: error.message }, false);
      }
      if (response.status === 413 && items.length > 1) {
        limit = Math.ceil(items.length / 2);
        continue;
      }
      return fail(
        connection,
        state,
        { code: error?.code ?? (response.status >= 500 ? 'server.unavailable' : 'bad-response'), message: error?.message ?? `HTTP ${response.status}` },
        true,
      );
    }
    // Nothing left to send: an earlier failure (the permission, the network) no longer stands.
    if (state.failures > 0 || state.lastError) await writeSyncState(db, { ...state, failures: 0, lastError: null, nextAttemptAt: null }, connection.tokenId);
    return sent > 0 ? { outcome: 'sent', acknowledged: sent } : { outcome: 'idle' };
  }

  return {
    /** One flush at a time in this worker; `force` (the popup's "Kirim sekarang") ignores the backoff. */
    flush(force = false): Promise<FlushResult> {
      running ??= run(force).finally(() => (running = null));
      return running;
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
