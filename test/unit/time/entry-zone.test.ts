import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockFromEntry,
  dayFromEntry,
  describeWallTime,
  entryFromDay,
  entryFromInstant,
  entryFromLocalInput,
  hoursFromNow,
  instantFromEntry,
  readEntryInstant,
  tomorrowAt,
  wallTimeAt,
  weekday,
} from '@/lib/time';

const INSTANT = '2026-12-07T09:30:00.000Z';
const ZONES = [
  ['Asia/Jakarta', '07-12-2026 16:30'],
  ['Asia/Makassar', '07-12-2026 17:30'],
  ['Asia/Jayapura', '07-12-2026 18:30'],
] as const;

const ID_NAMES = {
  days: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

describe('the entry in the agent’s zone (WIB, WITA, WIT)', () => {
  it.each(ZONES)('shows an instant in %s as %s and reads it back to the same instant', (zone, text) => {
    expect(entryFromInstant(INSTANT, 'datetime', zone)).toBe(text);
    expect(instantFromEntry(text, zone)).toBe(INSTANT);
    expect(readEntryInstant(text, zone)).toEqual({ ok: true, instant: INSTANT, time: { year: 2026, month: 12, day: 7, hour: Number(text.slice(11, 13)), minute: 30 } });
  });

  it('round-trips any minute in any of the three zones', () => {
    const minute = fc.integer({ min: Date.UTC(1970, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 }).map((m) => new Date(m * 60_000).toISOString());
    fc.assert(
      fc.property(minute, fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'), (iso, zone) => {
        expect(instantFromEntry(entryFromInstant(iso, 'datetime', zone), zone)).toBe(iso);
      }),
    );
  });

  it('says why a text is no instant, including a time a daylight-saving zone skips', () => {
    expect(readEntryInstant('', 'Asia/Jakarta')).toEqual({ ok: false, problem: 'empty' });
    expect(readEntryInstant('07-12-2026 16', 'Asia/Jakarta')).toEqual({ ok: false, problem: 'incomplete' });
    expect(readEntryInstant('31-11-2026 16:30', 'Asia/Jakarta')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(readEntryInstant('08-03-2026 02:30', 'America/New_York')).toEqual({ ok: false, problem: 'no-such-time' });
    expect(instantFromEntry('07-12-2026', 'Asia/Jakarta')).toBeNull();
  });

  it('gives the wall clock of an instant, and the day and time parts of the entry', () => {
    expect(wallTimeAt(INSTANT, 'Asia/Makassar')).toEqual({ year: 2026, month: 12, day: 7, hour: 17, minute: 30 });
    expect(entryFromInstant(INSTANT, 'date', 'Asia/Jayapura')).toBe('07-12-2026');
    expect(entryFromInstant(INSTANT, 'time', 'Asia/Jayapura')).toBe('18:30');
  });
});

describe('day and time-of-day entries', () => {
  it('reads a day as the calendar day it names, and shows a calendar day', () => {
    expect(dayFromEntry('7-12-2026')).toBe('2026-12-07');
    expect(dayFromEntry('31-02-2026')).toBeNull();
    expect(dayFromEntry('07-12')).toBeNull();
    expect(entryFromDay('2026-12-07')).toBe('07-12-2026');
    expect(entryFromDay(null)).toBe('');
    expect(entryFromDay('gisteren')).toBe('');
  });

  it('reads a time of day as HH:mm', () => {
    expect(clockFromEntry('7:30')).toBe('07:30');
    expect(clockFromEntry('23:59')).toBe('23:59');
    expect(clockFromEntry('24:00')).toBeNull();
    expect(clockFromEntry('7:3')).toBeNull();
  });

  it('takes a draft saved as a browser date-time value ("2026-12-07T16:30") as the entry’s text', () => {
    expect(entryFromLocalInput('2026-12-07T16:30')).toBe('07-12-2026 16:30');
    expect(entryFromLocalInput('07-12-2026 16:30')).toBe('07-12-2026 16:30');
    expect(entryFromLocalInput('')).toBe('');
  });
});

describe('quick picks', () => {
  it('"besok 09:00" is tomorrow in the agent’s zone, not in UTC', () => {
    // 06-12 20:52 UTC is already 07-12 03:52 in WIB: tomorrow is the 8th there.
    const now = new Date('2026-12-06T20:52:00.000Z');
    expect(tomorrowAt(now, 9, 0, 'Asia/Jakarta')).toBe('2026-12-08T02:00:00.000Z');
    expect(tomorrowAt(now, 9, 0, 'Asia/Jayapura')).toBe('2026-12-08T00:00:00.000Z');
    expect(tomorrowAt(new Date('2026-12-31T10:00:00.000Z'), 9, 0, 'Asia/Makassar')).toBe('2027-01-01T01:00:00.000Z');
  });

  it('"besok 09:00" in a zone that skips 09:00 tomorrow takes the hour after', () => {
    // Chile moves its clocks at 24:00 -> 01:00; a pick at 00:00 on that night has no wall time.
    expect(tomorrowAt(new Date('2026-09-05T12:00:00.000Z'), 0, 0, 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('"+2 jam" is two hours on, to the minute', () => {
    expect(hoursFromNow(new Date('2026-12-06T20:52:41.500Z'), 2)).toBe('2026-12-06T22:52:00.000Z');
  });
});

describe('the entry echoed in words', () => {
  it('names the weekday and month: "Senin, 07 Des 2026 16:30"', () => {
    const time = { year: 2026, month: 12, day: 7, hour: 16, minute: 30 };
    expect(describeWallTime(time, 'datetime', ID_NAMES)).toBe('Senin, 07 Des 2026 16:30');
    expect(describeWallTime(time, 'date', ID_NAMES)).toBe('Senin, 07 Des 2026');
    expect(describeWallTime({ ...time, hour: 7, minute: 5 }, 'time', ID_NAMES)).toBe('07:05');
  });

  it('finds the weekday of any day as the calendar does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        expect(weekday({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })).toBe(date.getUTCDay());
      }),
    );
  });
});
