import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { preactFor } from './preact-aliases';

/**
 * The page engine's tests build stand-ins for host pages, one of them a form made with real React
 * (its value tracker is what the engine must get past). That React belongs to the host page, not
 * to Pandu: imports from these files are left alone.
 */
const HOST_PAGE_TESTS = /\/test\/unit\/fill\//;

/**
 * Unit tests run Pandu's UI on preact/compat, as the build ships it (the aliases of
 * preact-aliases.ts, which wxt.config.ts applies to the build). A plugin rather than
 * resolve.alias, so that a host-page stand-in above can still import real React.
 */
const preactLikeTheBuild = (): Plugin => ({
  name: 'pandu:preact-like-the-build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const replacement = preactFor(source);
    if (!replacement || (importer && HOST_PAGE_TESTS.test(importer.replaceAll('\\', '/')))) return null;
    return this.resolve(replacement, importer, { ...options, skipSelf: true });
  },
});

// Unit tests only: fast, no browser. Files that need a DOM say so with
// `// @vitest-environment happy-dom` at the top.
export default defineConfig({
  plugins: [WxtVitest(), preactLikeTheBuild()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    // Property tests run hundreds of cases each; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
    server: {
      deps: {
        // Dependencies that import React are run through the plugin above too, or they would
        // load real React next to Preact.
        inline: [/@tanstack\/react-virtual/],
      },
    },
  },
});
