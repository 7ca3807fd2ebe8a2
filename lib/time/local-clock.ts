import { tzOffset } from '@date-fns/tz';
import { zoneName } from './zones';

const QUARTER_HOUR = 900_000;
const DAY = 86_400_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** "00".."59": a table instead of a padding call per field (300,000 dates an export). */
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad2(n));
/**
 * Wall-clock instants for which the arithmetic below gives exactly what `Date`'s UTC fields
 * give: whole milliseconds in the years 1000-9999. Anything else (no date, a corrupt one, a
 * fraction `Date` would truncate) takes the `Date` path, so the text is the same in every case
 * ("NaN-NaN-NaN ..." included).
 */
const FAST_FROM = Date.UTC(1000, 0, 1);
const FAST_TO = Date.UTC(10_000, 0, 1);

/**
 * Local wall-clock time for 100,000 rows without 100,000 Intl calls: a zone's offset only
 * changes on a quarter hour, so it is looked up once per quarter hour and cached. Every
 * exported date goes through here, in the zone the lead's browser is in (or the one given).
 */
export interface LocalClock {
  timeZone: string | undefined;
  /** Offset east of UTC, in minutes, at an instant. */
  offsetMinutes(ms: number): number;
  /** A Date whose UTC fields are the local wall-clock time: what Excel stores as a date. */
  wallDate(ms: number): Date;
  /** "2026-11-27 10:00:05", local. */
  format(ms: number): string;
  /** "2026-11-27", the local calendar day. */
  dayKey(ms: number): string;
  /** "10:00", the local time of day. */
  timeOfDay(ms: number): string;
  /** The instant a local calendar day ("2026-11-27") starts. */
  dayStart(day: string): number;
  /** "WIB", "WITA", "WIT" (or "UTC+5:30"), as agents name the zone. */
  zoneLabel(ms?: number): string;
}

export function localClock(timeZone?: string): LocalClock {
  const cache = new Map<number, number>();
  const offsetMinutes = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    let offset = cache.get(bucket);
    if (offset === undefined) {
      const at = new Date(bucket * QUARTER_HOUR);
      offset = timeZone ? tzOffset(timeZone, at) : -at.getTimezoneOffset();
      cache.set(bucket, offset);
    }
    return offset;
  };
  const wall = (ms: number) => new Date(ms + offsetMinutes(ms) * 60_000);
  const day = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  // An export's dates fall on a few hundred local days: each day's text is built once.
  const days = new Map<number, string>();
  const dayText = (dayNumber: number) => {
    let text = days.get(dayNumber);
    if (text === undefined) days.set(dayNumber, (text = day(new Date(dayNumber * DAY))));
    return text;
  };
  /** Local wall-clock ms, or NaN when the `Date` path must answer. */
  const fastWall = (ms: number) => {
    const local = ms + offsetMinutes(ms) * 60_000;
    return local >= FAST_FROM && local < FAST_TO && Math.floor(local) === local ? local : Number.NaN;
  };
  return {
    timeZone,
    offsetMinutes,
    wallDate: wall,
    dayKey(ms) {
      const local = fastWall(ms);
      return local === local ? dayText(Math.floor(local / DAY)) : day(wall(ms));
    },
    timeOfDay(ms) {
      const local = fastWall(ms);
      if (local !== local) {
        const d = wall(ms);
        return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
      }
      const minutes = Math.floor((local - Math.floor(local / DAY) * DAY) / 60_000);
      return `${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}`;
    },
    format(ms) {
      const local = fastWall(ms);
      if (local !== local) {
        const d = wall(ms);
        return `${day(d)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
      }
      const dayNumber = Math.floor(local / DAY);
      const seconds = Math.floor((local - dayNumber * DAY) / 1000);
      const minutes = Math.floor(seconds / 60);
      return `${dayText(dayNumber)} ${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[seconds % 60]}`;
    },
    dayStart(day) {
      const midnightUtc = Date.parse(`${day}T00:00:00.000Z`);
      // The offset at local midnight; a second look settles days on which the offset changes.
      const guess = midnightUtc - offsetMinutes(midnightUtc) * 60_000;
      return midnightUtc - offsetMinutes(guess) * 60_000;
    },
    zoneLabel(ms = Date.now()) {
      return zoneName(new Date(ms), timeZone);
    },
  };
}
