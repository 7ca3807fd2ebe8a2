import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PREACT_ALIASES } from './preact-aliases';
import { sharedModulesPlugin } from './shared-modules-plugin';
// The one host the shipped build may touch. Extra hosts (an internal IP, a staging host) are
// requested at run time as optional permissions, never baked into the manifest.
import { NOSSA_HOST_PATTERN } from './lib/sites/nossa/host';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // PANDU_OUT_DIR lets parallel builds (several developers or CI jobs in one checkout) not collide.
  outDir: process.env.PANDU_OUT_DIR ?? '.output',
  // Dexie ships a raw "\uffff" literal; esbuild would emit it as a raw character and Chromium
  // then rejects the content script as "not UTF-8 encoded". ASCII output avoids that.
  vite: () => ({
    esbuild: { charset: 'ascii' },
    build: {
      // PANDU_SOURCEMAP=1 writes source maps, to see which modules a bundle's bytes come from.
      sourcemap: process.env.PANDU_SOURCEMAP === '1',
      rollupOptions: {
        // zod 4 carries "@__PURE__" comments Rollup cannot place; harmless, but they bury the
        // build's real messages.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
          warn(warning);
        },
      },
    },
    // The code is written against React's API; the build runs it on Preact's compatible core
    // (why: preact-aliases.ts). Unit tests run on the same aliases (vitest.config.ts).
    resolve: { alias: PREACT_ALIASES },
  }),
  hooks: {
    // The flow's steps (entrypoints/nossa-flow) are injected beside the content script and render in
    // its panel: built against the content script's Preact, contexts and stores, not copies of them.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'nossa-flow')) return;
      const root = config.root ?? process.cwd();
      config.plugins ??= [];
      config.plugins.push(sharedModulesPlugin({ root, stylesFrom: resolve(root, 'components/panel/flow/flow-styles.ts') }));
    },
    // The panel's stylesheet is fetched by the content script; on an extra NOSSA host added at
    // run time it must be readable there too. Only that CSS file, behind a dynamic URL.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (typeof entry === 'object' && entry.resources.every((r) => r.endsWith('.css'))) {
          entry.matches = [...new Set([...(entry.matches ?? []), 'https://*/*', 'http://*/*'])];
        }
      }
    },
  },
  manifest: {
    name: 'Pandu - Pending Tiket NOSSA',
    description: 'Panduan langkah demi langkah Instruksi Kerja Pending Tiket (IN.OCC.TENESA.W-02) di NOSSA.',
    // unlimitedStorage: the audit log lives in IndexedDB for the whole retention period and
    // must not be evicted under storage pressure (navigator.storage.persist() is unavailable
    // in the service worker).
    // alarms: pending follow-ups at the agreed time and the daily retention clean-up;
    // notifications: the follow-up reminder an agent clicks to reopen the ticket.
    // scripting: registers the content script for an extra NOSSA host an admin adds at run time, and
    // injects the flow's steps (entrypoints/nossa-flow) into a NOSSA tab when a session is on view and
    // the panel tools (entrypoints/nossa-tools) when a lead first uses them.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting'],
    host_permissions: [NOSSA_HOST_PATTERN],
    // Requested one host at a time, only when an admin adds one in the dashboard (never granted
    // up front): an internal IP or a staging host of NOSSA.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Toolbar and extension-page icons: a white "P" in Pandu red, drawn by scripts/make-icons.mjs.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Pandu', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' } },
    // Team-lead settings an enterprise policy may set (site profile, pending reasons, extra hosts).
    storage: { managed_schema: 'managed-schema.json' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // The panel shortcut (background/commands.ts): into Pandu's panel on NOSSA and back. Agents can
    // change it at chrome://extensions/shortcuts.
    commands: {
      'focus-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Pindah ke panel Pandu di NOSSA, dan kembali ke NOSSA' },
    },
  },
});
