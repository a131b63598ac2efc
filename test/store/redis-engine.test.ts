import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/app.ts';
import type { Inbound } from '../../src/inbound.ts';
import type { Reply } from '../../src/reply.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import type { RedisStore } from '../../src/store/redis-store.ts';
import { playConversation, type Exchange } from '../support/redis-conversation-script.ts';
import { EngineProcess } from '../support/redis-engine-client.ts';
import { connectTestStore, testRedisUrl, uniquePrefix } from '../support/redis.ts';

const NOW = 1_760_000_000_000;
const CONVERSATIONS = 8;
const TURNS = 40;

describe('two engine processes sharing one Redis', () => {
  const prefix = uniquePrefix();
  let bots: EngineProcess[] = [];
  let store: RedisStore;

  beforeAll(async () => {
    bots = await Promise.all([0, 1].map(() => EngineProcess.start({ redisUrl: testRedisUrl(), keyPrefix: prefix, now: NOW })));
    store = await connectTestStore({ keyPrefix: prefix });
  }, 60_000);
  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await store?.close();
  });

  it('answers hundreds of concurrent messages once each, in order, ending where a sequential run ends', async () => {
    const ids = Array.from({ length: CONVERSATIONS }, (_, i) => `${100 + i}`);
    const reference = new MemoryStore();
    const sequentialEngine = buildEngine({ store: reference, now: () => NOW });
    const sequential: Exchange[][] = [];
    for (const id of ids) sequential.push(await playConversation(id, TURNS, NOW, (inbound) => sequentialEngine.handle(inbound)));

    const concurrent = await Promise.all(
      ids.map((id, c) => playConversation(id, TURNS, NOW, (inbound, turn) => bots[(turn + c) % 2]!.handle(inbound))),
    );

    expect(ids.length * TURNS).toBeGreaterThanOrEqual(300);
    for (const [c, id] of ids.entries()) {
      expect(concurrent[c]!.every((exchange) => exchange.replies.length > 0)).toBe(true);
      expect(concurrent[c]).toEqual(sequential[c]);
      const shared = await store.load(`telegram:${id}`);
      const alone = await reference.load(`telegram:${id}`);
      expect(shared.session).toEqual(alone.session);
      expect(shared.revision).toBe(alone.revision);
    }
    await sequentialEngine.close();
  });

  it('answers a message delivered to both processes at the same moment exactly once', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `${200 + i}`);
    const results = await Promise.all(
      ids.map(async (id) => {
        const first: Inbound = { channel: 'telegram', conversationId: id, userId: id, messageId: `${id}-start`, text: '/start', timestamp: NOW };
        const started = await bots[0]!.handle(first);
        const { revision } = await store.load(`telegram:${id}`);
        const choice = started.flatMap((reply) => reply.choices ?? [])[0]?.id;
        const retried: Inbound = { ...first, messageId: `${id}-twice`, text: choice ? undefined : 'ok', choice };
        const answers = await Promise.all(bots.map((bot) => bot.handle(retried)));
        const later = await bots[1]!.handle(retried);
        return { answers, later, revisionsAdded: (await store.load(`telegram:${id}`)).revision - revision };
      }),
    );
    for (const { answers, later, revisionsAdded } of results) {
      expect(answers.filter((replies) => replies.length > 0)).toHaveLength(1);
      expect(later).toEqual([]);
      expect(revisionsAdded).toBe(1);
    }
  });

  it('loses no update when one person\'s fast messages land on both processes at once', async () => {
    const id = '300';
    const send = (bot: EngineProcess, messageId: string, text: string): Promise<Reply[]> =>
      bot.handle({ channel: 'telegram', conversationId: id, userId: id, messageId, text, timestamp: NOW });
    await send(bots[0]!, 'start', '/start');
    const conflictsBefore = (await Promise.all(bots.map((bot) => bot.stats()))).reduce((sum, s) => sum + s.commits.conflict, 0);

    const burst = Array.from({ length: 30 }, (_, i) => send(bots[i % 2]!, `fast-${i}`, i % 2 ? 'ok' : 'not sure'));
    const answers = await Promise.all(burst);

    const conflicts = (await Promise.all(bots.map((bot) => bot.stats()))).reduce((sum, s) => sum + s.commits.conflict, 0) - conflictsBefore;
    expect(answers.every((replies) => replies.length > 0)).toBe(true);
    expect(conflicts).toBeGreaterThan(0);
    expect((await store.load(`telegram:${id}`)).revision).toBe(1 + 30);
  });
});
