import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { buildEngine } from '../src/app.ts';
import type { Session } from '../src/session.ts';
import { RedisStore } from '../src/store/redis-store.ts';
import { playConversation } from '../test/support/redis-conversation-script.ts';
import { sessionFor } from '../test/support/redis-fixtures.ts';
import { startRedis } from '../test/support/redis-process.ts';

const CONVERSATIONS = 64;
const TURNS_PER_CONVERSATION = 150;

/** One ordinary turn as the engine does it: load (with dedupe check), change, commit; redo on conflict. */
async function turn(store: RedisStore, key: string, messageId: string): Promise<void> {
  for (;;) {
    const { session, revision } = await store.load(key, messageId);
    const next: Session = session ?? sessionFor(key, 5);
    next.updatedAt = revision;
    if ((await store.commit(key, revision, next, messageId)) !== 'conflict') return;
  }
}

/** Runs every conversation's turns in order, all conversations at once, spread over `stores`. */
async function measure(label: string, stores: RedisStore[], keyOf: (conversation: number) => string): Promise<void> {
  const before = stores.reduce((sum, store) => sum + store.stats.roundTrips, 0);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, conversation) => {
      for (let i = 0; i < TURNS_PER_CONVERSATION; i++) {
        await turn(stores[i % stores.length]!, keyOf(conversation), `${conversation}-${i}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const turns = CONVERSATIONS * TURNS_PER_CONVERSATION;
  const roundTrips = stores.reduce((sum, store) => sum + store.stats.roundTrips, 0) - before;
  console.log(`${label}: ${Math.round(turns / seconds)} turns/s (${turns} turns, ${CONVERSATIONS} conversations at once)`);
  console.log(`${label}: ${(roundTrips / turns).toFixed(2)} Redis round trips/turn`);
}

/** Whole engine turns (scripted conversations through every flow) over Redis: the real per-turn cost. */
async function engineTurns(store: RedisStore): Promise<void> {
  const engine = buildEngine({ store });
  const conversations = 32;
  const turnsEach = 40;
  const before = store.stats.roundTrips;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, (_, c) => playConversation(`${1000 + c}`, turnsEach, Date.now(), (inbound) => engine.handle(inbound))),
  );
  const seconds = (performance.now() - started) / 1000;
  const turns = conversations * turnsEach;
  console.log(`engine over redis: ${Math.round(turns / seconds)} turns/s (${turns} turns, ${conversations} conversations at once)`);
  console.log(`engine over redis: ${((store.stats.roundTrips - before) / turns).toFixed(2)} Redis round trips/turn`);
}

/**
 * Not an ordinary turn: two writers race on the same conversations with no per-key queue, so
 * compare-and-swap conflicts force redos. Shows what contention costs.
 */
async function contended(stores: RedisStore[]): Promise<void> {
  const before = stores.reduce((sum, store) => sum + store.stats.roundTrips, 0);
  const conflictsBefore = stores.reduce((sum, store) => sum + store.stats.commits.conflict, 0);
  const conversations = 8;
  const turnsEach = 250;
  await Promise.all(
    stores.flatMap((store, writer) =>
      Array.from({ length: conversations }, async (_, conversation) => {
        for (let i = 0; i < turnsEach; i++) await turn(store, `contended:${conversation}`, `${writer}-${i}`);
      }),
    ),
  );
  const turns = stores.length * conversations * turnsEach;
  const roundTrips = stores.reduce((sum, store) => sum + store.stats.roundTrips, 0) - before;
  const conflicts = stores.reduce((sum, store) => sum + store.stats.commits.conflict, 0) - conflictsBefore;
  console.log(
    `redis store, 2 writers racing on one conversation: ${(roundTrips / turns).toFixed(2)} round trips/turn, ${(conflicts / turns).toFixed(2)} conflicts/turn (${turns} turns)`,
  );
}

/**
 * Session-store throughput against a local redis-server this script starts, and the number of
 * Redis round trips per ordinary turn (load + commit; at most 2).
 */
export default async function run(): Promise<void> {
  const redis = await startRedis();
  const stores: RedisStore[] = [];
  const open = async (encryptionKeys: Buffer[] = []): Promise<RedisStore> => {
    const store = await RedisStore.connect({ url: redis.url, keyPrefix: 'bench', encryptionKeys, requireConnection: true });
    stores.push(store);
    return store;
  };
  try {
    await measure('redis store', [await open()], (c) => `plain:${c}`);
    await measure('redis store, encrypted', [await open([randomBytes(32)])], (c) => `encrypted:${c}`);
    await measure('redis store, 2 connections alternating', [await open(), await open()], (c) => `shared:${c}`);
    await contended([await open(), await open()]);
    await engineTurns(await open());
  } finally {
    await Promise.all(stores.map((store) => store.close()));
    await redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
