import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/session.ts';
import { RedisStore } from '../../src/store/redis-store.ts';
import { StoreUnavailableError } from '../../src/store/session-store.ts';
import { sessionFor } from '../support/redis-fixtures.ts';
import { freePort, startRedis, type RedisProcess } from '../support/redis-process.ts';

/** Retries `attempt` until it stops throwing StoreUnavailableError, for at most `withinMs`. */
async function eventually<T>(attempt: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** How long `call` takes to fail, and with what. */
async function failure(call: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await call();
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected the call to fail while Redis is down');
}

/** A turn like the engine's: load, append one journal entry, commit; retried on conflict. */
async function turn(store: RedisStore, key: string, messageId: string): Promise<void> {
  for (;;) {
    const { session, revision, duplicate } = await store.load(key, messageId);
    if (duplicate) return;
    const next: Session = session ?? sessionFor(key, 0);
    next.journal.push({ at: revision, topic: 'count', prompt: messageId, text: `entry ${revision + 1}` });
    if ((await store.commit(key, revision, next, messageId)) !== 'conflict') return;
  }
}

describe('RedisStore during a Redis outage', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('fails fast while redis-server is dead, reconnects by itself after it restarts, and loses nothing committed', async () => {
    const redis: RedisProcess = await startRedis({ persist: true });
    cleanup.push(() => redis.stop());
    const store = await RedisStore.connect({ url: redis.url, requireConnection: true });
    cleanup.push(() => store.close());
    for (let i = 1; i <= 3; i++) await turn(store, 'telegram:1', `m${i}`);

    await redis.kill();
    const load = await failure(() => store.load('telegram:1', 'm4'));
    const commit = await failure(() => store.commit('telegram:1', 3, sessionFor('1'), 'm4'));
    for (const { error, ms } of [load, commit]) {
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(ms).toBeLessThan(500);
    }
    expect((load.error as Error).message).toMatch(/Can't reach Redis at redis:\/\/127\.0\.0\.1/);

    await redis.restart();
    const after = await eventually(() => store.load('telegram:1', 'm3'), 10_000);
    expect(after.duplicate).toBe(true);
    expect(after.revision).toBe(3);
    expect(after.session?.journal.map((entry) => entry.text)).toEqual(['entry 1', 'entry 2', 'entry 3']);
    await turn(store, 'telegram:1', 'm4');
    expect((await store.load('telegram:1')).session?.journal).toHaveLength(4);
  });

  it('never leaves a half-written session when Redis is killed in the middle of a stream of commits', async () => {
    const redis = await startRedis({ persist: true });
    cleanup.push(() => redis.stop());
    const stores = await Promise.all([1, 2].map(() => RedisStore.connect({ url: redis.url, requireConnection: true })));
    cleanup.push(async () => void (await Promise.all(stores.map((store) => store.close()))));

    let stop = false;
    const outcomes = { answered: 0, unavailable: 0 };
    const writers = stores.map(async (store, writer) => {
      for (let i = 0; !stop; i++) {
        try {
          await turn(store, 'telegram:2', `w${writer}-${i}`);
          outcomes.answered++;
        } catch (error) {
          if (!(error instanceof StoreUnavailableError)) throw error;
          outcomes.unavailable++;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await redis.restart();
    await eventually(() => stores[0]!.load('telegram:2'), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 150));
    stop = true;
    await Promise.all(writers);

    expect(outcomes.unavailable).toBeGreaterThan(0);
    const { session, revision } = await stores[1]!.load('telegram:2');
    expect(session?.journal).toHaveLength(revision);
    expect(session?.journal.map((entry) => entry.text)).toEqual(Array.from({ length: revision }, (_, i) => `entry ${i + 1}`));
  });

  it('starts even while Redis is down, answers StoreUnavailableError, and connects once Redis comes up', async () => {
    const port = await freePort();
    const store = await RedisStore.connect({ url: `redis://127.0.0.1:${port}`, startupTimeoutMs: 300 });
    cleanup.push(() => store.close());
    const { error, ms } = await failure(() => store.load('telegram:3', 'm1'));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(ms).toBeLessThan(500);

    const redis = await startRedis({ port });
    cleanup.push(() => redis.stop());
    expect(await eventually(() => store.commit('telegram:3', 0, sessionFor('3'), 'm1'), 10_000)).toBe('ok');
  });

  it('refuses to start with requireConnection when Redis is down, saying what to check', async () => {
    const port = await freePort();
    await expect(RedisStore.connect({ url: `redis://127.0.0.1:${port}`, startupTimeoutMs: 300, requireConnection: true })).rejects.toThrow(
      /Can't reach Redis at redis:\/\/127\.0\.0\.1:\d+ within 300 ms\. Check REDIS_URL/,
    );
  });
});
