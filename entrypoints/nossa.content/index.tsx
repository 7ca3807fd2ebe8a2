import '@/lib/schema/jitless';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Panel } from '@/components/panel/Panel';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { FlowStoreContext } from '@/components/panel/flow/useFlow';
import { ActiveProfile } from '@/components/panel/ActiveProfile';
import { publishSharedModules } from '@/components/panel/on-demand/publish-shared';
import { SettingsProvider } from '@/components/SettingsProvider';
import { panelTextsId } from '@/lib/i18n/panel-texts-id';
import { onContentRequest, sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/schema';
import { checkPage, nossaProfile, watchPage } from '@/lib/sites';
import { NOSSA_HOST_PATTERN } from '@/lib/sites/nossa/host';
import { browser } from 'wxt/browser';
import './panel.css';
import { firstAnswers } from './first-answers';
import { panelTextsFromBackground } from './panel-texts';
import { startPanelShortcut } from './panel-shortcut';
import { documentParsed } from './page-ready';
import { reportSignIn } from './report-sign-in';
import { createPanelShadow } from './shadow-ui';

/** The panel's own texts: Indonesian; others come from the background (panel-texts.ts). */
const PANEL_CATALOGUES = { id: panelTextsId };
/** How long the first mount waits for the settings, the flow and the texts (normally a few ms). */
const MOUNT_WAIT_MS = 400;

/**
 * Runs on NOSSA pages (top frame only). Reads the page through the site adapter and mounts the
 * panel in a shadow root, so NOSSA's styles and ours never mix. This bundle must stay free of
 * Dexie: IndexedDB opened here would belong to NOSSA's origin.
 */
export default defineContentScript({
  matches: [NOSSA_HOST_PATTERN],
  // At document_start, while NOSSA's scripts and styles are still downloading: the bundle's set-up,
  // the settings request and the panel's stylesheet then use time the page spends waiting on the
  // network, instead of running between DOMContentLoaded and the load event and holding NOSSA's
  // load back. What needs NOSSA's markup waits for DOMContentLoaded. `npm run bench` measures it.
  // Note: an extra host's registration (background/extra-hosts.ts) uses document_idle; this
  // code works at either time.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Before anything is injected beside this script: the flow's steps use these modules (on-demand/).
    publishSharedModules();
    const flows = createFlowStore();
    // Ask the background for settings now; the panel's first mount uses the answer.
    const settingsRequest = sendMessage('getSettings', undefined);
    settingsRequest.catch(() => undefined); // the panel reports a failure; it is not unhandled here
    let firstSettings: Settings | Promise<Settings> | undefined = settingsRequest;
    // English (or another language) is fetched from the background, in time for the first mount.
    const moreTexts = panelTextsFromBackground();
    const textsRequest = settingsRequest.then((settings) => (settings.language === 'id' ? undefined : moreTexts.load(settings.language))).catch(() => undefined);
    // Created now so that its stylesheet is fetched while the page loads; mounted further down.
    const uiReady = createPanelShadow<Root>(ctx, {
      name: 'pandu-panel',
      cssFile: '/content-scripts/nossa.css',
      onMount(container) {
        const root = createRoot(container);
        // The prefetched settings serve the first mount only; a remount asks afresh.
        const initial = firstSettings;
        firstSettings = undefined;
        root.render(
          <SettingsProvider catalogues={PANEL_CATALOGUES} moreTexts={moreTexts} initial={initial}>
            <ActiveProfile watcher={watcher}>
              <FlowStoreContext.Provider value={flows}>
                <Panel watcher={watcher} />
              </FlowStoreContext.Provider>
            </ActiveProfile>
          </SettingsProvider>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });

    await documentParsed();
    if (ctx.isInvalid) return;
    const watcher = watchPage(document, nossaProfile);
    // IK 1.1.3 / 1.1.4 tick themselves when NOSSA is open with the agent signed in.
    ctx.onInvalidated(reportSignIn(watcher));
    const loadFlow = () => {
      const ticketId = watcher.getSnapshot().ticket?.ticketId;
      return ticketId ? flows.load(ticketId) : undefined;
    };
    const flowRequest = loadFlow();
    watcher.subscribe(() => void loadFlow());
    ctx.onInvalidated(() => {
      watcher.stop();
      flows.stop();
    });
    // The dashboard's page check: only our own background may ask for it.
    ctx.onInvalidated(onContentRequest('pageCheck', browser.runtime.id, (request) => checkPage(document, request?.profile ?? watcher.getProfile())));
    // Typed input waits a moment before it is stored; leaving the page must not lose it.
    ctx.addEventListener(window, 'pagehide', () => flows.flushDraft());

    const ui = await uiReady;
    // The panel shortcut (manifest `commands`): into the panel and back to NOSSA; only our background asks.
    const shortcut = startPanelShortcut(document, ui.shadow, () => watcher.getProfile());
    ctx.onInvalidated(shortcut.stop);
    ctx.onInvalidated(onContentRequest('focusPanel', browser.runtime.id, shortcut.toggle));
    // Mounted once the answers are in: one complete first render, not one per answer.
    firstSettings = (await firstAnswers(settingsRequest, Promise.all([flowRequest, textsRequest]), MOUNT_WAIT_MS)) ?? firstSettings;
    if (ctx.isInvalid) return;
    ui.mount();

    // When NOSSA replaces the whole page (the login form after a session expiry, then the app
    // again) our host can be thrown out with it: put it back.
    watcher.subscribe(() => {
      if (!ui.shadowHost.isConnected) {
        ui.remove();
        ui.mount();
      }
    });
  },
});
