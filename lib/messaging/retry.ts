import { refusalCodeOf } from './errors';

/**
 * Whether a failed message is worth sending again: the service worker was stopped or restarting
 * ("The message port closed before a response was received", "Could not establish connection.
 * Receiving end does not exist"), or answered nothing. A typed refusal (invalid payload, not
 * found, storage full...) is the background's answer and would be the same again.
 */
export function isTransient(error: unknown): boolean {
  if (refusalCodeOf(error)) return false;
  const message = error instanceof Error ? error.message : String(error);
  // Chrome's words when the worker dies while a handler is still working (its listener had
  // returned true): "A listener indicated an asynchronous response by returning true, but the
  // message channel closed before a response was received".
  return /message (port|channel) closed|could not establish connection|receiving end does not exist|extension context invalidated|no response|disconnected|timed? ?out/i.test(
    message,
  );
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Wait before the second attempt; doubled each time, capped at maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends with retries and backoff while the failure is transient (a worker wakes in well under a
 * second; 6 attempts over about 6 s cover a restart). The last error is thrown when all fail.
 * Safe because every fill record is idempotent in the background (same ids are stored once).
 */
export async function withRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 6, baseDelayMs = 200, maxDelayMs = 2_000, sleep = pause } = options;
  let delay = baseDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}
