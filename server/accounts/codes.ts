import { randomInt } from 'node:crypto';

/** The letters and digits of ENROL_CODE_PATTERN: no I, O, 0 or 1, so a code read aloud is not misheard. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A fresh one-time code, "K7PD-Q2MX": 40 random bits, enough for a day's life behind a per-address rate limit. */
export function newEnrolCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)]!;
  const half = () => Array.from({ length: 4 }, pick).join('');
  return `${half()}-${half()}`;
}

/** How long a code stays usable. */
export const ENROL_CODE_LIFETIME_MS = 24 * 3_600_000;
