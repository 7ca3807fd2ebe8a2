import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  deleteInEntry,
  entrySegments,
  formatEntry,
  maskEntry,
  nextSegment,
  normalizeEntry,
  segmentAt,
  segmentRange,
  stepEntry,
  typeInSegment,
  type EntryKind,
  type WallTime,
} from '@/lib/time';

/** Typing at the end of the field, one key at a time, as the browser inserts and the entry masks. */
const typeAtEnd = (keys: string, kind: EntryKind = 'datetime', start = '') => [...keys].reduce((text, key) => maskEntry(text + key, kind).text, start);

const BASE: WallTime = { year: 2026, month: 12, day: 6, hour: 20, minute: 52 };

const wallTime = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map((t) => ({ ...t, day: Math.min(t.day, new Date(Date.UTC(t.year, t.month, 0)).getUTCDate()) }));
const kinds = fc.constantFrom<EntryKind>('datetime', 'date', 'time');

describe('typing a date and time: digits never run into the year', () => {
  it.each([
    ['07122026 1630', '07-12-2026 16:30'],
    ['071220261630', '07-12-2026 16:30'],
    ['7-12-2026 16.30', '7-12-2026 16:30'],
    ['7122026 1630', '7-12-2026 16:30'],
    ['07/12/2026, 16:30', '07-12-2026 16:30'],
    ['7.12.2026 9.05', '7-12-2026 9:05'],
    ['07-12-202610', '07-12-2026 10'],
    ['31122026 2359', '31-12-2026 23:59'],
    ['4', '4'],
    ['45', '4-5'],
    ['07', '07'],
    ['07-', '07-'],
    ['0712', '07-12'],
    ['07-12-2026 16:30 99', '07-12-2026 16:30'],
    ['abc07x12', '07-12'],
    ['  07', '07'],
    ['', ''],
  ])('typed key by key, %j shows %j', (keys, shown) => {
    expect(typeAtEnd(keys)).toBe(shown);
    expect(maskEntry(keys, 'datetime').text).toBe(shown);
  });

  it('reads what was typed as the date and time meant', () => {
    for (const keys of ['07122026 1630', '7-12-2026 16.30', '7122026 1630', '07/12/2026, 16:30']) {
      expect(checkEntry(typeAtEnd(keys), 'datetime'), keys).toEqual({ ok: true, time: { year: 2026, month: 12, day: 7, hour: 16, minute: 30 } });
      expect(normalizeEntry(typeAtEnd(keys), 'datetime')).toBe('07-12-2026 16:30');
    }
  });

  it('takes a day or a month that cannot grow as done (4 is a day, 13 is not a month)', () => {
    expect(maskEntry('4122026', 'datetime').text).toBe('4-12-2026');
    expect(maskEntry('3', 'datetime').text).toBe('3');
    expect(maskEntry('32', 'datetime').text).toBe('32');
    expect(checkEntry('32-12-2026 10:00', 'datetime')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(maskEntry('0713', 'datetime').text).toBe('07-13');
    expect(checkEntry('07-13-2026 10:00', 'datetime')).toEqual({ ok: false, problem: 'no-such-date' });
    expect(maskEntry('07-12-2026 7', 'datetime').text).toBe('07-12-2026 7');
    expect(maskEntry('07-12-2026 71', 'datetime').text).toBe('07-12-2026 7:1');
  });

  it('masks day-only and time-only entries the same way', () => {
    expect(typeAtEnd('07122026', 'date')).toBe('07-12-2026');
    expect(typeAtEnd('07122026 1630', 'date')).toBe('07-12-2026');
    expect(typeAtEnd('1630', 'time')).toBe('16:30');
    expect(typeAtEnd('9.30', 'time')).toBe('9:30');
    expect(typeAtEnd('93', 'time')).toBe('9:3');
  });

  it('Backspace at the end takes one character, and a separator the entry put back goes with the digit before it', () => {
    let text = typeAtEnd('07122026 1630');
    const shown: string[] = [];
    while (text) {
      text = maskEntry(text.slice(0, -1), 'datetime').text;
      shown.push(text);
    }
    expect(shown).toEqual([
      '07-12-2026 16:3',
      '07-12-2026 16:',
      '07-12-2026 16',
      '07-12-2026 1',
      '07-12-2026 ',
      '07-12-2026',
      '07-12-202',
      '07-12-20',
      '07-12-2',
      '07-12-',
      '07-12',
      '07-1',
      '07-',
      '07',
      '0',
      '',
    ]);
  });

  it('keeps the caret after what was just typed, even when the entry adds a separator', () => {
    expect(maskEntry('0712', 'datetime', 4)).toEqual({ text: '07-12', caret: 5 });
    expect(maskEntry('07-12-2026 1630', 'datetime', 15)).toEqual({ text: '07-12-2026 16:30', caret: 16 });
    // Pasted in the middle: the caret follows the digits it was behind.
    expect(maskEntry('0712-2026', 'datetime', 4)).toEqual({ text: '07-12-2026', caret: 5 });
    expect(maskEntry('07-', 'datetime', 3)).toEqual({ text: '07-', caret: 3 });
  });

  it('is stable: what it shows, it shows again (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), kinds, (raw, kind) => {
        const once = maskEntry(raw, kind).text;
        expect(maskEntry(once, kind).text).toBe(once);
        expect(once).toMatch(/^[0-9 :-]*$/);
      }),
    );
  });

  it('puts the caret inside the text, wherever it was', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(40), kinds, (raw, at, kind) => {
        const { text, caret } = maskEntry(raw, kind, Math.min(at, raw.length));
        expect(caret).toBeGreaterThanOrEqual(0);
        expect(caret).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('any date and time, typed as its digits alone or with any separators, reads back as itself', () => {
    const separators = fc.constantFrom('-', '/', '.', ' ', ':', ', ');
    fc.assert(
      fc.property(wallTime, kinds, separators, separators, (time, kind, sep1, sep2) => {
        const canonical = formatEntry(time, kind);
        expect(checkEntry(canonical, kind)).toEqual({ ok: true, time: pick(time, kind) });
        expect(typeAtEnd(canonical.replace(/\D/g, ''), kind)).toBe(canonical);
        const loose = canonical.replace(/[- :]/g, (separator) => (separator === '-' ? sep1 : sep2));
        expect(normalizeEntry(typeAtEnd(loose, kind), kind)).toBe(canonical);
      }),
    );
  });
});

/** The parts of a wall time a kind reads (the others are 0). */
function pick(time: WallTime, kind: EntryKind): WallTime {
  if (kind === 'date') return { ...time, hour: 0, minute: 0 };
  if (kind === 'time') return { year: 0, month: 0, day: 0, hour: time.hour, minute: time.minute };
  return time;
}

describe('what an entry means', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['07-12-202', 'incomplete'],
    ['07-12-2026', 'incomplete'],
    ['07-12-2026 16', 'incomplete'],
    ['07-12-2026 16:3', 'incomplete'],
    ['07--2026 16:30', 'incomplete'],
    ['07-12-26 16:30', 'incomplete'],
    ['2026-12-07T16:30', 'incomplete'],
    ['07-12-2026 16:30x', 'incomplete'],
    ['31-02-2026 10:00', 'no-such-date'],
    ['29-02-2026 10:00', 'no-such-date'],
    ['00-12-2026 10:00', 'no-such-date'],
    ['07-00-2026 10:00', 'no-such-date'],
    ['07-12-2026 24:00', 'no-such-time'],
    ['07-12-2026 23:60', 'incomplete'], // "6" is done as minutes (60 is none): the 0 has nowhere to go
  ])('%j is %s', (text, problem) => {
    expect(checkEntry(text, 'datetime')).toEqual({ ok: false, problem });
  });

  it('reads a leap day, unpadded parts and surrounding spaces', () => {
    expect(checkEntry('29-02-2028 00:00', 'datetime')).toMatchObject({ ok: true, time: { day: 29, month: 2, year: 2028 } });
    expect(checkEntry(' 7-1-2027 9:05 ', 'datetime')).toMatchObject({ ok: true, time: { day: 7, month: 1, year: 2027, hour: 9, minute: 5 } });
    expect(normalizeEntry('7-1-2027 9:05', 'datetime')).toBe('07-01-2027 09:05');
    expect(normalizeEntry('7-1-20', 'datetime')).toBe('7-1-20');
    expect(checkEntry('07-12-2026', 'date')).toMatchObject({ ok: true });
    expect(checkEntry('7:30', 'time')).toMatchObject({ ok: true, time: { hour: 7, minute: 30 } });
    expect(checkEntry('24:00', 'time')).toEqual({ ok: false, problem: 'no-such-time' });
  });
});

describe('editing inside the text, segment by segment', () => {
  const full = '07-12-2026 16:30';

  it('knows which segment the caret is in (the one it ends included)', () => {
    expect([0, 1, 2, 3, 5, 6, 10, 11, 13, 14, 16].map((p) => segmentAt(full, 'datetime', p))).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(segmentRange(full, 'datetime', 2)).toEqual({ start: 6, end: 10 });
    expect(segmentAt('', 'datetime', 0)).toBe(0);
    expect(entrySegments(full, 'datetime')).toEqual(['07', '12', '2026', '16', '30']);
  });

  it('a digit replaces the segment under the caret; a second one completes it and the next segment is selected', () => {
    const first = typeInSegment(full, 'datetime', 1, '1', '');
    expect(first).toEqual({ text: '1-12-2026 16:30', start: 1, end: 1, typed: '1' });
    const second = typeInSegment(first.text, 'datetime', first.start, '5', first.typed);
    expect(second).toEqual({ text: '15-12-2026 16:30', start: 3, end: 5, typed: '' });
  });

  it('a year typed over the year stays in the year, whatever follows', () => {
    let edit = { text: full, start: 7, end: 7, typed: '' };
    for (const digit of '2027') edit = typeInSegment(edit.text, 'datetime', edit.start, digit, edit.typed);
    expect(edit).toEqual({ text: '07-12-2027 16:30', start: 11, end: 13, typed: '' });
    edit = typeInSegment(edit.text, 'datetime', edit.start, '9', edit.typed);
    expect(edit).toEqual({ text: '07-12-2027 9:30', start: 13, end: 15, typed: '' });
  });

  it('a day that cannot take a second digit moves on at once; the last segment keeps the caret', () => {
    expect(typeInSegment(full, 'datetime', 0, '4', '')).toEqual({ text: '4-12-2026 16:30', start: 2, end: 4, typed: '' });
    expect(typeInSegment(full, 'datetime', 14, '4', '')).toEqual({ text: '07-12-2026 16:4', start: 15, end: 15, typed: '4' });
    expect(typeInSegment('07-12-2026 16:4', 'datetime', 15, '5', '4')).toEqual({ text: '07-12-2026 16:45', start: 16, end: 16, typed: '' });
  });

  it('Backspace in the middle takes digits and leaves the separators, so nothing slides', () => {
    const once = deleteInEntry(full, 'datetime', 5, 5, 'back');
    expect(once).toEqual({ text: '07-1-2026 16:30', start: 4, end: 4, typed: '' });
    const twice = deleteInEntry(once.text, 'datetime', 4, 4, 'back');
    expect(twice).toEqual({ text: '07--2026 16:30', start: 3, end: 3, typed: '' });
    expect(maskEntry(twice.text, 'datetime').text).toBe(twice.text);
    expect(checkEntry(twice.text, 'datetime')).toEqual({ ok: false, problem: 'incomplete' });
    // Then typed again: back to a whole date.
    let edit = typeInSegment(twice.text, 'datetime', 3, '1', '');
    edit = typeInSegment(edit.text, 'datetime', edit.start, '2', edit.typed);
    expect(edit.text).toBe(full);
  });

  it('Backspace right after a separator takes the digit before it; at the start it does nothing', () => {
    expect(deleteInEntry(full, 'datetime', 3, 3, 'back')).toEqual({ text: '0-12-2026 16:30', start: 1, end: 1, typed: '' });
    expect(deleteInEntry(full, 'datetime', 0, 0, 'back')).toEqual({ text: full, start: 0, end: 0, typed: '' });
  });

  it('Delete takes the digit after the caret, across a separator too', () => {
    expect(deleteInEntry(full, 'datetime', 0, 0, 'forward')).toEqual({ text: '7-12-2026 16:30', start: 0, end: 0, typed: '' });
    expect(deleteInEntry(full, 'datetime', 2, 2, 'forward')).toEqual({ text: '07-2-2026 16:30', start: 3, end: 3, typed: '' });
    expect(deleteInEntry(full, 'datetime', 16, 16, 'forward')).toEqual({ text: full, start: 16, end: 16, typed: '' });
  });

  it('a selection loses its digits; segments after it keep their place', () => {
    expect(deleteInEntry(full, 'datetime', 6, 10, 'back')).toEqual({ text: '07-12- 16:30', start: 6, end: 6, typed: '' });
    expect(maskEntry('07-12- 16:30', 'datetime').text).toBe('07-12- 16:30');
    expect(deleteInEntry(full, 'datetime', 1, 4, 'forward')).toEqual({ text: '0-2-2026 16:30', start: 1, end: 1, typed: '' });
    expect(deleteInEntry(full, 'datetime', 11, 16, 'back')).toEqual({ text: '07-12-2026', start: 10, end: 10, typed: '' });
    expect(deleteInEntry(full, 'datetime', 0, 16, 'back')).toEqual({ text: '', start: 0, end: 0, typed: '' });
  });

  it('a separator typed inside moves to the next segment and selects it', () => {
    expect(nextSegment(full, 'datetime', 1)).toEqual({ text: full, start: 3, end: 5, typed: '' });
    expect(nextSegment('07', 'datetime', 1)).toEqual({ text: '07-', start: 3, end: 3, typed: '' });
    expect(nextSegment(full, 'datetime', 15)).toEqual({ text: full, start: 14, end: 16, typed: '' });
    expect(nextSegment('07-', 'datetime', 3)).toEqual({ text: '07-', start: 3, end: 3, typed: '' });
  });

  it('keeps the text one the entry would show, whatever is typed or deleted where (any sequence)', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('type' as const), digit: fc.integer({ min: 0, max: 9 }).map(String), at: fc.nat(20) }),
      fc.record({ type: fc.constant('delete' as const), at: fc.nat(20), to: fc.nat(20), back: fc.boolean() }),
      fc.record({ type: fc.constant('next' as const), at: fc.nat(20) }),
    );
    fc.assert(
      fc.property(wallTime, fc.array(action, { maxLength: 12 }), (time, actions) => {
        let text = formatEntry(time, 'datetime');
        let typed = '';
        for (const a of actions) {
          const at = Math.min(a.at, text.length);
          const edit =
            a.type === 'type'
              ? typeInSegment(text, 'datetime', at, a.digit, typed)
              : a.type === 'next'
                ? nextSegment(text, 'datetime', at)
                : deleteInEntry(text, 'datetime', at, Math.min(a.to, text.length), a.back ? 'back' : 'forward');
          expect(maskEntry(edit.text, 'datetime').text).toBe(edit.text);
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          expect(edit.end).toBeLessThanOrEqual(edit.text.length);
          ({ text, typed } = edit);
        }
      }),
    );
  });
});

describe('arrow up and down', () => {
  const full = '07-12-2026 16:30';

  it('changes the segment under the caret, as a clock wraps, and nothing else', () => {
    expect(stepEntry(full, 'datetime', 0, 1, BASE)).toBe('08-12-2026 16:30');
    expect(stepEntry(full, 'datetime', 1, 1, BASE)).toBe('07-01-2026 16:30');
    expect(stepEntry(full, 'datetime', 2, -1, BASE)).toBe('07-12-2025 16:30');
    expect(stepEntry(full, 'datetime', 3, 8, BASE)).toBe('07-12-2026 00:30');
    expect(stepEntry('07-12-2026 16:59', 'datetime', 4, 1, BASE)).toBe('07-12-2026 16:00');
    expect(stepEntry('07-12-2026 00:00', 'datetime', 4, -1, BASE)).toBe('07-12-2026 00:59');
    expect(stepEntry('31-12-2026 10:00', 'datetime', 0, 1, BASE)).toBe('01-12-2026 10:00');
    expect(stepEntry('01-12-2026 10:00', 'datetime', 0, -1, BASE)).toBe('31-12-2026 10:00');
  });

  it('keeps the day inside its month', () => {
    expect(stepEntry('28-02-2026 10:00', 'datetime', 0, 1, BASE)).toBe('01-02-2026 10:00');
    expect(stepEntry('31-01-2026 10:00', 'datetime', 1, 1, BASE)).toBe('28-02-2026 10:00');
    expect(stepEntry('29-02-2028 10:00', 'datetime', 2, 1, BASE)).toBe('28-02-2029 10:00');
  });

  it('fills what is not typed yet from the base (an empty field starts from now)', () => {
    expect(stepEntry('', 'datetime', 0, 1, BASE)).toBe('07-12-2026 20:52');
    expect(stepEntry('07-12', 'datetime', 3, 1, BASE)).toBe('07-12-2026 21:52');
    expect(stepEntry('', 'time', 0, -1, BASE)).toBe('19:52');
    expect(stepEntry('', 'date', 2, 1, BASE)).toBe('06-12-2027');
  });

  it('always gives a whole, real date and time (any text, any segment, any step)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), kinds, fc.nat(4), fc.integer({ min: -100, max: 100 }), (raw, kind, segment, delta) => {
        const text = maskEntry(raw, kind).text;
        expect(checkEntry(stepEntry(text, kind, segment, delta, BASE), kind).ok).toBe(true);
      }),
    );
  });
});
