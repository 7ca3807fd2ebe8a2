import { useEffect, useRef } from 'react';
import { readRecordState } from '@/lib/fill';
import type { FlowView } from '@/lib/db/sessions';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { refillDue } from './fill-state';

const SETTLE_LIMIT_MS = 15_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RefillDeps {
  view: FlowView;
  pageTicketId: string | null;
  profile: SiteProfile;
  /** Runs the fill the agent asked for (on this clean page, without reloading again). */
  fill: () => Promise<void>;
}

/**
 * After Pandu reloaded the ticket to fill again on a clean page ("fill.reload" for a refill,
 * made before this page load): the fill the agent clicked for, once per page load.
 */
export function useRefill({ view, pageTicketId, profile, fill }: RefillDeps) {
  const done = useRef(false);
  const due = refillDue(view.events, performance.timeOrigin, Date.now());
  const ready = !!due && pageTicketId === view.session.ticketId && view.session.status === 'open';
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    void (async () => {
      const until = Date.now() + SETTLE_LIMIT_MS;
      while (Date.now() < until && readRecordState(document, profile).state === 'busy') await pause(250);
      await fill();
    })().catch(() => {
      // The fill reports its own failures; nothing else to do here.
    });
  }, [ready]); // eslint-disable-line react-hooks/exhaustive-deps
}
