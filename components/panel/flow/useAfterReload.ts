import { useEffect, useRef } from 'react';
import { readRecordState } from '@/lib/fill';
import type { SiteProfile } from '@/lib/schema/site-profile';

/** How long the fresh page may take to settle before the work runs anyway. */
const SETTLE_LIMIT_MS = 15_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Work Pandu asked for before it reloaded the ticket (a read-back, a fill again), run once on the
 * fresh page when it shows the ticket: after NOSSA stops being busy, at most once per page load
 * whatever happens next (no loops). A failure is the work's own to report.
 */
export function useOnceAfterReload(ready: boolean, profile: SiteProfile, work: () => Promise<unknown>) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    void (async () => {
      const until = Date.now() + SETTLE_LIMIT_MS;
      while (Date.now() < until && readRecordState(document, profile).state === 'busy') await pause(250);
      await work();
    })().catch(() => undefined);
  }, [ready]); // eslint-disable-line react-hooks/exhaustive-deps
}
