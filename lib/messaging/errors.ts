/** Why the background refused a message; the UI maps the code to text in the agent's language. */
export type RefusalCode = 'untrusted-sender' | 'invalid-payload' | 'no-agent' | 'not-found' | 'storage-full';

export class MessageRefusedError extends Error {
  override name = 'MessageRefusedError';
  constructor(
    readonly code: RefusalCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Recovers the refusal code from an error that crossed the messaging boundary. */
export function refusalCodeOf(error: unknown): RefusalCode | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(untrusted-sender|invalid-payload|no-agent|not-found|storage-full):/.exec(message);
  return match ? (match[1] as RefusalCode) : null;
}

/** Whether an error (Dexie wraps the browser's) means the browser refused to store more data. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}
