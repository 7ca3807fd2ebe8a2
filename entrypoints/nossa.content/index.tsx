import '@/lib/schema/jitless';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '@/components/panel/Panel';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { FlowStoreContext } from '@/components/panel/flow/useFlow';
import { ActiveProfile } from '@/components/panel/ActiveProfile';
import { SettingsProvider } from '@/components/SettingsProvider';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';
import { onMessage, sendMessage } from '@/lib/messaging';
import { checkPage, nossaProfile, watchPage } from '@/lib/sites';
import { browser } from 'wxt/browser';
import './panel.css';
import { reportSignIn } from './report-sign-in';

/**
 * Runs on NOSSA pages (top frame only). Reads the page through the site adapter and mounts the
 * panel in a shadow root, so NOSSA's styles and ours never mix. This bundle must stay free of
 * Dexie: IndexedDB opened here would belong to NOSSA's origin.
 */
export default defineContentScript({
  matches: ['https://nossa.telkom.co.id/*'],
  // As soon as the DOM is parsed: the panel's first requests are then in flight while NOSSA's
  // own scripts finish, and it is ready sooner after the ticket view.
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const watcher = watchPage(document, nossaProfile);
    const flows = createFlowStore();
    // Ask the background for settings and the ticket's flow now, before React mounts.
    let firstSettings: ReturnType<typeof sendMessage<'getSettings'>> | undefined = sendMessage('getSettings', undefined);
    const loadFlow = () => {
      const ticketId = watcher.getSnapshot().ticket?.ticketId;
      if (ticketId) void flows.load(ticketId);
    };
    loadFlow();
    watcher.subscribe(loadFlow);
    ctx.onInvalidated(() => {
      watcher.stop();
      flows.stop();
    });
    // IK 1.1.3 / 1.1.4 tick themselves when NOSSA is open with the agent signed in.
    ctx.onInvalidated(reportSignIn(watcher));
    // The dashboard's page check: only our own background may ask for it.
    ctx.onInvalidated(
      onMessage('pageCheck', ({ sender }) => {
        if (sender.id !== browser.runtime.id || sender.tab) throw new Error('untrusted-sender');
        return checkPage(document, watcher.getProfile());
      }),
    );
    // Typed input waits a moment before it is stored; leaving the page must not lose it.
    ctx.addEventListener(window, 'pagehide', () => flows.flushDraft());

    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'pandu-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = createRoot(container);
        // The prefetched settings serve the first mount only; a remount asks afresh.
        const initial = firstSettings;
        firstSettings = undefined;
        root.render(
          <SettingsProvider catalogues={panelCatalogues} initial={initial}>
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
