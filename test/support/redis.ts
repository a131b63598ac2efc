import { randomUUID } from 'node:crypto';
import { createClient, type RedisClientType } from 'redis';
import { inject } from 'vitest';
import { RedisStore, type RedisStoreOptions } from '../../src/store/redis-store.ts';

/** The Redis the test run may use (started by test/setup/redis-server.ts, or REDIS_URL). */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A key prefix no other test uses, so test files can share one Redis and scan only their own keys. */
export function uniquePrefix(): string {
  return `kintsugi-test-${randomUUID().slice(0, 8)}`;
}

/** Connects a store to the test Redis under a fresh prefix unless one is given. */
export async function connectTestStore(options: Partial<RedisStoreOptions> = {}): Promise<RedisStore> {
  return await RedisStore.connect({ url: testRedisUrl(), keyPrefix: uniquePrefix(), requireConnection: true, ...options });
}

/** A plain client for looking at what is really stored: SCAN, TTL, raw values. */
export async function rawClient(url: string = testRedisUrl()): Promise<RedisClientType> {
  const client: RedisClientType = createClient({ url });
  await client.connect();
  return client;
}

/** Every key under `prefix`, found with SCAN (never KEYS). */
export async function scanKeys(client: RedisClientType, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 })) found.push(...batch);
  return found.sort();
}
