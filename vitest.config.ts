import { defineConfig } from 'vitest/config';

/** Test runner setup: every suite under test/, real servers started by globalSetup files. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous, because some suites start the real CLI as a child process and CI has two cores.
    testTimeout: 90_000,
    hookTimeout: 30_000,
    globalSetup: ['test/setup/redis-server.ts'],
  },
});
