import { useEffect, useState } from 'react';
import { sendMessage, type FillLockInfo } from '@/lib/messaging';
import type { PanduEvent } from '@/lib/schema';

/** While another tab fills, look again this often: its lease may lapse without any event. */
const RECHECK_MS = 10_000;

/**
 * The ticket's live fill lock, asked of the background whenever the trail changes (a fill started,
 * a field landed, a result came) and, while another tab holds it, every few seconds.
 */
export function useFillLock(ticketId: string, events: readonly PanduEvent[]): FillLockInfo | null {
  const [lock, setLock] = useState<FillLockInfo | null>(null);
  const last = events.at(-1)?.id;
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      sendMessage('getFillLock', { ticketId })
        .then((info) => {
          if (!alive) return;
          setLock(info);
          if (info && !info.here) timer = setTimeout(ask, RECHECK_MS);
        })
        .catch(() => alive && setLock(null));
    };
    ask();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [ticketId, last]);
  return lock;
}
