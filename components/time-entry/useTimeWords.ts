import { useMemo } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { describeWallTime, wallTimeAt, zoneName, type CalendarNames, type EntryKind, type WallTime } from '@/lib/time';
import { useI18n } from '../I18n';

const DAY_KEYS = [0, 1, 2, 3, 4, 5, 6].map((n) => `time.day.${n}` as MessageKey);
const MONTH_KEYS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `time.month.${n}` as MessageKey);

/**
 * Dates in words in the agent's language: "Senin, 07 Des 2026 16:30 WIB" for an instant (with
 * its zone's name), "Senin, 07 Des 2026" for a wall-clock day.
 */
export function useTimeWords(timeZone?: string) {
  const { t } = useI18n();
  return useMemo(() => {
    const names: CalendarNames = { days: DAY_KEYS.map((key) => t(key)), months: MONTH_KEYS.map((key) => t(key)) };
    return {
      wallTime: (time: WallTime, kind: EntryKind) => describeWallTime(time, kind, names),
      instant: (iso: string) => `${describeWallTime(wallTimeAt(iso, timeZone), 'datetime', names)} ${zoneName(new Date(iso), timeZone)}`,
    };
  }, [t, timeZone]);
}
