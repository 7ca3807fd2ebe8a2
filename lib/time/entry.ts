/**
 * Pandu's own date and time entry: "dd-mm-yyyy HH:mm", 24-hour, the way agents write dates,
 * instead of the browser's date-time input (which follows the browser's locale, "12/07/2026,
 * 04:30 PM", and lets typed digits run into the year). Pure text logic: what a keystroke, a
 * paste or an arrow key makes of the text; the component (components/time-entry) only wires it.
 *
 * The text is a row of segments (day, month, year, hour, minute) joined by fixed separators.
 * A segment takes digits until it is full (or until no further digit could keep it valid: a
 * day that starts with 4 is done), then the next digit goes to the next segment, so "07122026
 * 1630" and "7-12-2026 16.30" both land as day 7, month 12, year 2026, 16:30.
 */

export type EntryKind = 'datetime' | 'date' | 'time';
export type SegmentKey = 'day' | 'month' | 'year' | 'hour' | 'minute';

/** A wall-clock date and time, as written (month 1-12); the parts a kind does not show are ignored. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

interface SegmentSpec {
  /** Digits it holds at most. */
  width: number;
  /** Digits it needs at least: a year is four digits, minutes two ("16:3" could be 16:30 or 16:03). */
  needs: number;
  min: number;
  max: number;
}

const SEGMENTS: Record<SegmentKey, SegmentSpec> = {
  day: { width: 2, needs: 1, min: 1, max: 31 },
  month: { width: 2, needs: 1, min: 1, max: 12 },
  year: { width: 4, needs: 4, min: 1000, max: 9999 },
  hour: { width: 2, needs: 1, min: 0, max: 23 },
  minute: { width: 2, needs: 2, min: 0, max: 59 },
};

interface Layout {
  keys: readonly SegmentKey[];
  /** separators[i] stands between keys[i] and keys[i + 1]. */
  separators: readonly string[];
}

const LAYOUTS: Record<EntryKind, Layout> = {
  datetime: { keys: ['day', 'month', 'year', 'hour', 'minute'], separators: ['-', '-', ' ', ':'] },
  date: { keys: ['day', 'month', 'year'], separators: ['-', '-'] },
  time: { keys: ['hour', 'minute'], separators: [':'] },
};

/** How each kind is written, for placeholders and messages. */
export const ENTRY_PATTERNS: Record<EntryKind, string> = { datetime: 'dd-mm-yyyy HH:mm', date: 'dd-mm-yyyy', time: 'HH:mm' };

const isDigit = (ch: string) => ch >= '0' && ch <= '9';
/** What a person types between parts of a date: "-", "/", ".", ":", ",", a space. Letters are dropped. */
const isSeparator = (ch: string) => /[\s\-/.:,]/.test(ch);
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Whether a segment can take no further digit: full, or a further digit could only make it too big. */
function isDone(digits: string, key: SegmentKey): boolean {
  const spec = SEGMENTS[key];
  return digits.length >= spec.width || (digits.length === 1 && Number(digits) * 10 > spec.max);
}

/** The segments of a text, how many are shown, and where a caret in the text falls (segment, offset). */
interface Scan {
  segments: string[];
  /** Segments shown: the filled ones and one opened by a typed separator ("07-"). */
  open: number;
  caret: { segment: number; offset: number };
}

function scan(raw: string, kind: EntryKind, caret: number): Scan {
  const { keys, separators } = LAYOUTS[kind];
  const segments = keys.map(() => '');
  let index = 0;
  let open = 0;
  let lastSeparator = '';
  let started = false;
  // A segment left empty between separators counts only with digits after it: "01-01- " typed
  // at the end is the year still to come, not an empty year.
  const lastDigit = raw.search(/\d\D*$/);
  let at = { segment: 0, offset: 0 };
  const advance = () => {
    index += 1;
    open = Math.max(open, index + 1);
  };
  for (let k = 0; k <= raw.length; k += 1) {
    if (k === caret) at = { segment: index, offset: segments[index]!.length };
    if (k === raw.length) break;
    const ch = raw[k]!;
    if (isDigit(ch)) {
      if (isDone(segments[index]!, keys[index]!)) {
        if (index + 1 >= keys.length) continue; // past the last segment: dropped
        advance();
      }
      segments[index] += ch;
      open = Math.max(open, index + 1);
      lastSeparator = '';
      started = true;
    } else if (isSeparator(ch)) {
      if (index + 1 >= keys.length) continue;
      const emptied = segments[index] === '' && ch === separators[index] && k < lastDigit && (index === 0 ? !started : lastSeparator === separators[index - 1]);
      // "07--2026", "-12-2026": a segment emptied in the middle (or at the start) keeps its place.
      if (segments[index] !== '' || emptied) {
        advance();
        lastSeparator = ch;
        started = true;
      }
    }
  }
  return { segments, open, caret: at };
}

function render(segments: readonly string[], open: number, kind: EntryKind): string {
  const { separators } = LAYOUTS[kind];
  let text = '';
  for (let i = 0; i < open; i += 1) text += (i > 0 ? (separators[i - 1] ?? '') : '') + (segments[i] ?? '');
  return text;
}

/** Where segment i starts in the rendered text. */
function startOf(segments: readonly string[], segment: number, kind: EntryKind): number {
  const { separators } = LAYOUTS[kind];
  let position = 0;
  for (let i = 0; i < segment; i += 1) position += (segments[i]?.length ?? 0) + (separators[i]?.length ?? 0);
  return position;
}

/** The segments a text holds (as the entry shows it: "7-12-2026 16:30" -> ["7", "12", "2026", "16", "30"]). */
export function entrySegments(text: string, kind: EntryKind): string[] {
  const { segments, open } = scan(text, kind, 0);
  return segments.slice(0, Math.max(open, 1));
}

/**
 * What the entry shows for whatever was typed, pasted or filled: digits into their segments,
 * the separators in between, anything else dropped; and where the caret goes.
 */
export function maskEntry(raw: string, kind: EntryKind, caret = raw.length): { text: string; caret: number } {
  const { segments, open, caret: at } = scan(raw, kind, caret);
  const text = render(segments, open, kind);
  return { text, caret: Math.min(startOf(segments, at.segment, kind) + at.offset, text.length) };
}

/** The segment a caret position is in (the one it ends, when it sits right after a segment's digits). */
export function segmentAt(text: string, kind: EntryKind, position: number): number {
  const { segments, open } = scan(text, kind, 0);
  const shown = Math.max(open, 1);
  for (let i = 0; i < shown; i += 1) {
    const start = startOf(segments, i, kind);
    if (position >= start && position <= start + segments[i]!.length) return i;
  }
  return shown - 1;
}

/** The range [start, end) of segment i in the text. */
export function segmentRange(text: string, kind: EntryKind, segment: number): { start: number; end: number } {
  const { segments } = scan(text, kind, 0);
  const start = startOf(segments, segment, kind);
  return { start, end: start + (segments[segment]?.length ?? 0) };
}

/** The text a kind shows for a wall-clock time: "07-12-2026 16:30", "07-12-2026", "16:30". */
export function formatEntry(time: WallTime, kind: EntryKind): string {
  const { keys } = LAYOUTS[kind];
  const segments = keys.map((key) => pad(time[key], SEGMENTS[key].width));
  return render(segments, segments.length, kind);
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export type EntryProblem = 'empty' | 'incomplete' | 'no-such-date' | 'no-such-time';
export type EntryCheck = { ok: true; time: WallTime } | { ok: false; problem: EntryProblem };

/**
 * What a text means: a wall-clock time, or why not. Lenient where nothing is ambiguous ("7-12-2026
 * 9:30"), strict where it is (a year needs four digits, minutes two). A text the entry would show
 * differently (stray characters, digits past the end) is incomplete, not silently read.
 */
export function checkEntry(text: string, kind: EntryKind): EntryCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const { keys } = LAYOUTS[kind];
  const { segments, open } = scan(trimmed, kind, 0);
  const complete = open === keys.length && keys.every((key, i) => segments[i]!.length >= SEGMENTS[key].needs);
  if (!complete || render(segments, open, kind) !== trimmed) return { ok: false, problem: 'incomplete' };
  const value = (key: SegmentKey) => {
    const i = keys.indexOf(key);
    return i < 0 ? 0 : Number(segments[i]);
  };
  const time: WallTime = { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute') };
  if (keys.includes('day') && (time.month < 1 || time.month > 12 || time.day < 1 || time.day > daysInMonth(time.year, time.month))) return { ok: false, problem: 'no-such-date' };
  if (time.hour > 23 || time.minute > 59) return { ok: false, problem: 'no-such-time' };
  return { ok: true, time };
}

/** The entry's text in its canonical form ("7-12-2026 9:30" -> "07-12-2026 09:30") when it means a time; else unchanged. */
export function normalizeEntry(text: string, kind: EntryKind): string {
  const checked = checkEntry(text, kind);
  return checked.ok ? formatEntry(checked.time, kind) : text;
}

/** The segments read as numbers where they can be, the rest from `base`. */
function readLoosely(text: string, kind: EntryKind, base: WallTime): WallTime {
  const { keys } = LAYOUTS[kind];
  const { segments } = scan(text, kind, 0);
  const time = { ...base };
  keys.forEach((key, i) => {
    const digits = segments[i]!;
    if (digits.length >= SEGMENTS[key].needs) time[key] = Number(digits);
  });
  return time;
}

const wrap = (value: number, min: number, max: number) => ((((value - min) % (max - min + 1)) + (max - min + 1)) % (max - min + 1)) + min;

/**
 * Arrow up / down on a segment: that part changes by `delta`, wrapping inside its range as a
 * clock does (59 -> 00 minutes, 31 -> 01 days) without touching the others; the day is kept
 * inside its month. Parts not typed yet are taken from `base` (now, or the proposed time).
 */
export function stepEntry(text: string, kind: EntryKind, segment: number, delta: number, base: WallTime): string {
  const key = LAYOUTS[kind].keys[segment];
  const time = readLoosely(text, kind, base);
  if (key) {
    const spec = SEGMENTS[key];
    const max = key === 'day' ? daysInMonth(time.year, Math.min(Math.max(time.month, 1), 12)) : spec.max;
    time[key] = key === 'year' ? Math.min(Math.max(time.year + delta, spec.min), spec.max) : wrap(Math.min(Math.max(time[key], spec.min), max) + delta, spec.min, max);
  }
  time.month = Math.min(Math.max(time.month, 1), 12);
  time.day = Math.min(Math.max(time.day, 1), daysInMonth(time.year, time.month));
  time.hour = Math.min(Math.max(time.hour, 0), 23);
  time.minute = Math.min(Math.max(time.minute, 0), 59);
  return formatEntry(time, kind);
}

/** An edit's result: the new text and the selection to show (a caret when start === end). */
export interface EntryEdit {
  text: string;
  start: number;
  end: number;
  /** Digits typed into the segment so far (the next digit goes on from them); '' once it moved on. */
  typed: string;
}

/**
 * A digit typed inside the text (not at its end): it goes into the segment under the caret, as
 * a native date field does. The first digit replaces the segment, the next ones follow it
 * (`typed`); once the segment is done, the next segment is selected, so "1", "5" over "07"
 * makes "15" and moves on, and nothing runs into the year.
 */
export function typeInSegment(text: string, kind: EntryKind, position: number, digit: string, typed: string): EntryEdit {
  const { keys } = LAYOUTS[kind];
  const { segments, open } = scan(text, kind, 0);
  const segment = segmentAt(text, kind, position);
  const key = keys[segment]!;
  // Digits typed before go on only while they can (a stale "2" from another segment cannot).
  const digits = typed && !isDone(typed, key) ? typed + digit : digit;
  segments[segment] = digits;
  let shown = Math.max(open, segment + 1);
  if (!isDone(digits, key)) {
    const next = render(segments, shown, kind);
    const caret = startOf(segments, segment, kind) + digits.length;
    return { text: next, start: caret, end: caret, typed: digits };
  }
  if (segment + 1 >= keys.length) {
    const next = render(segments, shown, kind);
    const caret = startOf(segments, segment, kind) + digits.length;
    return { text: next, start: caret, end: caret, typed: '' };
  }
  shown = Math.max(shown, segment + 2);
  const next = render(segments, shown, kind);
  const start = startOf(segments, segment + 1, kind);
  return { text: next, start, end: start + segments[segment + 1]!.length, typed: '' };
}

/**
 * Backspace (`back`) or Delete inside the text, or over a selection: digits go, separators stay,
 * so the segments after it keep their place ("07-12-2026" less the month is "07--2026", not a
 * year that slid into the month).
 */
export function deleteInEntry(text: string, kind: EntryKind, start: number, end: number, direction: 'back' | 'forward'): EntryEdit {
  const { segments, open } = scan(text, kind, 0);
  const shown = Math.max(open, 1);
  let caret: { segment: number; offset: number };
  if (start !== end) {
    const from = Math.min(start, end);
    const to = Math.max(start, end);
    caret = { segment: segmentAt(text, kind, from), offset: 0 };
    const starts = segments.map((_, i) => startOf(segments, i, kind));
    for (let i = 0; i < shown; i += 1) {
      const segmentStart = starts[i]!;
      const cutFrom = Math.max(from - segmentStart, 0);
      const cutTo = Math.min(to - segmentStart, segments[i]!.length);
      if (i === caret.segment) caret.offset = Math.min(Math.max(from - segmentStart, 0), segments[i]!.length);
      if (cutTo > cutFrom) segments[i] = segments[i]!.slice(0, cutFrom) + segments[i]!.slice(cutTo);
    }
  } else {
    const segment = segmentAt(text, kind, start);
    const offset = start - startOf(segments, segment, kind);
    if (direction === 'back') {
      const target = offset === 0 ? segment - 1 : segment;
      if (target < 0) return { text, start, end, typed: '' };
      const at = offset === 0 ? segments[target]!.length : offset;
      if (at === 0) {
        caret = { segment: target, offset: 0 };
      } else {
        segments[target] = segments[target]!.slice(0, at - 1) + segments[target]!.slice(at);
        caret = { segment: target, offset: at - 1 };
      }
    } else {
      const atEnd = offset >= segments[segment]!.length;
      const target = atEnd ? segment + 1 : segment;
      if (target >= shown) return { text, start, end, typed: '' };
      const at = atEnd ? 0 : offset;
      segments[target] = segments[target]!.slice(0, at) + segments[target]!.slice(at + 1);
      caret = { segment: atEnd ? target : segment, offset: at };
    }
  }
  // Empty segments at the end are not shown (an empty one counts only with digits after it).
  let visible = shown;
  while (visible > 0 && segments[visible - 1] === '') visible -= 1;
  const next = render(segments, visible, kind);
  const position = Math.min(startOf(segments, caret.segment, kind) + caret.offset, next.length);
  return { text: next, start: position, end: position, typed: '' };
}

/** A separator typed inside the text: on to the next segment, selected (as Tab would in a native date field). */
export function nextSegment(text: string, kind: EntryKind, position: number): EntryEdit {
  const { segments, open } = scan(text, kind, 0);
  const segment = segmentAt(text, kind, position);
  // From an empty segment there is nowhere to go: it would be an empty segment with nothing after it.
  const next = segments[segment] === '' ? segment : Math.min(segment + 1, LAYOUTS[kind].keys.length - 1);
  const shown = Math.max(open, next + 1);
  const start = startOf(segments, next, kind);
  return { text: render(segments, shown, kind), start, end: start + segments[next]!.length, typed: '' };
}

/** How many segments a kind has. */
export const segmentCount = (kind: EntryKind): number => LAYOUTS[kind].keys.length;
