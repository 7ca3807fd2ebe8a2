import { TZDate } from '@date-fns/tz';
import { format as formatDate, isValid, parse } from 'date-fns';
import { zoneName } from './zones';

const inZone = (iso: string, timeZone?: string): Date => (timeZone ? new TZDate(iso, timeZone) : new Date(iso));

/** "27-11-2026 10:00 WITA": how Pandu shows an instant to agents (local time + zone name). */
export function formatLocal(iso: string, timeZone?: string, pattern = 'dd-MM-yyyy HH:mm'): string {
  const date = inZone(iso, timeZone);
  return `${formatDate(date, pattern)} ${zoneName(date, timeZone)}`;
}

/** An instant in a date-fns pattern, in the zone given (NOSSA's configured date format). */
export function formatPattern(iso: string, pattern: string, timeZone?: string): string {
  return formatDate(inZone(iso, timeZone), pattern);
}

/** The value for an <input type="datetime-local"> showing this instant in local time. */
export function toLocalInput(iso: string, timeZone?: string): string {
  return formatDate(inZone(iso, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/**
 * A datetime-local value ("2026-11-27T10:00"), read as local time in the zone given (or the
 * browser's), as a UTC ISO instant; null when it is not a valid date-time.
 */
export function fromLocalInput(value: string, timeZone?: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const reference = timeZone ? new TZDate(2000, 0, 1, timeZone) : new Date(2000, 0, 1);
  const pattern = value.length > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm";
  const parsed = parse(value, pattern, reference);
  return isValid(parsed) ? new Date(parsed.getTime()).toISOString() : null;
}
