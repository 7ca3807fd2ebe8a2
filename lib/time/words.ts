import type { EntryKind, WallTime } from './entry';

/** Day and month names in the agent's language (from the i18n catalogues: Sunday first, January first). */
export interface CalendarNames {
  days: readonly string[];
  months: readonly string[];
}

/** The weekday (0 = Sunday) of a calendar day, whatever the zone: it is a date, not an instant. */
export const weekday = (time: Pick<WallTime, 'year' | 'month' | 'day'>): number => new Date(Date.UTC(time.year, time.month - 1, time.day)).getUTCDay();

/**
 * A wall-clock time in words, so a slip is seen before it is sent: "Senin, 07 Des 2026 16:30"
 * (the caller adds the zone name). A day alone: "Senin, 07 Des 2026"; a time alone: "16:30".
 */
export function describeWallTime(time: WallTime, kind: EntryKind, names: CalendarNames): string {
  const clock = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  if (kind === 'time') return clock;
  const date = `${names.days[weekday(time)]}, ${String(time.day).padStart(2, '0')} ${names.months[time.month - 1]} ${time.year}`;
  return kind === 'date' ? date : `${date} ${clock}`;
}
