import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging';
import type { ShiftNow } from '@/lib/messaging/protocol';
import type { ShiftSettings } from '@/lib/schema';

/**
 * Which shift it is, asked of the background (its clock keeps the records and the badge, so the
 * popup shows the very checklist a tick lands in). Asked again as time passes and when the shift
 * times change.
 */
export function useShiftNow(shifts: ShiftSettings | undefined, now: number): { shiftNow: ShiftNow | null; error: unknown } {
  const [shiftNow, setShiftNow] = useState<ShiftNow | null>(null);
  const [error, setError] = useState<unknown>(null);
  const config = JSON.stringify(shifts ?? null);
  useEffect(() => {
    let alive = true;
    sendMessage('getShiftNow', undefined)
      .then((value) => {
        if (!alive) return;
        setShiftNow((previous) => (previous && JSON.stringify(previous.slot) === JSON.stringify(value.slot) && previous.next.startsAt === value.next.startsAt ? previous : value));
        setError(null);
      })
      .catch((err: unknown) => alive && setError(err));
    return () => {
      alive = false;
    };
  }, [config, now]);
  return { shiftNow, error };
}
