/** Why the background refused a message; the UI maps the code to text in the agent's language. */
export type RefusalCode = 'untrusted-sender' | 'invalid-payload' | 'no-agent' | 'not-found';

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
  const match = /^(untrusted-sender|invalid-payload|no-agent|not-found):/.exec(message);
  return match ? (match[1] as RefusalCode) : null;
}
