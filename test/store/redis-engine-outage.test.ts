import { afterEach, describe, expect, it } from 'vitest';
import { crisisFallback } from '../../flows/crisis/fallback.ts';
import { buildEngine } from '../../src/app.ts';
import { engineCopy } from '../../src/engine/copy.ts';
import type { Reply } from '../../src/reply.ts';
import { screenText } from '../../src/safety/screen.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { RedisStore } from '../../src/store/redis-store.ts';
import { nextMessage } from '../support/redis-conversation-script.ts';
import { startRedis } from '../support/redis-process.ts';

const NOW = 1_760_000_000_000;

/** Sends `inbound` until the reply is no longer the "can't reach my memory" one, for at most 10 s. */
async function onceRedisIsBack(send: () => Promise<Reply[]>): Promise<Reply[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const replies = await send();
    if (replies[0]?.text !== engineCopy.storeDown || Date.now() > deadline) return replies;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the bot when redis-server dies mid-conversation', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('still answers (crisis lines in full), then carries on exactly where it was once Redis is back', async () => {
    const redis = await startRedis({ persist: true });
    cleanup.push(() => redis.stop());
    const store = await RedisStore.connect({ url: redis.url, requireConnection: true });
    cleanup.push(() => store.close());
    const engine = buildEngine({ store, now: () => NOW });
    const reference = buildEngine({ store: new MemoryStore(), now: () => NOW });

    let previous: Reply[] = [];
    for (let turn = 0; turn < 6; turn++) {
      const inbound = nextMessage('telegram', '1', turn, previous, NOW);
      previous = await engine.handle(inbound);
      expect(previous).toEqual(await reference.handle(inbound));
    }

    await redis.kill();
    const base = { channel: 'telegram', conversationId: '1', userId: '1', timestamp: NOW, timeZone: 'Europe/London' };
    expect(await engine.handle({ ...base, messageId: 'down-1', text: 'ok' })).toEqual([{ text: engineCopy.storeDown }]);
    const crisisText = 'I want to kill myself';
    const crisis = await engine.handle({ ...base, messageId: 'down-2', text: crisisText });
    expect(screenText(crisisText)).not.toBeNull();
    expect(crisis).toEqual(crisisFallback(screenText(crisisText), { timeZone: 'Europe/London' }));
    expect(crisis.flatMap((reply) => reply.links ?? []).length).toBeGreaterThan(0);

    await redis.restart();
    const next = nextMessage('telegram', '1', 6, previous, NOW);
    expect(await onceRedisIsBack(() => engine.handle(next))).toEqual(await reference.handle(next));
  });
});
