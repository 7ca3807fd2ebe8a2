import { detectPage } from '../../sites/detect';
import type { SiteProfile } from '../../schema/site-profile';
import { pollFor, sleep } from './clock';

const isShown = (el: Element | null): boolean => {
  if (!el) return false;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  return !!style && style.display !== 'none' && style.visibility !== 'hidden';
};

export function isBusy(doc: Document, profile: SiteProfile): boolean {
  try {
    return [...doc.querySelectorAll(profile.behaviour.busySelector)].some(isShown);
  } catch {
    return false;
  }
}

export const sessionExpired = (doc: Document, profile: SiteProfile) => detectPage(doc, profile) === 'login';

/** The host's current error message, if it shows one. */
export function errorMessage(doc: Document, profile: SiteProfile): string | null {
  try {
    const text = doc.querySelector(profile.behaviour.errorSelector)?.textContent?.trim();
    return text ? text : null;
  } catch {
    return null;
  }
}

/**
 * Watches for a server round trip from just before an action until the page is idle again.
 * `sawRoundTrip` is what tells a value NOSSA received apart from one only typed into the page.
 */
export function watchRoundTrip(doc: Document, profile: SiteProfile) {
  let sawBusy = isBusy(doc, profile);
  const observer = new MutationObserver(() => {
    if (!sawBusy && isBusy(doc, profile)) sawBusy = true;
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  return {
    /** Waits for the page to settle: a short grace for a round trip to start, then until idle. */
    async settled(timeoutMs: number, graceMs = 40): Promise<{ sawRoundTrip: boolean; timedOut: boolean }> {
      await sleep(0);
      if (!sawBusy) await pollFor(() => sawBusy || isBusy(doc, profile), graceMs, 5);
      const idle = await pollFor(() => !isBusy(doc, profile) || sessionExpired(doc, profile), timeoutMs);
      observer.disconnect();
      return { sawRoundTrip: sawBusy, timedOut: !idle };
    },
    stop: () => observer.disconnect(),
  };
}
