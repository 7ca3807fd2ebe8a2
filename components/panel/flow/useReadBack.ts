import { readBack } from '@/lib/fill';
import type { FlowView } from '@/lib/procedure';
import type { FillResult } from '@/lib/schema';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { readBackDue, typedWorkLog } from './fill-state';
import { useOnceAfterReload } from './useAfterReload';

export interface ReadBackDeps {
  view: FlowView;
  /** The ticket id the page shows now (null while it shows none). */
  pageTicketId: string | null;
  profile: SiteProfile;
  record: (result: FillResult) => Promise<boolean>;
  markApplied: (workLog: string) => Promise<unknown>;
  fallbackWorkLog: string;
}

/**
 * After Pandu reloaded the ticket (a "fill.reload" made before this page load), read back what
 * NOSSA saved, once: the fresh page holds only saved values (issue 11, item 1). Only an ok
 * read-back finishes the session, with the exact details text the fill typed. If nothing is
 * recorded, the panel stays at "awaiting read-back" and offers the check again.
 */
export function useReadBack({ view, pageTicketId, profile, record, markApplied, fallbackWorkLog }: ReadBackDeps) {
  const due = readBackDue(view.events, performance.timeOrigin, Date.now());
  const ready = !!due && pageTicketId === view.session.ticketId && view.session.status === 'open';
  useOnceAfterReload(ready, profile, async () => {
    const { started } = due!.fill;
    const result = await readBack(document, profile, started.steps, { ref: started.ref, fillId: started.fillId });
    const recorded = await record(result);
    if (recorded && result.ok) await markApplied(typedWorkLog(started) ?? fallbackWorkLog);
  });
}
