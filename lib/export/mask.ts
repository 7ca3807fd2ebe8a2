/**
 * Masking customer phone numbers in exports (UU PDP: a file that leaves the team should carry no
 * more personal data than its reader needs). Indonesian numbers start with +62, 62 or 0; they
 * may be written in groups ("0812-3456-7890", "+62 812 3456 7890"). The first group must have
 * at least three digits, so dates such as "01-12-2026" are left alone, and a number glued to
 * letters (a ticket id "IN0812...") is not a phone number. Later groups need three digits, so
 * "0812345678 10 kali" masks the number and keeps the count.
 */
const PHONE = /(?<![\w+])(?:\+?62[\s.-]?\d{3}|0\d{2,})(?:[\s.-]?\d{3,}){0,4}(?!\w)/g;
/** Shorter runs are not phone numbers (an Indonesian landline with its area code has 9+). */
const MIN_DIGITS = 9;
const KEEP_START = 4;
const KEEP_END = 3;

/** "081234567890" -> "0812*****890": enough to tell two numbers apart, not enough to call. */
function maskNumber(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  if (digits < MIN_DIGITS) return match;
  let seen = 0;
  return match.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= KEEP_START || seen > digits - KEEP_END ? digit : '*';
  });
}

export function maskPhones(text: string): string {
  return text.replace(PHONE, maskNumber);
}

/**
 * Every string inside a JSON-like value, masked (for session answers and event payloads, where
 * a phone can sit in a ticket snapshot, a note or a work log). Returns a new value.
 */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskPhones(value) as T;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = maskDeep(item);
    return out as T;
  }
  return value;
}
