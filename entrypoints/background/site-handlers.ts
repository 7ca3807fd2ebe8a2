import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import type { BackgroundContext } from './context';

/** The page check, run in the open NOSSA tab on the dashboard's request. */
export function siteHandlers({ hostPatterns }: BackgroundContext) {
  return {
    runPageCheck: async () => {
      const tabs = await browser.tabs.query({ url: [...hostPatterns()] });
      const tab = tabs.find((t) => t.active) ?? tabs[0];
      if (tab?.id == null) return null;
      const report = await sendMessage('pageCheck', undefined, tab.id);
      return { tabTitle: tab.title ?? tab.url ?? '', report };
    },
  };
}
