import type { Shift } from '../schema';

export type PunctualityState =
  /** Completed within the grace period after the shift started (or before it). */
  | 'on-time'
  /** Completed after the grace period. */
  | 'late'
  /** Not completed, and the grace period is still running. */
  | 'open'
  /** Not completed, and the grace period is over: it will be late. */
  | 'overdue'
  /** A record from before shift times were kept: lateness cannot be told. */
  | 'unknown';

export interface Punctuality {
  state: PunctualityState;
  /** Minutes from the shift's start to completion (or to now, when not completed); may be negative. */
  minutesAfterStart: number | null;
  graceMinutes: number | null;
}

/** Whether a checklist was (or is being) completed on time, measured from the shift's start. */
export function punctuality(record: Pick<Shift, 'completedAt' | 'startsAt' | 'graceMinutes'>, now: Date | number): Punctuality {
  const { startsAt, graceMinutes, completedAt } = record;
  if (!startsAt || graceMinutes == null) return { state: 'unknown', minutesAfterStart: null, graceMinutes };
  const until = completedAt ? Date.parse(completedAt) : +now;
  const minutesAfterStart = Math.floor((until - Date.parse(startsAt)) / 60_000);
  const withinGrace = until <= Date.parse(startsAt) + graceMinutes * 60_000;
  const state: PunctualityState = completedAt ? (withinGrace ? 'on-time' : 'late') : withinGrace ? 'open' : 'overdue';
  return { state, minutesAfterStart, graceMinutes };
}
