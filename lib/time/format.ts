import { TZDate } from '@date-fns/tz';
import { formatFields as formatDate } from './pattern';
import { zoneName } from './zones';

const inZone = (iso: string, timeZone?: string): Date => (timeZone ? new TZDate(iso, timeZone) : new Date(iso));

/** "27-11-2026 10:00 WITA": how Pandu shows an instant to agents (local time + zone name). */
export function formatLocal(iso: string, timeZone?: string, pattern = 'dd-MM-yyyy HH:mm'): string {
  const date = inZone(iso, timeZone);
  return `${formatDate(date, pattern)} ${zoneName(date, timeZone)}`;
}

/** An instant in a date pattern (date-fns notation, lib/time/pattern.ts), in the zone given (NOSSA's configured date format). */
export function formatPattern(iso: string, pattern: string, timeZone?: string): string {
  return formatDate(inZone(iso, timeZone), pattern);
}

/** The value for an <input type="datetime-local"> showing this instant in local time. */
export function toLocalInput(iso: string, timeZone?: string): string {
  return formatDate(inZone(iso, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * A datetime-local value ("2026-11-27T10:00"), read as local time in the zone given (or the
 * browser's), as a UTC ISO instant; null when it is not a real date-time (2026-02-30 is not).
 * Hand-parsed: the format is fixed by HTML, and date-fns' general parser would weigh down the
 * content script.
 */
export function fromLocalInput(value: string, timeZone?: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = timeZone ? new TZDate(y, mo - 1, d, h, mi, s, timeZone) : new Date(y, mo - 1, d, h, mi, s);
  const exact = date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && date.getHours() === h && date.getMinutes() === mi;
  return exact && !Number.isNaN(date.getTime()) ? new Date(date.getTime()).toISOString() : null;
}
