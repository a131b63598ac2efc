/**
 * A bot process for the multi-process tests: a full engine (`buildEngine`) with its own
 * RedisStore, speaking JSON lines over stdio. Handles requests concurrently, as a real process
 * serving many chats would.
 *
 * Environment: REDIS_URL, KEY_PREFIX, FIXED_NOW (the engine's clock, ms since epoch).
 * stdin:  {"id":1,"inbound":{…}} | {"id":2,"stats":true}
 * stdout: {"ready":true} once, then {"id":1,"replies":[…]} | {"id":2,"stats":{…}} | {"id":1,"error":"…"}
 * Closes the store and exits when stdin ends.
 */
import { createInterface } from 'node:readline';
import { buildEngine } from '../../src/app.ts';
import type { Inbound } from '../../src/inbound.ts';
import { RedisStore } from '../../src/store/redis-store.ts';

interface Request {
  id: number;
  inbound?: Inbound;
  stats?: boolean;
}

const url = process.env.REDIS_URL;
if (!url) throw new Error('redis-engine-worker needs REDIS_URL');
const fixedNow = Number(process.env.FIXED_NOW ?? Date.now());
const store = await RedisStore.connect({ url, keyPrefix: process.env.KEY_PREFIX, requireConnection: true });
const engine = buildEngine({ store, now: () => fixedNow });
const write = (message: object): void => void process.stdout.write(`${JSON.stringify(message)}\n`);

const pending = new Set<Promise<void>>();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const request = JSON.parse(line) as Request;
  if (request.stats) return write({ id: request.id, stats: store.stats });
  const work = (async () => {
    try {
      write({ id: request.id, replies: await engine.handle(request.inbound!) });
    } catch (error) {
      write({ id: request.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  })();
  pending.add(work);
  void work.finally(() => pending.delete(work));
});
lines.on('close', () => {
  void Promise.all(pending).then(async () => {
    await engine.close();
    process.exit(0);
  });
});
write({ ready: true });
