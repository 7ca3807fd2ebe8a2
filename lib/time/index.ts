export { browserTimeZone, offsetMinutes, zoneName } from './zones';
export { formatLocal, formatPattern, toLocalInput, fromLocalInput } from './format';
export { localClock, type LocalClock } from './local-clock';
export {
  ENTRY_PATTERNS,
  checkEntry,
  daysInMonth,
  deleteInEntry,
  entrySegments,
  formatEntry,
  maskEntry,
  nextSegment,
  normalizeEntry,
  segmentAt,
  segmentCount,
  segmentRange,
  stepEntry,
  typeInSegment,
  type EntryCheck,
  type EntryEdit,
  type EntryKind,
  type EntryProblem,
  type WallTime,
} from './entry';
export {
  clockFromEntry,
  dayFromEntry,
  entryFromDay,
  entryFromInstant,
  entryFromLocalInput,
  hoursFromNow,
  instantFromEntry,
  instantOfWallTime,
  readEntryInstant,
  tomorrowAt,
  wallTimeAt,
  type EntryInstant,
} from './entry-zone';
export { describeWallTime, weekday, type CalendarNames } from './words';
