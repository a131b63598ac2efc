import { defineConfig } from 'vitest/config';

/** Test runner setup: every suite under test/, real servers started by globalSetup files. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    globalSetup: ['test/setup/redis-server.ts'],
  },
});
