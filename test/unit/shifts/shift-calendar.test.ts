import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHIFT_DEFINITIONS, shiftSettingsSchema, type ShiftDefinition } from '@/lib/schema';
import { checklistShiftAt, localDate, nextChecklistChange, nextShiftAfter, shiftAt } from '@/lib/shifts';

/** Indonesia's three zones, with their offset from UTC in hours. */
const ZONES = [
  ['Asia/Jakarta', 'WIB', 7],
  ['Asia/Makassar', 'WITA', 8],
  ['Asia/Jayapura', 'WIT', 9],
] as const;

/** The UTC instant of a local wall-clock time in a zone with a fixed offset (no DST in Indonesia). */
const at = (localDateTime: string, offsetHours: number) => new Date(Date.parse(`${localDateTime}:00.000Z`) - offsetHours * 3_600_000);
const DEFAULTS = shiftSettingsSchema.parse({});
const HOUR = 3_600_000;

describe.each(ZONES)('the current shift in %s (%s)', (zone, _name, offset) => {
  const shift = (local: string) => shiftAt(at(local, offset), DEFAULT_SHIFT_DEFINITIONS, zone);

  it.each([
    ['2026-11-27T07:00', 'pagi', '2026-11-27'],
    ['2026-11-27T10:15', 'pagi', '2026-11-27'],
    ['2026-11-27T14:59', 'pagi', '2026-11-27'],
    ['2026-11-27T15:00', 'siang', '2026-11-27'],
    ['2026-11-27T22:59', 'siang', '2026-11-27'],
    ['2026-11-27T23:00', 'malam', '2026-11-27'],
    ['2026-11-27T23:59', 'malam', '2026-11-27'],
    ['2026-11-28T00:00', 'malam', '2026-11-27'],
    ['2026-11-27T00:30', 'malam', '2026-11-26'],
    ['2026-11-27T06:59', 'malam', '2026-11-26'],
  ])('%s local is %s of %s', (local, id, date) => {
    expect(shift(local)).toMatchObject({ id, date });
  });

  it('starts and ends a shift at its local wall-clock times, the night shift on the next day', () => {
    expect(shift('2026-11-27T00:30')).toEqual({
      id: 'malam',
      name: 'Malam',
      date: '2026-11-26',
      startsAt: at('2026-11-26T23:00', offset).toISOString(),
      endsAt: at('2026-11-27T07:00', offset).toISOString(),
    });
    expect(shift('2026-11-27T15:00')).toMatchObject({ startsAt: at('2026-11-27T15:00', offset).toISOString(), endsAt: at('2026-11-27T23:00', offset).toISOString() });
  });

  it('is exact to the millisecond at the boundaries (start inclusive, end exclusive)', () => {
    const seven = at('2026-11-27T07:00', offset).getTime();
    expect(shiftAt(seven - 1, DEFAULT_SHIFT_DEFINITIONS, zone)).toMatchObject({ id: 'malam', date: '2026-11-26' });
    expect(shiftAt(seven, DEFAULT_SHIFT_DEFINITIONS, zone)).toMatchObject({ id: 'pagi', date: '2026-11-27' });
  });

  it('crosses month and year ends: the night of 31 December belongs to 31 December', () => {
    expect(shift('2027-01-01T03:00')).toMatchObject({ id: 'malam', date: '2026-12-31' });
    expect(shift('2026-12-01T02:00')).toMatchObject({ id: 'malam', date: '2026-11-30' });
    expect(shift('2028-03-01T01:00')).toMatchObject({ id: 'malam', date: '2028-02-29' }); // leap year
  });

  it('names the same instant by its local time: one moment is a different shift in each zone', () => {
    // 22:30 UTC on the 26th is 05:30 WIB, 06:30 WITA, 07:30 WIT on the 27th.
    const instant = new Date('2026-11-26T22:30:00.000Z');
    expect(shiftAt(instant, DEFAULT_SHIFT_DEFINITIONS, zone)).toMatchObject(offset === 9 ? { id: 'pagi', date: '2026-11-27' } : { id: 'malam', date: '2026-11-26' });
  });

  it('always finds exactly one default shift, containing the instant, starting on its date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') }), (t) => {
        const slot = shiftAt(t, DEFAULT_SHIFT_DEFINITIONS, zone)!;
        expect(slot).not.toBeNull();
        const from = Date.parse(slot.startsAt);
        const to = Date.parse(slot.endsAt);
        expect(from).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(to);
        expect(to - from).toBe(8 * HOUR);
        expect(slot.date).toBe(localDate(from, zone));
        // The shift that starts where this one ends is the next one.
        expect(nextShiftAfter(t, DEFAULT_SHIFT_DEFINITIONS, zone).startsAt).toBe(slot.endsAt);
      }),
      { numRuns: 400 },
    );
  });
});

describe('shift configurations other than the default', () => {
  const twoShifts: ShiftDefinition[] = [
    { id: 'day', name: 'Day', start: '08:00', end: '20:00' },
    { id: 'night', name: 'Night', start: '20:00', end: '08:00' },
  ];
  const withGap: ShiftDefinition[] = [
    { id: 'pagi', name: 'Pagi', start: '07:00', end: '15:00' },
    { id: 'siang', name: 'Siang', start: '15:00', end: '22:00' },
  ];

  it('handles two 12-hour shifts', () => {
    expect(shiftAt(at('2026-11-27T19:59', 8), twoShifts, 'Asia/Makassar')).toMatchObject({ id: 'day', date: '2026-11-27' });
    expect(shiftAt(at('2026-11-28T07:59', 8), twoShifts, 'Asia/Makassar')).toMatchObject({ id: 'night', date: '2026-11-27' });
  });

  it('answers null in a gap and names the next shift', () => {
    const late = at('2026-11-27T23:30', 7);
    expect(shiftAt(late, withGap, 'Asia/Jakarta')).toBeNull();
    expect(nextShiftAfter(late, withGap, 'Asia/Jakarta')).toMatchObject({ id: 'pagi', date: '2026-11-28', startsAt: at('2026-11-28T07:00', 7).toISOString() });
  });

  it('treats equal start and end as one 24-hour shift', () => {
    const allDay: ShiftDefinition[] = [{ id: 'full', name: 'Full', start: '06:00', end: '06:00' }];
    expect(shiftAt(at('2026-11-28T05:59', 9), allDay, 'Asia/Jayapura')).toMatchObject({ date: '2026-11-27', endsAt: at('2026-11-28T06:00', 9).toISOString() });
    expect(shiftAt(at('2026-11-28T06:00', 9), allDay, 'Asia/Jayapura')).toMatchObject({ date: '2026-11-28' });
  });

  it('keeps wall-clock times across a daylight-saving change (zones outside Indonesia)', () => {
    // Europe/Berlin moves to summer time on 2026-03-29 at 02:00: the night shift is 7 hours long.
    const slot = shiftAt(new Date('2026-03-29T03:00:00Z'), DEFAULT_SHIFT_DEFINITIONS, 'Europe/Berlin')!;
    expect(slot).toMatchObject({ id: 'malam', date: '2026-03-28', startsAt: '2026-03-28T22:00:00.000Z', endsAt: '2026-03-29T05:00:00.000Z' });
  });

  it('uses the browser zone when none is given', () => {
    const now = new Date();
    expect(shiftAt(now, DEFAULT_SHIFT_DEFINITIONS)).toEqual(shiftAt(now, DEFAULT_SHIFT_DEFINITIONS, Intl.DateTimeFormat().resolvedOptions().timeZone));
  });
});

describe('the checklist shift and when it changes', () => {
  const settings = { ...DEFAULTS, opensMinutesBefore: 15 };

  it.each(ZONES)('opens the next shift’s checklist 15 minutes early in %s', (zone, _name, offset) => {
    expect(checklistShiftAt(at('2026-11-27T06:44', offset), settings, zone)).toMatchObject({ id: 'malam', date: '2026-11-26' });
    expect(checklistShiftAt(at('2026-11-27T06:45', offset), settings, zone)).toMatchObject({ id: 'pagi', date: '2026-11-27' });
    expect(checklistShiftAt(at('2026-11-27T22:50', offset), settings, zone)).toMatchObject({ id: 'malam', date: '2026-11-27' });
    expect(checklistShiftAt(at('2026-11-27T10:00', offset), { ...settings, opensMinutesBefore: 0 }, zone)).toMatchObject({ id: 'pagi' });
  });

  it('keeps the running shift until its end when a gap follows', () => {
    const gap = { ...settings, definitions: [{ id: 'pagi', name: 'Pagi', start: '07:00', end: '15:00' }] };
    expect(checklistShiftAt(at('2026-11-27T14:55', 7), gap, 'Asia/Jakarta')).toMatchObject({ id: 'pagi' });
    expect(checklistShiftAt(at('2026-11-27T15:00', 7), gap, 'Asia/Jakarta')).toBeNull();
    expect(checklistShiftAt(at('2026-11-28T06:45', 7), gap, 'Asia/Jakarta')).toMatchObject({ id: 'pagi', date: '2026-11-28' });
  });

  it.each(ZONES)('schedules the next check at the next opening in %s', (zone, _name, offset) => {
    expect(nextChecklistChange(at('2026-11-27T10:00', offset), settings, zone)).toEqual(at('2026-11-27T14:45', offset));
    expect(nextChecklistChange(at('2026-11-27T14:45', offset), settings, zone)).toEqual(at('2026-11-27T15:00', offset));
    expect(nextChecklistChange(at('2026-11-27T23:30', offset), settings, zone)).toEqual(at('2026-11-28T06:45', offset));
  });

  it('never lets the checklist shift change between now and the next check (property)', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: start + 400 * 24 * HOUR }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(...ZONES.map(([zone]) => zone)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, opens, zone, fraction) => {
          const config = { ...settings, opensMinutesBefore: opens };
          const change = nextChecklistChange(t, config, zone).getTime();
          expect(change).toBeGreaterThan(t);
          const between = Math.min(change - 1, t + Math.floor((change - t) * fraction));
          expect(checklistShiftAt(between, config, zone)).toEqual(checklistShiftAt(t, config, zone));
        },
      ),
      { numRuns: 300 },
    );
  });
});
