import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClientType } from 'redis';
import { buildEngine } from '../../src/app.ts';
import { engineCopy } from '../../src/engine/copy.ts';
import { redisKeyOf } from '../../src/store/redis-keys.ts';
import type { RedisStore } from '../../src/store/redis-store.ts';
import { connectTestStore, rawClient, scanKeys, uniquePrefix } from '../support/redis.ts';

describe('/forget with sessions in Redis', () => {
  const prefix = uniquePrefix();
  let raw: RedisClientType;
  let store: RedisStore;

  beforeAll(async () => {
    raw = await rawClient();
    store = await connectTestStore({ keyPrefix: prefix });
  });
  afterAll(async () => {
    await store.close();
    await raw.close();
  });

  it('leaves no key about the person in Redis, and other people untouched', async () => {
    const engine = buildEngine({ store });
    let n = 0;
    const send = (id: string, message: { text?: string; choice?: string }) =>
      engine.handle({ channel: 'telegram', conversationId: id, userId: id, messageId: String(++n), timestamp: Date.now(), ...message });
    for (const id of ['1', '2']) {
      await send(id, { text: '/start' });
      await send(id, { choice: 'yes' });
    }
    await raw.set(redisKeyOf(prefix, 'telegram:1', 'schedule'), 'weekly check-in');
    expect((await scanKeys(raw, prefix)).filter((key) => key.includes('{telegram:1}'))).toHaveLength(3);

    expect((await send('1', { text: '/forget' })).flatMap((reply) => reply.choices ?? []).map((choice) => choice.id)).toContain('erase');
    const erased = await send('1', { choice: 'erase' });

    expect(erased.map((reply) => reply.text)).toEqual([...engineCopy.erased]);
    expect(await scanKeys(raw, prefix)).toEqual([redisKeyOf(prefix, 'telegram:2', 'dedupe'), redisKeyOf(prefix, 'telegram:2', 'session')]);
  });
});
