/**
 * Masking customer phone numbers in exports (UU PDP: a file that leaves the team should carry no
 * more personal data than its reader needs). Indonesian numbers start with +62, 62 or 0; they
 * may be written in groups ("0812-3456-7890", "+62 812 3456 7890"). The first group must have
 * at least three digits, so dates such as "01-12-2026" are left alone, and a number glued to
 * letters (a ticket id "IN0812...") is not a phone number. Later groups need three digits, so
 * "0812345678 10 kali" masks the number and keeps the count.
 */
const NUMBER = String.raw`(?:\+?62[\s.-]?\d{3}|0\d{2,})(?:[\s.-]?\d{3,}){0,4}(?!\w)`;
/** The number itself, tried only where one can start (see `maskPhones`). */
const NUMBER_AT = new RegExp(NUMBER, 'y');
/** Shorter runs are not phone numbers (an Indonesian landline with its area code has 9+). */
const MIN_DIGITS = 9;
const KEEP_START = 4;
const KEEP_END = 3;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** "081234567890" -> "0812*****890": enough to tell two numbers apart, not enough to call. */
function maskNumber(match: string): string {
  // One pass to count, one to mask: no regex and no callback per digit (100,000 work logs).
  let digits = 0;
  for (let i = 0; i < match.length; i++) if (isDigit(match.charCodeAt(i))) digits++;
  if (digits < MIN_DIGITS) return match;
  let seen = 0;
  let out = '';
  for (let i = 0; i < match.length; i++) {
    if (!isDigit(match.charCodeAt(i))) out += match[i];
    else out += ++seen <= KEEP_START || seen > digits - KEEP_END ? match[i] : '*';
  }
  return out;
}

/** True when the text holds at least `MIN_DIGITS` digits: fewer cannot make a phone number. */
function mayHoldPhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    if (isDigit(text.charCodeAt(i)) && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

/** `\w` or "+": a number glued to one of these is part of something else. */
const gluesNumber = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2b;

/**
 * Every phone number in the text masked: what `text.replace(/(?<![\w+])NUMBER/g, maskNumber)`
 * gives, found faster. A number starts with "+", "6" or "0" not glued to what comes before, so
 * only those places are tried, each with one sticky match; a global regex with a look-behind
 * would try every character, and a replace callback costs more than the masking.
 */
export function maskPhones(text: string): string {
  // Most names and notes hold no number at all: a count of digits spares them even the scan.
  if (!mayHoldPhone(text)) return text;
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 0x30 && c !== 0x36 && c !== 0x2b) || (i > 0 && gluesNumber(text.charCodeAt(i - 1)))) continue;
    NUMBER_AT.lastIndex = i;
    const number = NUMBER_AT.exec(text)?.[0];
    if (number === undefined) continue;
    out += text.slice(done, i) + maskNumber(number);
    done = i + number.length;
    i = done - 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Record ids (a fill's, a session's) are never phone numbers, though one may be all digits in places. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (text: string) => text.length === 36 && UUID.test(text);

/**
 * Every string inside a JSON-like value, masked (for session answers and event payloads, where
 * a phone can sit in a ticket snapshot, a note or a work log). The value is never changed: what
 * holds a number comes back as a copy with it masked, what holds none comes back as it is (most
 * of an export's 700,000 records), so a masked export copies only what it masks.
 */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return (isUuid(value) ? value : maskPhones(value)) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const masked = maskDeep(item);
      if (masked !== item) (out ??= value.slice())[i] = masked;
    }
    return (out ?? value) as T;
  }
  if (value && typeof value === 'object') {
    let out: Record<string, unknown> | null = null;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const masked = maskDeep(item);
      if (masked !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = masked;
    }
    return (out ?? value) as T;
  }
  return value;
}
