import { defineConfig } from 'wxt';

// The one host the shipped build may touch. Extra hosts (an internal IP, a staging host) are
// requested at run time as optional permissions, never baked into the manifest.
export const NOSSA_HOST_PATTERN = 'https://nossa.telkom.co.id/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // PANDU_OUT_DIR lets parallel builds (several developers or CI jobs in one checkout) not collide.
  outDir: process.env.PANDU_OUT_DIR ?? '.output',
  // Dexie ships a raw "\uffff" literal; esbuild would emit it as a raw character and Chromium
  // then rejects the content script as "not UTF-8 encoded". ASCII output avoids that.
  vite: () => ({ esbuild: { charset: 'ascii' }, build: { sourcemap: false } }),
  manifest: {
    name: 'Pandu - Pending Tiket NOSSA',
    description:
      'Panduan langkah demi langkah Instruksi Kerja Pending Tiket (IN.OCC.TENESA.W-02) di NOSSA.',
    // unlimitedStorage: the audit log lives in IndexedDB for the whole retention period and
    // must not be evicted under storage pressure (navigator.storage.persist() is unavailable
    // in the service worker).
    // alarms: pending follow-ups at the agreed time and the daily retention clean-up;
    // notifications: the follow-up reminder an agent clicks to reopen the ticket.
    permissions: ['unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: [NOSSA_HOST_PATTERN],
    action: { default_title: 'Pandu' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
  },
});
