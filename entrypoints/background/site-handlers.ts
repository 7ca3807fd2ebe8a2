import { browser } from 'wxt/browser';
import { sendMessage, senderTabId, type HandlersOf } from '@/lib/messaging';
import type { siteRequests } from '@/lib/messaging/protocol/site';
import type { PageCheck } from '@/lib/sites';
import type { BackgroundContext } from './context';

/** The deep check's report waits here, per tab, across the reload that discards what it opened. */
const stashKey = (tabId: number) => `pageCheck:${tabId}`;

/** The page check, run in the open NOSSA tab on the dashboard's request, and the deep check's stash. */
export function siteHandlers({ hostPatterns }: BackgroundContext): HandlersOf<typeof siteRequests> {
  return {
    runPageCheck: async (request) => {
      const tabs = await browser.tabs.query({ url: [...hostPatterns()] });
      const tab = tabs.find((t) => t.active) ?? tabs[0];
      if (tab?.id == null) return null;
      const report = await sendMessage('pageCheck', request, tab.id);
      return { tabTitle: tab.title ?? tab.url ?? '', report };
    },
    stashPageCheck: async ({ report }, sender) => {
      await browser.storage.session.set({ [stashKey(senderTabId(sender))]: report });
      return true;
    },
    /** Taken once: a later load of the same tab does not show an old report again. */
    takePageCheck: async (_data, sender) => {
      const key = stashKey(senderTabId(sender));
      const stored = await browser.storage.session.get(key);
      if (stored[key] === undefined) return null;
      await browser.storage.session.remove(key);
      return stored[key] as PageCheck;
    },
  };
}
