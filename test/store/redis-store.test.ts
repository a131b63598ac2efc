import type { RedisClientType } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEDUPE_TTL_MS } from '../../src/store/memory-store.ts';
import { redisKeyOf } from '../../src/store/redis-keys.ts';
import { RedisStore } from '../../src/store/redis-store.ts';
import { sessionFor } from '../support/redis-fixtures.ts';
import { connectTestStore, rawClient, scanKeys, testRedisUrl, uniquePrefix } from '../support/redis.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('RedisStore', () => {
  let raw: RedisClientType;
  const stores: RedisStore[] = [];
  const open = async (...args: Parameters<typeof connectTestStore>): Promise<RedisStore> => {
    const store = await connectTestStore(...args);
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    raw = await rawClient();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    await raw.close();
  });

  it('gives a new conversation no session at revision 0, then what was committed', async () => {
    const store = await open();
    expect(await store.load('telegram:1', 'm1')).toEqual({ session: undefined, revision: 0, duplicate: false });
    expect(await store.commit('telegram:1', 0, sessionFor('1'), 'm1')).toBe('ok');
    expect(await store.load('telegram:1', 'm2')).toEqual({ session: sessionFor('1'), revision: 1, duplicate: false });
  });

  it('refuses a commit based on a stale revision (compare-and-swap) and keeps the winner', async () => {
    const store = await open();
    const first = await store.load('telegram:2', 'a');
    const second = await store.load('telegram:2', 'b');
    expect(await store.commit('telegram:2', first.revision, sessionFor('2', 1), 'a')).toBe('ok');
    expect(await store.commit('telegram:2', second.revision, sessionFor('2', 5), 'b')).toBe('conflict');
    const now = await store.load('telegram:2');
    expect(now.session?.journal).toHaveLength(1);
    expect(now.revision).toBe(1);
    expect(await store.commit('telegram:2', now.revision, sessionFor('2', 2), 'b')).toBe('ok');
    expect((await store.load('telegram:2')).revision).toBe(2);
  });

  it('recognises a message handled by another process as a duplicate, at load and at commit', async () => {
    const prefix = uniquePrefix();
    const one = await open({ keyPrefix: prefix });
    const two = await open({ keyPrefix: prefix });
    const seenByTwo = await two.load('telegram:3', 'retry-me');
    expect(await one.commit('telegram:3', 0, sessionFor('3'), 'retry-me')).toBe('ok');
    expect(await two.commit('telegram:3', seenByTwo.revision, sessionFor('3', 4), 'retry-me')).toBe('duplicate');
    expect((await two.load('telegram:3', 'retry-me')).duplicate).toBe(true);
    expect((await two.load('telegram:3', 'another')).duplicate).toBe(false);
    expect((await two.load('telegram:4', 'retry-me')).duplicate).toBe(false);
  });

  it('remembers handled message ids for 24 hours', async () => {
    const prefix = uniquePrefix();
    const store = await open({ keyPrefix: prefix });
    await store.commit('telegram:5', 0, sessionFor('5'), 'm1');
    const [entry] = await raw.zRangeWithScores(redisKeyOf(prefix, 'telegram:5', 'dedupe'), 0, -1);
    const [seconds] = await raw.time();
    expect(entry?.value).toBe('m1');
    expect((entry?.score ?? 0) - Number(seconds) * 1000).toBeGreaterThan(DEDUPE_TTL_MS - 60_000);
  });

  it('sets the inactivity expiry on every key of the conversation at each commit', async () => {
    const prefix = uniquePrefix();
    const store = await open({ keyPrefix: prefix, ttlDays: 30 });
    await store.commit('telegram:6', 0, sessionFor('6'), 'm1');
    const keys = await scanKeys(raw, prefix);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const ttl = await raw.pTTL(key);
      expect(ttl).toBeGreaterThan(30 * DAY_MS - 60_000);
      expect(ttl).toBeLessThanOrEqual(30 * DAY_MS);
    }
    await raw.pExpire(keys[0]!, 1000);
    await store.commit('telegram:6', 1, sessionFor('6'), 'm2');
    expect(await raw.pTTL(keys[0]!)).toBeGreaterThan(30 * DAY_MS - 60_000);
  });

  it('keeps dedupe records at least 24 hours even with a shorter inactivity expiry', async () => {
    const prefix = uniquePrefix();
    const store = await open({ keyPrefix: prefix, ttlDays: 0.5 });
    await store.commit('telegram:7', 0, sessionFor('7'), 'm1');
    expect(await raw.pTTL(redisKeyOf(prefix, 'telegram:7', 'dedupe'))).toBeGreaterThan(DEDUPE_TTL_MS - 60_000);
    expect(await raw.pTTL(redisKeyOf(prefix, 'telegram:7', 'session'))).toBeLessThanOrEqual(DAY_MS / 2);
  });

  it('erases every key about the conversation, including other modules\' keys under its tag, and nothing else', async () => {
    const prefix = uniquePrefix();
    const store = await open({ keyPrefix: prefix });
    await store.commit('telegram:8', 0, sessionFor('8'), 'm1');
    await store.commit('telegram:8', 1, sessionFor('8'), 'm2');
    await store.commit('telegram:9', 0, sessionFor('9'), 'm1');
    await raw.set(redisKeyOf(prefix, 'telegram:8', 'schedule'), 'nudge at 9');
    await raw.set(redisKeyOf(prefix, 'telegram:80', 'schedule'), 'someone else');
    expect((await scanKeys(raw, prefix)).filter((key) => key.includes('{telegram:8}'))).toHaveLength(3);

    await store.erase('telegram:8');

    expect(await scanKeys(raw, prefix)).toEqual(
      [
        redisKeyOf(prefix, 'telegram:80', 'schedule'),
        redisKeyOf(prefix, 'telegram:9', 'dedupe'),
        redisKeyOf(prefix, 'telegram:9', 'session'),
      ].sort(),
    );
    expect(await store.load('telegram:8', 'm1')).toEqual({ session: undefined, revision: 0, duplicate: false });
  });

  it('erases a conversation whose id contains glob characters without touching look-alikes', async () => {
    const prefix = uniquePrefix();
    const store = await open({ keyPrefix: prefix });
    await store.commit('slack:T*[1]', 0, sessionFor('x'), 'm1');
    await store.commit('slack:T1', 0, sessionFor('y'), 'm1');
    await store.erase('slack:T*[1]');
    expect(await scanKeys(raw, prefix)).toEqual([redisKeyOf(prefix, 'slack:T1', 'dedupe'), redisKeyOf(prefix, 'slack:T1', 'session')]);
  });

  it('needs one Redis round trip to load and one to commit', async () => {
    const store = await open();
    await store.load('telegram:10', 'warm-up');
    const before = store.stats.roundTrips;
    const loaded = await store.load('telegram:10', 'm1');
    await store.commit('telegram:10', loaded.revision, sessionFor('10'), 'm1');
    expect(store.stats.roundTrips - before).toBe(2);
  });

  it('recovers when Redis forgets its scripts (after a restart or SCRIPT FLUSH)', async () => {
    const store = await open();
    await store.commit('telegram:11', 0, sessionFor('11'), 'm1');
    await raw.scriptFlush();
    expect((await store.load('telegram:11', 'm1')).duplicate).toBe(true);
    expect(await store.commit('telegram:11', 1, sessionFor('11', 2), 'm2')).toBe('ok');
  });

  it('rejects a malformed REDIS_URL or expiry with what to set', async () => {
    await expect(RedisStore.connect({ url: 'localhost:6379' })).rejects.toThrow(/REDIS_URL must look like redis:\/\//);
    await expect(RedisStore.connect({ url: testRedisUrl(), ttlDays: 0 })).rejects.toThrow(/SESSION_TTL_DAYS/);
  });
});
