import { defineConfig } from 'vitest/config';

/**
 * The team server's tests: against a real PostgreSQL that test/server/global-setup.ts starts
 * (a throwaway cluster from Debian's binaries) and stops. Each test file gets its own database.
 */
export default defineConfig({
  test: {
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/server/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
