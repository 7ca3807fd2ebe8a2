import { detectPage, readSignedInUser } from './detect';
import type { SiteProfile } from '../schema/site-profile';
import { factsInView, readTicket, SNAPSHOT_FIELDS } from './read-ticket';
import { scanPage } from './page-scan';
import { whenIdle } from './idle';
import type { PageKind, TicketSnapshot } from '../schema';

export interface PageState {
  kind: PageKind;
  ticket: TicketSnapshot | null;
  user: string | null;
  /** On the login page after a session expiry: the ticket that was open before it. */
  expiredTicket?: TicketSnapshot | null;
}

/**
 * The ticket facts read on the Incident tab, per ticket id, so the panel knows the ticket on
 * every tab (Pandu's own fill leaves NOSSA on the Log tab). Facts served from here carry the
 * time they were read.
 */
export class TicketFactsMemory {
  private readonly facts = new Map<string, { snapshot: TicketSnapshot; readAt: string }>();

  constructor(private readonly now: () => string = () => new Date().toISOString()) {}

  /** Remembers a read made with the facts' tab in view, or completes one made elsewhere. */
  merge(ticket: TicketSnapshot | null, inView: boolean): TicketSnapshot | null {
    if (!ticket) return null;
    if (inView) {
      this.facts.set(ticket.ticketId, { snapshot: ticket, readAt: this.now() });
      return ticket;
    }
    const known = this.facts.get(ticket.ticketId);
    if (!known) return ticket;
    const merged: TicketSnapshot = { ...ticket };
    for (const key of SNAPSHOT_FIELDS) if (merged[key] === undefined && known.snapshot[key] !== undefined) merged[key] = known.snapshot[key];
    return { ...merged, factsReadAt: known.readAt };
  }
}

export function readPageState(root: ParentNode, profile: SiteProfile, memory?: TicketFactsMemory): PageState {
  // One scan for the whole read: the ticket id is located once for detection and reading, and
  // the page's labels are gathered once for every field.
  const scan = scanPage(root);
  const kind = detectPage(root, profile, scan);
  return {
    kind,
    ticket: kind === 'ticket' ? readTicketWithMemory(root, profile, scan, memory) : null,
    user: kind === 'login' ? null : readSignedInUser(root, profile),
  };
}

function readTicketWithMemory(root: ParentNode, profile: SiteProfile, scan: ReturnType<typeof scanPage>, memory?: TicketFactsMemory): TicketSnapshot | null {
  const ticket = readTicket(root, profile, scan);
  if (!memory) return ticket;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return memory.merge(ticket, factsInView(doc, profile));
}

const same = (a: PageState, b: PageState) => JSON.stringify(a) === JSON.stringify(b);

/**
 * NOSSA changes views through server round trips that replace parts of the page, never through
 * navigation, so the page is re-read after DOM mutations settle: `settleMs` after the first
 * mutation, then as soon as the page's main thread is idle (NOSSA applies a round trip's answer
 * in several steps; reading in between would be wasted and would delay NOSSA), at most `settleMs`
 * later. Subscribers hear only real changes. Mutations inside our own shadow host are invisible
 * to the observer by design.
 */
export function watchPage(doc: Document, initialProfile: SiteProfile, settleMs = 120) {
  let profile = initialProfile;
  const memory = new TicketFactsMemory();
  let state = readPageState(doc, profile, memory);
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;

  const cancelPending = () => {
    if (timer !== undefined) clearTimeout(timer);
    cancelIdle?.();
    timer = undefined;
    cancelIdle = undefined;
  };
  const refresh = () => {
    cancelPending();
    const next = readPageState(doc, profile, memory);
    if (next.kind === 'login') next.expiredTicket = state.ticket ?? state.expiredTicket ?? null;
    if (same(state, next)) return;
    state = next;
    listeners.forEach((listener) => listener());
  };
  const observer = new MutationObserver(() => {
    if (timer !== undefined || cancelIdle !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      cancelIdle = whenIdle(refresh, settleMs);
    }, settleMs);
  });
  // Observe the Document itself, not its root element: Maximo replaces the whole page with the
  // login form (document.open/write) when the session expires, and a new root must be seen too.
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['value', 'title'] });

  return {
    getSnapshot: () => state,
    getProfile: () => profile,
    /** Switches to another site profile (an admin's edit) and re-reads the page with it. */
    setProfile(next: SiteProfile) {
      if (next === profile) return;
      profile = next;
      refresh();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** Re-read at once (e.g. before a step that depends on the page). */
    refresh,
    stop() {
      observer.disconnect();
      cancelPending();
    },
  };
}
export type PageWatcher = ReturnType<typeof watchPage>;
