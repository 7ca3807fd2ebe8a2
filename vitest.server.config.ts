import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The team server's tests: against a real PostgreSQL that test/server/global-setup.ts starts
 * (a throwaway cluster from Debian's binaries) and stops. Each test file gets its own database.
 */
export default defineConfig({
  // Tests compare the server with the browser's own code, which imports by the project's alias.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '') } },
  test: {
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/server/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
