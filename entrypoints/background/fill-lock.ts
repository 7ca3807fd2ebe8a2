import { browser } from 'wxt/browser';
import { decideLock, isLive, renewLock, type FillLock, type FillLockRequest, type LockDecision } from './fill-lock-rules';

/**
 * The fill locks, one per ticket, in chrome.storage.session: they survive a service-worker
 * restart (a fill runs on while the worker sleeps) and vanish with the browser (no fill survives
 * that). Reads and writes are chained in this worker so two tabs asking at once are decided one
 * after the other, never both "free".
 */
const keyOf = (ticketId: string) => `fillLock:${ticketId}`;

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

async function read(ticketId: string): Promise<FillLock | null> {
  const key = keyOf(ticketId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as FillLock | undefined) ?? null;
}
const write = (lock: FillLock) => browser.storage.session.set({ [keyOf(lock.ticketId)]: lock });
const drop = (ticketId: string) => browser.storage.session.remove(keyOf(ticketId));

export const acquireLock = (request: FillLockRequest): Promise<LockDecision> =>
  serial(async () => {
    const decision = decideLock(await read(request.ticketId), request);
    if (decision.ok) await write(decision.lock);
    return decision;
  });

export const renewFillLock = (ticketId: string, fillId: string, now: string): Promise<void> =>
  serial(async () => {
    const renewed = renewLock(await read(ticketId), fillId, now);
    if (renewed) await write(renewed);
  });

/** Released by the fill's final record; another fill's lock is left alone. */
export const releaseLock = (ticketId: string, fillId: string): Promise<void> =>
  serial(async () => {
    if ((await read(ticketId))?.fillId === fillId) await drop(ticketId);
  });

/** The live lock on a ticket, if any (an expired one is cleared on the way). */
export const currentLock = (ticketId: string, now: string): Promise<FillLock | null> =>
  serial(async () => {
    const lock = await read(ticketId);
    if (lock && !isLive(lock, now)) await drop(ticketId);
    return isLive(lock, now) ? lock : null;
  });

/** A closed tab fills nothing any more: its locks go at once rather than at lease expiry. */
export function releaseLocksOfClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void serial(async () => {
      const all = await browser.storage.session.get(null);
      const mine = Object.entries(all).filter(([key, lock]) => key.startsWith('fillLock:') && (lock as FillLock).tabId === tabId);
      if (mine.length) await browser.storage.session.remove(mine.map(([key]) => key));
    });
  });
}
