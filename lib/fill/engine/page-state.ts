import { detectPage } from '../../sites/detect';
import type { HostMessage } from '../../schema';
import type { SiteProfile } from '../../schema/site-profile';
import { pollFor, sleep } from './poll';

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

const safeQuery = (doc: Document, selector: string): Element | null => {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
};

/** Severity from Maximo's code (BMXAA4205I: the last letter), else from the element's class. */
function severityOf(el: Element, text: string, profile: SiteProfile): HostMessage['severity'] {
  const code = /\b[A-Z]{3,6}\d{3,5}([EWI])\b/.exec(text)?.[1];
  if (code) return code === 'E' ? 'error' : code === 'W' ? 'warning' : 'info';
  if (el.classList.contains('error') || el.matches(profile.behaviour.errorSelector)) return 'error';
  if (el.classList.contains('warning') || el.classList.contains('warn')) return 'warning';
  return 'info';
}

/** The message NOSSA shows now (any severity): an info message may be the only sign a Save is due. */
export function hostMessage(doc: Document, profile: SiteProfile): HostMessage | null {
  const el = safeQuery(doc, profile.behaviour.messageSelector) ?? safeQuery(doc, profile.behaviour.errorSelector);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (el && text) return { text, severity: severityOf(el, text, profile) };
  return dialogMessage(doc, profile);
}

/** Maximo may show a message as a box in #dialogholder instead of the title bar: its coded text. */
function dialogMessage(doc: Document, profile: SiteProfile): HostMessage | null {
  const holder = doc.getElementById('dialogholder');
  if (!holder) return null;
  // Text node by text node: a message paragraph and the OK button must not run together.
  const parts: string[] = [];
  const walker = doc.createTreeWalker(holder, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  const text = parts.join(' ').replace(/\s+/g, ' ');
  const coded = /\b[A-Z]{3,6}\d{3,5}[EWI]\b[^]{0,300}?(?:[.!?](?=\s|$)|$)/.exec(text)?.[0]?.trim();
  return coded ? { text: coded, severity: severityOf(holder, coded, profile) } : null;
}

/** The host's current error or warning message, if it shows one. */
export function errorMessage(doc: Document, profile: SiteProfile): string | null {
  const message = hostMessage(doc, profile);
  return message && message.severity !== 'info' ? message.text : null;
}

/**
 * Watches for a server round trip from just before an action until the page is idle again.
 * `sawRoundTrip` is what tells a value NOSSA received apart from one only typed into the page.
 */
export function watchRoundTrip(doc: Document, profile: SiteProfile) {
  let sawBusy = isBusy(doc, profile);
  const before = hostMessage(doc, profile);
  /** Messages that appeared during the action: NOSSA clears them after a few seconds. */
  const messages: HostMessage[] = [];
  const noteMessage = () => {
    const now = hostMessage(doc, profile);
    const last = messages[messages.length - 1] ?? before;
    if (now && (now.text !== last?.text || now.severity !== last?.severity)) messages.push(now);
  };
  const observer = new MutationObserver(() => {
    if (!sawBusy && isBusy(doc, profile)) sawBusy = true;
    noteMessage();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'class'] });
  return {
    messages,
    /** The most serious message that appeared during the action (error, then warning, then info). */
    worstMessage(): HostMessage | null {
      noteMessage();
      for (const severity of ['error', 'warning', 'info'] as const) {
        const found = [...messages].reverse().find((m) => m.severity === severity);
        if (found) return found;
      }
      return null;
    },
    /** Waits for the page to settle: a short grace for a round trip to start, then until idle. */
    async settled(timeoutMs: number, graceMs = 40): Promise<{ sawRoundTrip: boolean; timedOut: boolean }> {
      await sleep(0);
      if (!sawBusy) await pollFor(() => sawBusy || isBusy(doc, profile), graceMs, 5);
      const idle = await pollFor(() => !isBusy(doc, profile) || sessionExpired(doc, profile), timeoutMs);
      noteMessage();
      observer.disconnect();
      return { sawRoundTrip: sawBusy, timedOut: !idle };
    },
    stop: () => observer.disconnect(),
  };
}
