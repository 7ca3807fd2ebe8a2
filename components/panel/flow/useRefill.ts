import type { FlowView } from '@/lib/procedure';
import type { SiteProfile } from '@/lib/schema/site-profile';
import { refillDue } from './fill-state';
import { useOnceAfterReload } from './useAfterReload';

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
  const due = refillDue(view.events, performance.timeOrigin, Date.now());
  const ready = !!due && pageTicketId === view.session.ticketId && view.session.status === 'open';
  useOnceAfterReload(ready, profile, fill);
}
