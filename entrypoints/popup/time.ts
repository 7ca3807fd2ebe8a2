import { startOfDay } from 'date-fns';
import type { ShiftSlot } from '@/lib/schema';

export { formatLocal } from '@/lib/time';

/** Local midnight today, as a UTC instant. */
export const localDayStart = (now: number = Date.now()): string => startOfDay(now).toISOString();

/**
 * Where "today's work" begins: local midnight, or the start of the current shift when it began
 * earlier (a night shift's work from 23:00 still counts at 02:00).
 */
export function workSince(now: number, slot: ShiftSlot | null): string {
  const midnight = localDayStart(now);
  return slot && slot.startsAt < midnight ? slot.startsAt : midnight;
}
