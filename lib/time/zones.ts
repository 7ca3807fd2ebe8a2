import { tzOffset } from '@date-fns/tz';

/** Indonesia's three zones, by their UTC offset in minutes. */
const INDONESIAN_ZONES: Record<number, string> = { 420: 'WIB', 480: 'WITA', 540: 'WIT' };

/** The browser's IANA zone (e.g. Asia/Makassar), or undefined where it cannot tell. */
export const browserTimeZone = (): string | undefined => Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;

/** Offset in minutes east of UTC at an instant, in a zone (or the browser's). */
export function offsetMinutes(instant: Date, timeZone?: string): number {
  return timeZone ? tzOffset(timeZone, instant) : -instant.getTimezoneOffset();
}

/** "WIB", "WITA", "WIT", or "UTC+5:30" style elsewhere: the name agents use for the zone. */
export function zoneName(instant: Date, timeZone?: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const named = INDONESIAN_ZONES[offset];
  if (named) return named;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}
