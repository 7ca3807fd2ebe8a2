import * as z from 'zod/mini';
import { enrolCodeSchema, serverUrlSchema, type Account } from '../../team/api';
import type { TeamErrorCode } from '../../team/client';
import type { SyncState } from '../../team/connection';
import { resultOf } from '../declare';

/** What the popup and the dashboard show of the team server link (never the token). */
export interface TeamStatus {
  /** Null: no server configured here, so nothing is sent anywhere. */
  server: { url: string; account: Account; enrolledAt: string } | null;
  /** The server's address set by enterprise policy (the agent then only enrols). */
  policyUrl: string | null;
  state: SyncState | null;
  /** Records waiting for the server's acknowledgement. */
  waiting: number;
}

/**
 * Why an enrolment failed, for the page to say in the user's language: the server's own codes
 * (`enrol.code-invalid`, `enrol.code-used`, `enrol.code-expired`, `rate.limited`...), `network`
 * (unreachable), `bad-response` (something answered that is not a Pandu team server),
 * `permission` (the browser does not allow the server's origin), `policy` (the company's policy
 * names another server).
 */
export type TeamEnrolFailure = TeamErrorCode | 'permission' | 'policy';
export type TeamEnrolAnswer = { ok: true; status: TeamStatus } | { ok: false; error: TeamEnrolFailure; detail: string };

/** The team server (popup, dashboard): enrolment and sending; the background does every request. */
export const teamRequests = {
  /**
   * Enrols this browser with a one-time code. The page first asks the browser for the server's
   * origin (an optional host permission: a user gesture is needed), then sends this.
   */
  teamEnrol: { input: z.strictObject({ url: serverUrlSchema, code: enrolCodeSchema }), result: resultOf<TeamEnrolAnswer>() },
  teamStatus: { input: z.undefined(), result: resultOf<TeamStatus>() },
  /** Send what waits now, ignoring the backoff (the popup's "Kirim sekarang"). */
  teamSyncNow: { input: z.undefined(), result: resultOf<TeamStatus>() },
  /** Forget the server and its token here (records stay; the outbox is emptied). */
  teamDisconnect: { input: z.undefined(), result: resultOf<TeamStatus>() },
};
