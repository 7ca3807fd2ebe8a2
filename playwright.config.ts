import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension (see test/e2e/fixtures.ts);
// `npm run test:e2e` builds first. Two workers fit the 2-core machines.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  // Our fixtures launch their own persistent context, so Playwright's tracing does not apply.
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
