import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ShiftDefinition, ShiftSettings, ShiftSlot } from '../schema';

const MINUTE = 60_000;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The instant as a local date-time in the zone given, or the browser's when none is. */
const local = (instant: number, timeZone?: string): Date => (timeZone ? new TZDate(instant, timeZone) : new Date(instant));

/** A wall-clock time on a local calendar day (day may overflow: 0 = the last of the month before). */
function wallClock(year: number, month: number, day: number, time: string, timeZone?: string): Date {
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  return timeZone ? new TZDate(year, month, day, hours, minutes, timeZone) : new Date(year, month, day, hours, minutes);
}

/** The local calendar date of an instant, yyyy-MM-dd. */
export function localDate(instant: Date | number, timeZone?: string): string {
  return format(local(+instant, timeZone), 'yyyy-MM-dd');
}

/**
 * The occurrence of a shift that starts on a local day. A shift whose end is not after its start
 * runs past midnight and ends the next day (equal times: a 24-hour shift). The end is a wall-clock
 * time of its own day, not start + duration, so a zone with daylight saving keeps "07:00" 07:00.
 */
function occurrence(definition: ShiftDefinition, year: number, month: number, day: number, timeZone?: string): ShiftSlot & { from: number; to: number } {
  const overnight = minutesOf(definition.end) <= minutesOf(definition.start);
  const start = wallClock(year, month, day, definition.start, timeZone);
  const end = wallClock(year, month, day + (overnight ? 1 : 0), definition.end, timeZone);
  return {
    id: definition.id,
    name: definition.name,
    date: localDate(start, timeZone),
    // TZDate's own toISOString carries the zone's offset; instants are stored as UTC ("...Z").
    startsAt: new Date(start.getTime()).toISOString(),
    endsAt: new Date(end.getTime()).toISOString(),
    from: start.getTime(),
    to: end.getTime(),
  };
}

/** Every occurrence starting on the local days around an instant (a shift lasts at most a day). */
function occurrencesAround(instant: number, definitions: readonly ShiftDefinition[], days: readonly number[], timeZone?: string) {
  const today = local(instant, timeZone);
  return days.flatMap((offset) => definitions.map((definition) => occurrence(definition, today.getFullYear(), today.getMonth(), today.getDate() + offset, timeZone)));
}

const plain = ({ from: _from, to: _to, ...slot }: ShiftSlot & { from: number; to: number }): ShiftSlot => slot;

/**
 * The shift running at an instant, or null in a gap between shifts. A night shift belongs to the
 * date it started: 00:30 on the 27th is the Malam shift of the 26th. Start inclusive, end exclusive.
 */
export function shiftAt(instant: Date | number, definitions: readonly ShiftDefinition[], timeZone?: string): ShiftSlot | null {
  const t = +instant;
  const found = occurrencesAround(t, definitions, [0, -1], timeZone).find((slot) => slot.from <= t && t < slot.to);
  return found ? plain(found) : null;
}

/** The first shift that starts after an instant (for "next shift: Pagi 07:00" in a gap). */
export function nextShiftAfter(instant: Date | number, definitions: readonly ShiftDefinition[], timeZone?: string): ShiftSlot {
  const t = +instant;
  const upcoming = occurrencesAround(t, definitions, [0, 1, 2], timeZone)
    .filter((slot) => slot.from > t)
    .sort((a, b) => a.from - b.from);
  return plain(upcoming[0]!);
}

/**
 * The shift whose checklist the agent works on now: the next shift once its checklist has opened
 * (`opensMinutesBefore` its start), else the shift running now, else none.
 */
export function checklistShiftAt(instant: Date | number, settings: ShiftSettings, timeZone?: string): ShiftSlot | null {
  const t = +instant;
  return shiftAt(t + settings.opensMinutesBefore * MINUTE, settings.definitions, timeZone) ?? shiftAt(t, settings.definitions, timeZone);
}

/**
 * The next instant after which `checklistShiftAt` may answer differently: a shift's start or end,
 * or either moved earlier by the opening window. The toolbar badge is re-checked then.
 */
export function nextChecklistChange(instant: Date | number, settings: ShiftSettings, timeZone?: string): Date {
  const t = +instant;
  const early = settings.opensMinutesBefore * MINUTE;
  const moments = occurrencesAround(t, settings.definitions, [-1, 0, 1, 2], timeZone)
    .flatMap((slot) => [slot.from - early, slot.from, slot.to - early, slot.to])
    .filter((moment) => moment > t);
  return new Date(Math.min(...moments));
}
