import { browser } from 'wxt/browser';
import { MessageRefusedError, sendMessage, senderTabId, type HandlersOf, type SenderLike } from '@/lib/messaging';
import type { siteRequests } from '@/lib/messaging/protocol/site';
import type { PageCheck } from '@/lib/sites';
import type { BackgroundContext } from './context';

/** Where WXT writes the panel tools' script (entrypoints/nossa-tools, an unlisted script). */
export const PANEL_TOOLS_FILE = '/nossa-tools.js';
/** Where WXT writes the flow steps' script (entrypoints/nossa-flow, an unlisted script). */
export const FLOW_STEPS_FILE = '/nossa-flow.js';

/**
 * Into the document that asked, beside its panel: both then share its isolated world. By document
 * id when Chrome names it, so a frame that navigated meanwhile is not injected into (it would not
 * hold the panel); by frame otherwise. At once, not when the page is next idle: the panel waits.
 */
async function injectBesidePanel(sender: SenderLike, file: typeof PANEL_TOOLS_FILE | typeof FLOW_STEPS_FILE): Promise<true> {
  const tabId = senderTabId(sender);
  if (tabId < 0) throw new MessageRefusedError('not-found', `${file} loads into a NOSSA tab only`);
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [file], injectImmediately: true });
  return true;
}

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
    loadPanelTools: (_data, sender) => injectBesidePanel(sender, PANEL_TOOLS_FILE),
    loadFlowSteps: (_data, sender) => injectBesidePanel(sender, FLOW_STEPS_FILE),
  };
}
