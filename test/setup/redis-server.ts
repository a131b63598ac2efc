import type { TestProject } from 'vitest/node';
import { INSTALL_REDIS, redisServerInstalled, startRedis } from '../support/redis-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the Redis the tests may use (and wipe keys under their own prefixes in). */
    redisUrl: string;
  }
}

/**
 * Vitest globalSetup: gives the tests a real Redis. Uses `REDIS_URL` when set; otherwise starts
 * `redis-server` from PATH on a free 127.0.0.1 port (no persistence, temporary directory) and
 * stops it when the run ends. Tests read the URL with `inject('redisUrl')`.
 * Register it in vitest.config.ts: `globalSetup: ['test/setup/redis-server.ts']`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) {
    project.provide('redisUrl', fromEnv);
    return async () => undefined;
  }
  if (!redisServerInstalled()) {
    throw new Error(`The tests need a real Redis: install redis-server with \`${INSTALL_REDIS}\`, or set REDIS_URL to a Redis they may write to.`);
  }
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
  };
}
