import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '@/components/panel/Panel';
import { createFlowStore } from '@/components/panel/flow/flow-store';
import { FlowStoreContext } from '@/components/panel/flow/useFlow';
import { ActiveProfile } from '@/components/panel/ActiveProfile';
import { SettingsProvider } from '@/components/SettingsProvider';
import { panelCatalogues } from '@/lib/i18n/panel-catalogues';
import { onMessage } from '@/lib/messaging';
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
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const watcher = watchPage(document, nossaProfile);
    const flows = createFlowStore();
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
        root.render(
          <SettingsProvider catalogues={panelCatalogues}>
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
