import { TZDate } from '@date-fns/tz';
import { checkEntry, formatEntry, type EntryKind, type EntryProblem, type WallTime } from './entry';

/**
 * The entry's text and instants: a text is read as wall-clock time in the agent's zone (the
 * zone given, else the browser's), the way formatLocal shows instants.
 */

/** The wall clock an instant shows in a zone (or the browser's). */
export function wallTimeAt(instant: Date | number | string, timeZone?: string): WallTime {
  const ms = typeof instant === 'string' ? Date.parse(instant) : +instant;
  const date = timeZone ? new TZDate(ms, timeZone) : new Date(ms);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() };
}

/** The instant a wall-clock time is in a zone (or the browser's), as UTC ISO; null for a time the zone skips (a daylight-saving gap). */
export function instantOfWallTime(time: WallTime, timeZone?: string): string | null {
  const { year, month, day, hour, minute } = time;
  const date = timeZone ? new TZDate(year, month - 1, day, hour, minute, timeZone) : new Date(year, month - 1, day, hour, minute);
  const exact = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hour && date.getMinutes() === minute;
  return exact && !Number.isNaN(date.getTime()) ? new Date(date.getTime()).toISOString() : null;
}

/** "07-12-2026 16:30" (or the kind's part of it) for an instant, in the zone given. */
export function entryFromInstant(iso: string, kind: EntryKind = 'datetime', timeZone?: string): string {
  return formatEntry(wallTimeAt(iso, timeZone), kind);
}

export type EntryInstant = { ok: true; instant: string; time: WallTime } | { ok: false; problem: EntryProblem };

/** A date-time entry read in the zone given: the instant, or why it is none. */
export function readEntryInstant(text: string, timeZone?: string): EntryInstant {
  const checked = checkEntry(text, 'datetime');
  if (!checked.ok) return checked;
  const instant = instantOfWallTime(checked.time, timeZone);
  return instant ? { ok: true, instant, time: checked.time } : { ok: false, problem: 'no-such-time' };
}

/** A date-time entry as a UTC ISO instant, or null when it is not one. */
export const instantFromEntry = (text: string, timeZone?: string): string | null => {
  const read = readEntryInstant(text, timeZone);
  return read.ok ? read.instant : null;
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A day entry ("07-12-2026") as the calendar day it names ("2026-12-07"), or null. */
export function dayFromEntry(text: string): string | null {
  const checked = checkEntry(text, 'date');
  return checked.ok ? `${checked.time.year}-${pad2(checked.time.month)}-${pad2(checked.time.day)}` : null;
}

/** A calendar day ("2026-12-07") as the entry shows it ("07-12-2026"); '' for none. */
export function entryFromDay(day: string | null): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

/** A time-of-day entry ("7:30") as "07:30", or null. */
export function clockFromEntry(text: string): string | null {
  const checked = checkEntry(text, 'time');
  return checked.ok ? `${pad2(checked.time.hour)}:${pad2(checked.time.minute)}` : null;
}

/**
 * A value in the browser's datetime-local form ("2026-12-07T16:30"), which drafts saved before
 * this entry hold, as the entry's text; any other text is returned as it is.
 */
export function entryFromLocalInput(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]} ${match[4]}:${match[5]}` : value;
}

/** Tomorrow at a wall-clock hour in the zone given (quick pick "besok 09:00"). */
export function tomorrowAt(now: Date, hour: number, minute: number, timeZone?: string): string {
  const today = wallTimeAt(now, timeZone);
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  const time = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour, minute };
  // A zone that skips that hour tomorrow (daylight saving) gets the hour after.
  return instantOfWallTime(time, timeZone) ?? instantOfWallTime({ ...time, hour: hour + 1 }, timeZone) ?? new Date(now.getTime() + 86_400_000).toISOString();
}

/** N hours from now, to the minute (quick pick "+2 jam"). */
export function hoursFromNow(now: Date, hours: number): string {
  return new Date(Math.floor((now.getTime() + hours * 3_600_000) / 60_000) * 60_000).toISOString();
}
