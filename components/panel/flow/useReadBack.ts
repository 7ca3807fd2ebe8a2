import { useEffect, useRef } from 'react';
import { readBack, readRecordState } from '@/lib/fill';
import type { FlowView } from '@/lib/db/sessions';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { readBackDue, typedWorkLog } from './fill-state';

/** How long the fresh page may take to settle before the read-back gives up waiting. */
const SETTLE_LIMIT_MS = 15_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ReadBackDeps {
  view: FlowView;
  /** The ticket id the page shows now (null while it shows none). */
  pageTicketId: string | null;
  profile: SiteProfile;
  record: (result: import('@/lib/schema').FillResult) => Promise<boolean>;
  markApplied: (workLog: string) => Promise<unknown>;
  fallbackWorkLog: string;
}

/**
 * After Pandu reloaded the ticket (a "fill.reload" made before this page load), read back what
 * NOSSA saved, once: the fresh page holds only saved values (issue 11, item 1). Only an ok
 * read-back finishes the session, with the exact details text the fill typed.
 */
export function useReadBack({ view, pageTicketId, profile, record, markApplied, fallbackWorkLog }: ReadBackDeps) {
  const done = useRef(false);
  const due = readBackDue(view.events, performance.timeOrigin, Date.now());
  const ready = !!due && pageTicketId === view.session.ticketId && view.session.status === 'open';
  useEffect(() => {
    if (!ready || !due || done.current) return;
    done.current = true; // at most one read-back per page load, whatever happens next
    void (async () => {
      const until = Date.now() + SETTLE_LIMIT_MS;
      while (Date.now() < until && readRecordState(document, profile).state === 'busy') await pause(250);
      const { started } = due.fill;
      const result = await readBack(document, profile, started.steps, { ref: started.ref, fillId: started.fillId });
      const recorded = await record(result);
      if (recorded && result.ok) await markApplied(typedWorkLog(started) ?? fallbackWorkLog);
    })().catch(() => {
      // Nothing recorded: the panel stays at "awaiting read-back" and offers the check again.
    });
  }, [ready]); // eslint-disable-line react-hooks/exhaustive-deps
}
