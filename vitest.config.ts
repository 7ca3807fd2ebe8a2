import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests only: fast, no browser. Files that need a DOM say so with
// `// @vitest-environment happy-dom` at the top.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    // Property tests run hundreds of cases each; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
