import { afterEach } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../adapters/telegram/index.ts';
import type { TurnHandler } from '../../src/engine/turn-handler.ts';
import type { Inbound } from '../../src/inbound.ts';
import type { ConversationAddress } from '../../src/address.ts';
import type { Reply } from '../../src/reply.ts';
import { buildEngine } from '../../src/app.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { FakeTelegramBotApi, type Injected, type SentMessage, type TgUser } from './telegram-bot-api.ts';

/** The webhook secret used in tests. */
export const TEST_WEBHOOK_SECRET = 'test-secret-0123456789abcdef';
/** The public URL registered in webhook tests; nothing connects to it — the stand-in routes POSTs to the local server. */
export const TEST_WEBHOOK_URL = 'https://kintsugi.example.test/telegram/hook';

/** An engine (the real one) plus what it was asked, recorded by delegation. */
export interface RecordingEngine extends TurnHandler {
  /** Every inbound the channel handed over. */
  inbounds: Inbound[];
  /** Every address reported unreachable. */
  unreachable: ConversationAddress[];
}

/**
 * Wraps a real engine so tests can see what the channel handed it. Every call goes through
 * to the engine unchanged; `delayMs` makes each turn slower (to show the typing indicator).
 */
export function recording(engine: TurnHandler, delayMs = 0): RecordingEngine {
  const inbounds: Inbound[] = [];
  const unreachable: ConversationAddress[] = [];
  return {
    inbounds,
    unreachable,
    async handle(inbound: Inbound): Promise<Reply[]> {
      inbounds.push(inbound);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return engine.handle(inbound);
    },
    async markUnreachable(address: ConversationAddress): Promise<void> {
      unreachable.push(address);
      await engine.markUnreachable(address);
    },
    commands: () => engine.commands(),
  };
}

/** A started channel against a started stand-in. */
export interface TelegramRig {
  api: FakeTelegramBotApi;
  channel: TelegramChannel;
  engine: RecordingEngine;
  /** Injects an update, waits until the bot has processed it, and returns the messages it sent meanwhile. */
  turn(inject: () => Injected): Promise<SentMessage[]>;
  /** Stops the channel and starts a fresh one (empty memory) against the same stand-in and engine, like a process restart. */
  restart(): Promise<void>;
  /** Stops the channel and the stand-in. */
  close(): Promise<void>;
}

/** How {@link startRig} runs the channel. */
export interface RigOptions {
  webhook?: boolean;
  delayMs?: number;
  typingAfterMs?: number;
}

/** Starts the stand-in and the channel (long polling, or webhook mode) around `engine`. */
export async function startRig(engine: TurnHandler, options: RigOptions = {}): Promise<TelegramRig> {
  const api = await FakeTelegramBotApi.start();
  const recorded = recording(engine, options.delayMs);
  const launch = async (): Promise<TelegramChannel> => {
    const channel = createTelegramChannel({
      token: api.token,
      engine: recorded,
      apiRoot: api.apiRoot,
      retry: { backoffMs: 20 },
      ...(options.typingAfterMs !== undefined ? { typingAfterMs: options.typingAfterMs } : {}),
      ...(options.webhook ? { webhook: { url: TEST_WEBHOOK_URL, secret: TEST_WEBHOOK_SECRET, port: 0, host: '127.0.0.1' } } : {}),
    });
    await channel.start();
    if (options.webhook) api.routeWebhookTo(`http://127.0.0.1:${channel.webhookPort}`);
    return channel;
  };
  const rig: TelegramRig = {
    api,
    channel: await launch(),
    engine: recorded,
    async restart() {
      await rig.channel.stop();
      rig.channel = await launch();
    },
    async turn(inject) {
      const before = new Set(api.sent);
      await inject().processed();
      return api.sent.filter((message) => !before.has(message));
    },
    async close() {
      await rig.channel.stop();
      await api.close();
    },
  };
  return rig;
}

/** The texts of messages, joined for matching. */
export function textOf(messages: readonly SentMessage[]): string {
  return messages.map((message) => message.text ?? message.caption ?? '').join('\n');
}

/** The callback buttons shown under a message. */
export function buttonsOf(message: SentMessage | undefined): string[] {
  return message?.reply_markup?.inline_keyboard.flat().filter((b) => b.callback_data !== undefined).map((b) => b.text) ?? [];
}

export type { TgUser };

/** The real engine with every flow wired, on a fresh in-memory store. */
export function realEngine(): Engine {
  return buildEngine({ store: new MemoryStore() });
}

/**
 * For a describe block: `start()` runs a rig around a fresh real engine; every rig and engine
 * started is closed after each test. `current` is the latest rig.
 *
 * @example const rigs = useRigs({ webhook: true }); const { api } = await rigs.start();
 */
export function useRigs(defaults: RigOptions = {}): { start(options?: RigOptions): Promise<TelegramRig>; readonly current: TelegramRig } {
  const rigs: TelegramRig[] = [];
  const engines: Engine[] = [];
  afterEach(async () => {
    for (const rig of rigs.splice(0)) await rig.close();
    for (const engine of engines.splice(0)) await engine.close();
  });
  return {
    async start(options = {}) {
      const engine = realEngine();
      engines.push(engine);
      const rig = await startRig(engine, { ...defaults, ...options });
      rigs.push(rig);
      return rig;
    },
    get current() {
      const rig = rigs.at(-1);
      if (!rig) throw new Error('No rig is running: call start() first.');
      return rig;
    },
  };
}
