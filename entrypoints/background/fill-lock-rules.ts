/**
 * One fill per ticket at a time, across tabs and windows (issue 11, item 9): two tabs pressing
 * "Isi NOSSA otomatis" together would otherwise save two work-log rows. Pure rules here; the
 * store (fill-lock.ts) keeps the lock in chrome.storage.session.
 */

/** How long a lock holds without news from its fill; every recorded field renews it. */
export const FILL_LEASE_MS = 75_000;

export interface FillLock {
  ticketId: string;
  sessionId: string;
  fillId: string;
  /** The tab that fills (-1 for a sender without a tab, which never fills in practice). */
  tabId: number;
  agentId: string;
  agentName: string;
  since: string;
  leaseUntil: string;
}

/** Who asks for a ticket's lock, and when: a lock without its times yet. */
export type FillLockRequest = Omit<FillLock, 'since' | 'leaseUntil'> & { now: string };

export type LockDecision = { ok: true; lock: FillLock } | { ok: false; holder: FillLock };

export const leaseEnd = (now: string) => new Date(Date.parse(now) + FILL_LEASE_MS).toISOString();
export const isLive = (lock: FillLock | null | undefined, now: string): lock is FillLock => !!lock && Date.parse(lock.leaseUntil) > Date.parse(now);

/**
 * Who may fill now. A free ticket, an expired lease, or the holder's own tab (a reload mid-fill:
 * the old run is gone with the page) takes the lock; another live holder refuses it.
 */
export function decideLock(current: FillLock | null | undefined, request: FillLockRequest): LockDecision {
  if (isLive(current, request.now) && current.tabId !== request.tabId) return { ok: false, holder: current };
  const keepSince = isLive(current, request.now) && current.fillId === request.fillId;
  const { now, ...who } = request;
  return { ok: true, lock: { ...who, since: keepSince ? current.since : now, leaseUntil: leaseEnd(now) } };
}

/** A field landed: the holder's lease is renewed; any other fill id changes nothing. */
export function renewLock(current: FillLock | null | undefined, fillId: string, now: string): FillLock | null {
  if (!current || current.fillId !== fillId) return null;
  return { ...current, leaseUntil: leaseEnd(now) };
}
