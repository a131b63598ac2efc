import { pino, type Logger } from 'pino';
import { Telegraf, type Telegram } from 'telegraf';
import type { CallbackQuery, ChatMemberUpdated, Message, Update } from 'telegraf/types';
import type { ConversationAddress } from '../../src/address.ts';
import type { TurnHandler } from '../../src/engine/turn-handler.ts';
import type { Inbound } from '../../src/inbound.ts';
import { say, type Reply } from '../../src/reply.ts';
import { toBotCommands } from './bot-commands.ts';
import { ChoiceCodec } from './callback-data.ts';
import { KeyedQueue } from '../../src/keyed-queue.ts';
import { telegramCopy } from './copy.ts';
import { inboundFromCallback, inboundFromMessage, telegramAddress } from './inbound-from-update.ts';
import { KeyboardTracker } from './keyboard-tracker.ts';
import { checkWebhook, explainStartFailure, type TelegramChannelOptions, type TelegramWebhookOptions } from './options.ts';
import { TelegramSender } from './sender.ts';
import { DEFAULT_RETRY, UnreachableError, describe } from './telegram-call.ts';
import { startTypingIndicator } from './typing-indicator.ts';
import { startWebhookServer, type WebhookServer } from './webhook-server.ts';

export type { TelegramChannelOptions, TelegramWebhookOptions } from './options.ts';

/** A running (or ready to run) Telegram channel. */
export interface TelegramChannel {
  /** Checks the token, registers the command menu, then starts long polling or the webhook server. */
  start(): Promise<void>;
  /** Stops receiving updates and waits for turns and deliveries under way to finish. */
  stop(): Promise<void>;
  /**
   * Sends replies to a conversation without the person writing first (a nudge, a reminder),
   * in order with everything else sent to that chat. Resolves quietly when the person has
   * blocked the bot (the engine is told); rejects when Telegram keeps failing.
   */
  send(address: ConversationAddress, replies: readonly Reply[]): Promise<void>;
  /** In webhook mode, the port the webhook server listens on, once started. */
  readonly webhookPort: number | undefined;
  /** The bot's @username, once started. */
  readonly username: string | undefined;
}

/** The update types the channel handles; Telegram sends no others. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

const GROUP_NOTICE_EVERY_MS = 60 * 60 * 1000;

/**
 * Creates the Telegram channel: Telegraf underneath, the engine's {@link TurnHandler} on
 * top, and nothing about flows in between. Private-chat messages and button presses become
 * {@link Inbound}s (`messageId` is `u<update_id>`, so redelivered updates are answered once);
 * replies are rendered as plain text with inline keyboards; group chats are asked to talk
 * in private; a person who blocks the bot is reported to the engine and no longer sent to.
 *
 * @example
 * const channel = createTelegramChannel({ token: process.env.TELEGRAM_BOT_TOKEN!, engine });
 * await channel.start();
 */
export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  return new TelegramBotChannel(options);
}

class TelegramBotChannel implements TelegramChannel {
  readonly #bot: Telegraf;
  readonly #telegram: Telegram;
  readonly #engine: TurnHandler;
  readonly #logger: Logger;
  readonly #webhook: TelegramWebhookOptions | undefined;
  readonly #typingAfterMs: number;
  readonly #codec = new ChoiceCodec();
  readonly #tracker = new KeyboardTracker();
  readonly #queue = new KeyedQueue();
  readonly #sender: TelegramSender;
  readonly #unreachable = new Set<string>();
  readonly #groupNoticeAt = new Map<string, number>();
  #polling: Promise<void> | undefined;
  #server: WebhookServer | undefined;
  #username: string | undefined;
  #state: 'new' | 'running' | 'stopped' = 'new';

  constructor(options: TelegramChannelOptions) {
    if (!options.token) throw new Error('The Telegram channel needs a bot token: set TELEGRAM_BOT_TOKEN to the token @BotFather gave you.');
    if (options.webhook) checkWebhook(options.webhook);
    this.#bot = new Telegraf(options.token, {
      telegram: { webhookReply: false, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) },
    });
    this.#telegram = this.#bot.telegram;
    this.#engine = options.engine;
    this.#logger = (options.logger ?? pino({ enabled: false })).child({ channel: 'telegram' });
    this.#webhook = options.webhook;
    this.#typingAfterMs = options.typingAfterMs ?? 800;
    this.#sender = new TelegramSender(this.#telegram, this.#codec, this.#tracker, this.#logger, {
      ...DEFAULT_RETRY,
      ...options.retry,
    });
    this.#bot.use(async (ctx) => {
      try {
        await this.#route(ctx.update);
      } catch (error) {
        this.#logger.error({ updateId: ctx.update.update_id, error: describe(error) }, 'Telegram update failed');
      }
    });
    this.#bot.catch((error) => this.#logger.error({ error: describe(error) }, 'Telegram update failed'));
  }

  get webhookPort(): number | undefined {
    return this.#server?.port;
  }

  get username(): string | undefined {
    return this.#username;
  }

  async start(): Promise<void> {
    if (this.#state !== 'new') throw new Error('This Telegram channel was already started; create a new one to start again.');
    this.#state = 'running';
    const me = await this.#telegram.getMe().catch((error: unknown) => {
      this.#state = 'stopped';
      throw explainStartFailure(error);
    });
    this.#bot.botInfo = me;
    this.#username = me.username;
    await this.#registerCommands();
    if (this.#webhook) await this.#startWebhook(this.#webhook);
    else this.#startPolling();
    this.#logger.info({ bot: me.username, mode: this.#webhook ? 'webhook' : 'polling' }, 'Telegram channel started');
  }

  async stop(): Promise<void> {
    if (this.#state !== 'running') return;
    this.#state = 'stopped';
    if (this.#polling) await this.#stopPolling(this.#polling);
    await this.#server?.close();
    await this.#queue.drain();
    this.#logger.info('Telegram channel stopped');
  }

  send(address: ConversationAddress, replies: readonly Reply[]): Promise<void> {
    return this.#queue.run(address.conversationId, () => this.#deliver(address, replies, true));
  }

  async #registerCommands(): Promise<void> {
    const commands = toBotCommands(this.#engine.commands());
    if (commands.length === 0) return;
    try {
      await this.#sender.call('setMyCommands', () => this.#telegram.setMyCommands(commands));
    } catch (error) {
      this.#logger.warn({ error: describe(error) }, 'Could not register the command menu; the bot works without it');
    }
  }

  #startPolling(): void {
    this.#polling = this.#bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).catch((error: unknown) => {
      this.#logger.error(
        { error: describe(error) },
        'Telegram long polling stopped. If the error is 409, another process polls with this token or a webhook is set; stop it or use one mode.',
      );
    });
  }

  /** Stops long polling; Telegraf refuses until its polling loop exists, which is a moment after `launch`. */
  async #stopPolling(polling: Promise<void>): Promise<void> {
    let ended = false;
    void polling.then(() => (ended = true));
    while (!ended) {
      try {
        this.#bot.stop('channel stopped');
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    await polling;
  }

  async #startWebhook(webhook: TelegramWebhookOptions): Promise<void> {
    const url = new URL(webhook.url);
    const path = webhook.path ?? url.pathname + url.search;
    const handler = this.#bot.webhookCallback(path, { secretToken: webhook.secret });
    this.#server = await startWebhookServer(handler, webhook.port, webhook.host ?? '127.0.0.1');
    try {
      await this.#sender.call('setWebhook', () =>
        this.#telegram.setWebhook(webhook.url, {
          secret_token: webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
          drop_pending_updates: false,
        }),
      );
    } catch (error) {
      await this.#server.close();
      this.#state = 'stopped';
      throw new Error(`Telegram refused the webhook URL (${describe(error)}). It must be a public https:// URL on port 443, 80, 88 or 8443.`, {
        cause: error,
      });
    }
  }

  async #route(update: Update): Promise<void> {
    if ('message' in update) return this.#onMessage(update.update_id, update.message, false);
    if ('edited_message' in update) return this.#onMessage(update.update_id, update.edited_message as Message, true);
    if ('callback_query' in update) return this.#onButton(update.update_id, update.callback_query);
    if ('my_chat_member' in update) return this.#onMembership(update.my_chat_member);
  }

  async #onMessage(updateId: number, message: Message, edited: boolean): Promise<void> {
    const chat = message.chat;
    if (chat.type === 'group' || chat.type === 'supergroup') return this.#groupNotice(String(chat.id));
    if (chat.type !== 'private') return;
    const inbound = inboundFromMessage(updateId, message, edited);
    if (inbound) await this.#turn(inbound);
  }

  async #onButton(updateId: number, query: CallbackQuery): Promise<void> {
    const message = query.message;
    if (!message) return this.#answer(query.id);
    if (message.chat.type !== 'private') return this.#answer(query.id, telegramCopy.groupButton);
    const chatId = String(message.chat.id);
    const choice = 'data' in query ? this.#codec.decode(query.data) : undefined;
    const kind = choice === undefined ? 'stale' : this.#tracker.classify(chatId, message.message_id);

    if (choice !== undefined && kind === 'current') {
      const answered = this.#tracker.consume(chatId)!;
      await this.#answer(query.id);
      const inbound = inboundFromCallback(updateId, query, message.chat, choice);
      return this.#turn(inbound, () => this.#sender.markAnswered(chatId, answered, choice));
    }
    if (choice !== undefined && kind === 'unknown') {
      await this.#answer(query.id);
      const inbound = inboundFromCallback(updateId, query, message.chat, choice);
      return this.#turn(inbound, () => this.#sender.removeKeyboard(chatId, message.message_id));
    }

    const sentBefore = this.#tracker.sentCount(chatId);
    const current = this.#tracker.active(chatId)?.reply ?? this.#tracker.last(chatId);
    await this.#answer(query.id, current ? telegramCopy.staleButtonResent : telegramCopy.staleButton);
    const address = telegramAddress(message.chat, query.from);
    await this.#queue.run(chatId, async () => {
      if (this.#tracker.active(chatId)?.messageId !== message.message_id) {
        await this.#sender.removeKeyboard(chatId, message.message_id);
      }
      const nothingNewSince = this.#tracker.sentCount(chatId) === sentBefore;
      const where = this.#tracker.active(chatId)?.reply ?? this.#tracker.last(chatId);
      if (nothingNewSince && where) await this.#deliver(address, [where], false);
    });
  }

  async #onMembership(update: ChatMemberUpdated): Promise<void> {
    const chatId = String(update.chat.id);
    const status = update.new_chat_member.status;
    if (update.chat.type === 'private') {
      if (status === 'kicked') await this.#markUnreachable(telegramAddress(update.chat, update.from));
      else if (status === 'member') this.#unreachable.delete(chatId);
      return;
    }
    if ((update.chat.type === 'group' || update.chat.type === 'supergroup') && (status === 'member' || status === 'administrator')) {
      await this.#groupNotice(chatId);
    }
  }

  /** Runs one engine turn for a private chat, in order with the chat's other turns, then delivers its replies. */
  #turn(inbound: Inbound, before?: () => Promise<void>): Promise<void> {
    const address = inbound.address ?? { channel: inbound.channel, conversationId: inbound.conversationId, userId: inbound.userId };
    const chatId = address.conversationId;
    return this.#queue.run(chatId, async () => {
      this.#unreachable.delete(chatId);
      if (before) await before();
      const stopTyping = startTypingIndicator(() => this.#telegram.sendChatAction(chatId, 'typing'), this.#typingAfterMs);
      let replies: Reply[];
      try {
        replies = await this.#engine.handle(inbound);
      } catch (error) {
        this.#logger.error({ error: describe(error) }, 'The engine failed a Telegram turn');
        replies = [say(telegramCopy.somethingWentWrong)];
      } finally {
        stopTyping();
      }
      await this.#deliver(address, replies, false);
    });
  }

  /** Delivers replies unless the person is known to be unreachable; a 403 marks them so. */
  async #deliver(address: ConversationAddress, replies: readonly Reply[], rethrow: boolean): Promise<void> {
    const chatId = address.conversationId;
    if (this.#unreachable.has(chatId) || replies.length === 0) return;
    try {
      await this.#sender.deliver(chatId, replies);
    } catch (error) {
      if (error instanceof UnreachableError) return this.#markUnreachable(address);
      this.#logger.error({ error: describe(error) }, 'Could not deliver a reply on Telegram');
      if (rethrow) throw error;
    }
  }

  async #markUnreachable(address: ConversationAddress): Promise<void> {
    const chatId = address.conversationId;
    if (this.#unreachable.has(chatId)) return;
    this.#unreachable.add(chatId);
    this.#tracker.forget(chatId);
    this.#logger.info('A Telegram user blocked the bot; no more messages go to them');
    try {
      await this.#engine.markUnreachable(address);
    } catch (error) {
      this.#logger.error({ error: describe(error) }, 'The engine could not record that a Telegram user is unreachable');
    }
  }

  async #groupNotice(chatId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.#groupNoticeAt.get(chatId) ?? -Infinity) < GROUP_NOTICE_EVERY_MS) return;
    if (this.#groupNoticeAt.size > 10_000) this.#groupNoticeAt.clear();
    this.#groupNoticeAt.set(chatId, now);
    const notice: Reply = {
      text: telegramCopy.groupNotice,
      ...(this.#username ? { links: [{ label: telegramCopy.openPrivateChat, url: `https://t.me/${this.#username}` }] } : {}),
    };
    await this.#queue.run(chatId, async () => {
      try {
        await this.#sender.deliver(chatId, [notice]);
      } catch (error) {
        this.#logger.warn({ error: describe(error) }, 'Could not post the private-chat notice in a group');
      }
    });
  }

  async #answer(queryId: string, text?: string): Promise<void> {
    try {
      await this.#sender.call('answerCallbackQuery', () => this.#telegram.answerCbQuery(queryId, text));
    } catch (error) {
      this.#logger.warn({ error: describe(error) }, 'Could not answer a button press');
    }
  }
}
