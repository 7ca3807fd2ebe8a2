import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localClock } from '@/lib/time';
import { formatPattern } from '@/lib/time';

describe("the exports' local clock", () => {
  it("shows an instant in WIB, WITA and WIT with the zone's name", () => {
    const at = Date.parse('2026-11-27T02:00:05.000Z');
    expect(localClock('Asia/Jakarta').format(at)).toBe('2026-11-27 09:00:05');
    expect(localClock('Asia/Makassar').format(at)).toBe('2026-11-27 10:00:05');
    expect(localClock('Asia/Jayapura').format(at)).toBe('2026-11-27 11:00:05');
    expect(localClock('Asia/Makassar').zoneLabel(at)).toBe('WITA');
    expect(localClock('Asia/Jayapura').dayKey(Date.parse('2026-11-27T15:30:00.000Z'))).toBe('2026-11-28');
  });

  it('gives Excel a date holding the local wall-clock time', () => {
    const wall = localClock('Asia/Makassar').wallDate(Date.parse('2026-11-27T02:00:00.000Z'));
    expect(wall.toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });

  it('finds the instant a local day starts, also on a daylight-saving day', () => {
    expect(new Date(localClock('Asia/Makassar').dayStart('2026-11-27')).toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(new Date(localClock('Europe/Berlin').dayStart('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(localClock('Europe/Berlin').dayStart('2026-03-30')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(localClock('America/Sao_Paulo').dayStart('2026-11-27')).toISOString()).toBe('2026-11-27T03:00:00.000Z');
  });

  it('agrees with date-fns in any zone at any instant (the cache never serves a stale offset)', () => {
    const zones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (zone, ms) => {
        const clock = localClock(zone);
        // Prime the cache with a neighbouring instant first, as a long export does.
        clock.format(ms - 3_600_000);
        expect(clock.format(ms)).toBe(formatPattern(new Date(ms).toISOString(), 'yyyy-MM-dd HH:mm:ss', zone));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the same text as the Date fields at any instant, the odd ones included', () => {
    // The plain way (a Date holding the wall-clock time, its UTC fields padded), which the
    // clock's arithmetic and per-day cache must match: years 1000-9999 take the fast path,
    // everything else (NaN, year 0, fractions Date truncates) the Date path.
    const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
    const plain = (clock: ReturnType<typeof localClock>, ms: number) => {
      const d = new Date(ms + clock.offsetMinutes(ms) * 60_000);
      const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
      return { day, time: `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`, full: `${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}` };
    };
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      fc.integer({ min: -8.7e15, max: 8.7e15 }),
      fc.double({ min: -1e14, max: 3e14, noNaN: true }),
      fc.constantFrom(Number.NaN, 0, -1, -0.5, 0.5, Date.UTC(1000, 0, 1) - 1, Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10_000, 0, 1)),
    );
    for (const zone of [undefined, 'Asia/Makassar', 'Asia/Kathmandu', 'America/New_York']) {
      const clock = localClock(zone);
      fc.assert(
        fc.property(instant, (ms) => {
          const expected = plain(clock, ms);
          expect(clock.format(ms)).toBe(expected.full);
          expect(clock.dayKey(ms)).toBe(expected.day);
          expect(clock.timeOfDay(ms)).toBe(expected.time);
        }),
        { numRuns: 400 },
      );
    }
  });
});
