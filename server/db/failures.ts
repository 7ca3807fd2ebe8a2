import { ApiFailure } from '../errors';

/**
 * Failures that say "the database is not there right now" rather than "this request is wrong":
 * connection refused or cut, the server shutting down or out of resources, a serialization
 * conflict. The client should retry the same request later (ingest is idempotent), so these
 * answer 503 server.unavailable; anything else is a bug and answers 500.
 */
const RETRYABLE_SQLSTATE = /^(08|57|53|40)/;
const RETRYABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const RETRYABLE_MESSAGE =
  /Connection terminated|terminating connection|connection timeout|timeout exceeded|Client has encountered a connection error|Cannot use a pool after calling end/i;

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (RETRYABLE_NODE.has(code) || (/^[0-9A-Z]{5}$/.test(code) && RETRYABLE_SQLSTATE.test(code)))) return true;
  return RETRYABLE_MESSAGE.test(error.message);
}

export const unavailable = () => new ApiFailure(503, 'server.unavailable', 'the database is not reachable; retry the same request later');
