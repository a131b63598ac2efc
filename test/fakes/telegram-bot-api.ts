import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Telegram Bot API on 127.0.0.1, for end-to-end tests with the real
 * `telegraf`. It implements the methods the channel uses, with the real API's behaviour where
 * a bug could hide: `getUpdates` holds the request open until an update arrives or `timeout`
 * passes and confirms updates by `offset`; `getUpdates` is refused while a webhook is set;
 * message length, button data and button URLs are validated; a callback query can be
 * answered once; an edit that changes nothing is refused; blocked chats get 403. Tests inject
 * updates as a user would cause them (text, button press, photo, edit, group message,
 * blocking the bot), inject failures (429 with `retry_after`, 403), and read back every call.
 *
 * In webhook mode it POSTs each update to the bot's webhook server, with the registered
 * secret in `X-Telegram-Bot-Api-Secret-Token`, and executes a method found in the response
 * body (a "webhook reply"), as Telegram does.
 *
 * @example
 * const api = await FakeTelegramBotApi.start();
 * const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
 * const ana = api.newUser();
 * await api.sendText(ana, '/start').processed();
 */
export class FakeTelegramBotApi {
  /** The bot token the stand-in accepts; any other gets 401. */
  readonly token = '123456789:AAFakeTokenForLocalTestsOnly_0123456';
  /** What `getMe` returns. */
  readonly bot: TgUser = {
    id: 123456789,
    is_bot: true,
    first_name: 'Kintsugi',
    username: 'kintsugi_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };
  /** Every API call received, in order, including failed ones and webhook replies. */
  readonly calls: ApiCall[] = [];
  /** Every message the bot sent, in its current state (edits applied). */
  readonly sent: SentMessage[] = [];
  /** Every webhook POST made to the bot, in order. */
  readonly webhookDeliveries: WebhookDelivery[] = [];
  /** The command menu from the last `setMyCommands`. */
  commands: Array<{ command: string; description: string }> = [];
  /** The webhook from the last `setWebhook`, until `deleteWebhook`. */
  webhook: { url: string; secret_token?: string; allowed_updates?: string[] } | undefined;

  readonly #server: Server;
  #webhookOrigin: string | undefined;
  #webhookChain: Promise<void> = Promise.resolve();
  #nextUpdateId = 700_000;
  #nextUserId = 4_100;
  #nextQueryId = 1;
  readonly #pending: PendingUpdate[] = [];
  #waiter: Waiter | undefined;
  readonly #messageIds = new Map<number, number>();
  readonly #chats = new Map<number, TgChat>();
  readonly #blocked = new Set<number>();
  readonly #openQueries = new Set<string>();
  readonly #failures: Array<{ method: string; remaining: number; error: ApiError }> = [];
  readonly #userMessages = new Map<string, Record<string, unknown>>();

  private constructor(server: Server) {
    this.#server = server;
  }

  /** Starts the stand-in on a free port of 127.0.0.1. */
  static async start(): Promise<FakeTelegramBotApi> {
    const holder: { api?: FakeTelegramBotApi } = {};
    const server = createServer((req, res) => {
      holder.api!.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: `Fake Bot API crashed: ${String(error)}` }));
      });
    });
    const api = (holder.api = new FakeTelegramBotApi(server));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** The URL to pass to Telegraf as `telegram.apiRoot` (or `TELEGRAM_API_ROOT`). */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Where webhook POSTs really go: the registered URL's path on this local origin, e.g. `http://127.0.0.1:4567`. */
  routeWebhookTo(origin: string): void {
    this.#webhookOrigin = origin;
  }

  /** Ends held long polls and stops the server. */
  async close(): Promise<void> {
    this.#releaseWaiter([]);
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  // ---- people and what they do -------------------------------------------------------------

  /** A new person with a private chat (chat id = user id). */
  newUser(options: { firstName?: string; languageCode?: string } = {}): TgUser {
    const id = this.#nextUserId++;
    const user: TgUser = { id, is_bot: false, first_name: options.firstName ?? `User${id}`, language_code: options.languageCode ?? 'en' };
    this.#chats.set(id, { id, type: 'private', first_name: user.first_name });
    return user;
  }

  /** The person types a message in their private chat with the bot. */
  sendText(user: TgUser, text: string, options: { forwardedFrom?: string } = {}): Injected {
    const command = /^\/\w+/.exec(text);
    return this.#userMessage(user, this.#privateChat(user), {
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
      ...(options.forwardedFrom
        ? { forward_origin: { type: 'hidden_user', sender_user_name: options.forwardedFrom, date: now() - 3600 } }
        : {}),
    });
  }

  /** The person sends something that is not text: a photo, sticker, voice note, file, video or location. */
  sendMedia(user: TgUser, kind: 'photo' | 'sticker' | 'voice' | 'document' | 'video' | 'location', caption?: string): Injected {
    const file = { file_id: `file-${this.#nextQueryId++}`, file_unique_id: `u${this.#nextQueryId}`, file_size: 2048 };
    const content: Record<string, unknown> = {
      photo: { photo: [{ ...file, width: 90, height: 90 }, { ...file, width: 800, height: 800 }] },
      sticker: { sticker: { ...file, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '🙂' } },
      voice: { voice: { ...file, duration: 4, mime_type: 'audio/ogg' } },
      document: { document: { ...file, file_name: 'notes.pdf', mime_type: 'application/pdf' } },
      video: { video: { ...file, width: 640, height: 360, duration: 5 } },
      location: { location: { latitude: 51.5, longitude: -0.12 } },
    }[kind] as Record<string, unknown>;
    return this.#userMessage(user, this.#privateChat(user), { ...content, ...(caption ? { caption } : {}) });
  }

  /** The person edits one of their earlier messages. */
  editText(user: TgUser, messageId: number, text: string): Injected {
    const original = this.#userMessages.get(`${user.id}:${messageId}`);
    if (!original) throw new Error(`User ${user.id} has no message ${messageId} to edit.`);
    const edited = { ...original, text, edit_date: now() };
    this.#userMessages.set(`${user.id}:${messageId}`, edited);
    return this.push({ edited_message: edited });
  }

  /** The person presses the button labelled `label` on the newest bot message that shows it. */
  pressButton(user: TgUser, label: string | RegExp): Injected {
    const match = (text: string): boolean => (typeof label === 'string' ? text === label : label.test(text));
    for (const message of [...this.sentTo(user.id)].reverse()) {
      const button = message.reply_markup?.inline_keyboard.flat().find((b) => b.callback_data !== undefined && match(b.text));
      if (button) return this.pressData(user, message.message_id, button.callback_data!);
    }
    const shown = this.buttonsShown(user.id).map((b) => b.text);
    throw new Error(`No button labelled ${String(label)} is shown to user ${user.id}; shown: ${JSON.stringify(shown)}`);
  }

  /** The person presses the first button offered on the newest bot message with buttons; returns its label too. */
  pressFirstButton(user: TgUser): Injected & { label: string } {
    const button = this.buttonsShown(user.id)[0];
    if (!button) throw new Error(`No buttons are shown to user ${user.id}.`);
    return { ...this.pressButton(user, button.text), label: button.text };
  }

  /**
   * The person presses a button with `data` on message `messageId`, whether or not it is still
   * shown — what happens when someone taps twice quickly, or on an old message.
   */
  pressData(user: TgUser, messageId: number, data: string): Injected {
    const message = this.sent.find((m) => m.chat.id === user.id && m.message_id === messageId);
    if (!message) throw new Error(`The bot sent no message ${messageId} to user ${user.id}.`);
    const id = `cq${this.#nextQueryId++}`;
    this.#openQueries.add(id);
    return this.push({
      callback_query: { id, from: user, message: structuredClone(message), chat_instance: `ci${user.id}`, data },
    });
  }

  /** The person writes in a group the bot is in. */
  sendGroupText(groupId: number, user: TgUser, text: string): Injected {
    const chat = this.#group(groupId);
    return this.#userMessage(user, chat, { text });
  }

  /** Someone adds the bot to a group. */
  addBotToGroup(groupId: number, user: TgUser): Injected {
    const chat = this.#group(groupId);
    return this.push({
      my_chat_member: {
        chat,
        from: user,
        date: now(),
        old_chat_member: { user: this.bot, status: 'left' },
        new_chat_member: { user: this.bot, status: 'member' },
      },
    });
  }

  /** The person blocks the bot: Telegram sends `my_chat_member` (kicked) and refuses further sends with 403. */
  blockBot(user: TgUser): Injected {
    this.#blocked.add(user.id);
    return this.push({
      my_chat_member: {
        chat: this.#privateChat(user),
        from: user,
        date: now(),
        old_chat_member: { user: this.bot, status: 'member' },
        new_chat_member: { user: this.bot, status: 'kicked', until_date: 0 },
      },
    });
  }

  /** Sends to this chat fail with 403 "bot was blocked by the user", without an update (the bot learns on its next send). */
  blockSilently(chatId: number): void {
    this.#blocked.add(chatId);
  }

  /** The next `count` calls of `method` ('*' for any) fail with `error`, e.g. `{ error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }`. */
  failNext(method: string, count: number, error: ApiError): void {
    this.#failures.push({ method, remaining: count, error });
  }

  /** Queues a raw update (an `update_id` is assigned), or POSTs it to the webhook when one is set. */
  push(update: Record<string, unknown>): Injected {
    return this.#enqueue({ update_id: this.#nextUpdateId++, ...update }, false);
  }

  /** Delivers the same update again, same `update_id` — as after a webhook retry or a restart before the offset was saved. */
  redeliver(injected: Injected): Injected {
    return this.#enqueue(injected.update, true);
  }

  // ---- what the bot did ---------------------------------------------------------------------

  /** Calls of one method that succeeded. */
  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method && call.ok);
  }

  /** Messages the bot sent to a chat, oldest first. */
  sentTo(chatId: number): SentMessage[] {
    return this.sent.filter((message) => message.chat.id === chatId);
  }

  /** Texts the bot sent to a chat, oldest first. */
  textsTo(chatId: number): string[] {
    return this.sentTo(chatId).map((message) => message.text ?? message.caption ?? '');
  }

  /** The callback buttons currently shown on the newest bot message in a chat that has any. */
  buttonsShown(chatId: number): InlineButton[] {
    for (const message of [...this.sentTo(chatId)].reverse()) {
      const buttons = message.reply_markup?.inline_keyboard.flat().filter((b) => b.callback_data !== undefined) ?? [];
      if (buttons.length > 0) return buttons;
    }
    return [];
  }

  /** Waits until `check` returns something other than `undefined`/`false`, or fails after `timeoutMs` saying what was awaited. */
  async waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = check();
      if (result !== undefined && result !== false) return result;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  // ---- internals ---------------------------------------------------------------------------

  #privateChat(user: TgUser): TgChat {
    let chat = this.#chats.get(user.id);
    if (!chat) this.#chats.set(user.id, (chat = { id: user.id, type: 'private', first_name: user.first_name }));
    return chat;
  }

  #group(groupId: number): TgChat {
    let chat = this.#chats.get(groupId);
    if (!chat) this.#chats.set(groupId, (chat = { id: groupId, type: 'group', title: 'Book club' }));
    return chat;
  }

  #nextMessageId(chatId: number): number {
    const id = (this.#messageIds.get(chatId) ?? 0) + 1;
    this.#messageIds.set(chatId, id);
    return id;
  }

  #userMessage(user: TgUser, chat: TgChat, content: Record<string, unknown>): Injected {
    const message = { message_id: this.#nextMessageId(chat.id), from: user, chat, date: now(), ...content };
    this.#userMessages.set(`${user.id}:${message.message_id}`, message);
    return this.push({ message });
  }

  #enqueue(update: TgUpdate, forced: boolean): Injected {
    let confirm!: () => void;
    const done = new Promise<void>((resolve) => (confirm = resolve));
    const entry: PendingUpdate = { update, forced, delivered: false, confirm };
    const injected: Injected = {
      update,
      processed: (timeoutMs = 10_000) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Update ${update.update_id} was not processed within ${timeoutMs} ms (is the bot polling / the webhook routed?).`)),
            timeoutMs,
          );
        });
        return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
      },
    };
    if (this.webhook && this.#webhookOrigin) {
      this.#webhookChain = this.#webhookChain.then(() => this.#postToWebhook(update)).then(confirm, confirm);
    } else {
      this.#pending.push(entry);
      this.#wake();
    }
    return injected;
  }

  async #postToWebhook(update: TgUpdate): Promise<void> {
    const target = new URL(this.webhook!.url);
    const url = `${this.#webhookOrigin}${target.pathname}${target.search}`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.webhook!.secret_token) headers['x-telegram-bot-api-secret-token'] = this.webhook!.secret_token;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(update) });
    const body = await response.text();
    this.webhookDeliveries.push({ updateId: update.update_id, status: response.status, body });
    if (body.trim() === '') return;
    const reply = JSON.parse(body) as Record<string, unknown>;
    if (typeof reply.method === 'string') {
      const { method, ...params } = reply;
      this.#execute(method, params, 'webhook-reply');
    }
  }

  #wake(): void {
    const waiter = this.#waiter;
    if (!waiter) return;
    const ready = this.#ready(waiter.limit, waiter.allowed);
    if (ready.length > 0) this.#releaseWaiter(ready);
  }

  #releaseWaiter(updates: TgUpdate[]): void {
    const waiter = this.#waiter;
    if (!waiter) return;
    this.#waiter = undefined;
    clearTimeout(waiter.timer);
    for (const entry of this.#pending) if (updates.includes(entry.update)) entry.delivered = true;
    waiter.respond(updates);
  }

  #ready(limit: number, allowed: string[] | undefined): TgUpdate[] {
    return this.#pending
      .filter((entry) => !allowed || allowed.length === 0 || allowed.some((type) => type in entry.update))
      .slice(0, limit)
      .map((entry) => entry.update);
  }

  #confirm(offset: number): void {
    for (let i = this.#pending.length - 1; i >= 0; i--) {
      const entry = this.#pending[i]!;
      if ((entry.update.update_id < offset && !entry.forced) || (entry.forced && entry.delivered)) {
        this.#pending.splice(i, 1);
        entry.confirm();
      }
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== this.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const params = await readParams(req, url);

    if (method === 'getUpdates') return this.#getUpdates(params, req, res);
    const outcome = this.#execute(method, params, 'http');
    if (outcome.ok) return send(res, 200, { ok: true, result: outcome.result });
    return send(res, outcome.error.error_code, { ok: false, ...outcome.error });
  }

  #getUpdates(params: Params, req: IncomingMessage, res: ServerResponse): void {
    const failure = this.#takeFailure('getUpdates');
    if (failure) {
      this.#record('getUpdates', params, 'http', failure);
      return send(res, failure.error_code, { ok: false, ...failure });
    }
    if (this.webhook) {
      const error = { error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" };
      this.#record('getUpdates', params, 'http', error);
      return send(res, 409, { ok: false, ...error });
    }
    this.#record('getUpdates', params, 'http');
    if (this.#waiter) {
      const previous = this.#waiter;
      this.#waiter = undefined;
      clearTimeout(previous.timer);
      previous.conflict();
    }
    if (params.offset !== undefined) this.#confirm(Number(params.offset));
    const limit = Math.min(Math.max(Number(params.limit ?? 100), 1), 100);
    const allowed = parseJsonArray(params.allowed_updates);
    const ready = this.#ready(limit, allowed);
    const timeout = Number(params.timeout ?? 0);
    const respond = (updates: TgUpdate[]): void => send(res, 200, { ok: true, result: updates });
    if (ready.length > 0 || timeout <= 0) {
      for (const entry of this.#pending) if (ready.includes(entry.update)) entry.delivered = true;
      return respond(ready);
    }
    const waiter: Waiter = {
      limit,
      allowed,
      respond,
      conflict: () =>
        send(res, 409, { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }),
      timer: setTimeout(() => this.#releaseWaiter([]), timeout * 1000),
    };
    this.#waiter = waiter;
    res.on('close', () => {
      if (this.#waiter === waiter) {
        clearTimeout(waiter.timer);
        this.#waiter = undefined;
      }
    });
    void req;
  }

  #takeFailure(method: string): ApiError | undefined {
    const failure = this.#failures.find((f) => f.remaining > 0 && (f.method === method || (f.method === '*' && method !== 'getUpdates')));
    if (!failure) return undefined;
    failure.remaining -= 1;
    return failure.error;
  }

  #record(method: string, params: Params, via: ApiCall['via'], error?: ApiError): void {
    this.calls.push({ method, params, at: Date.now(), via, ok: error === undefined, ...(error ? { error } : {}) });
  }

  #execute(method: string, params: Params, via: ApiCall['via']): Outcome {
    const failure = this.#takeFailure(method);
    const outcome = failure ? { ok: false as const, error: failure } : this.#run(method, params);
    this.#record(method, params, via, outcome.ok ? undefined : outcome.error);
    return outcome;
  }

  #run(method: string, params: Params): Outcome {
    switch (method) {
      case 'getMe':
        return ok(this.bot);
      case 'setMyCommands': {
        const commands = parseJsonArray(params.commands) as Array<{ command: string; description: string }> | undefined;
        if (!commands) return bad('Bad Request: parameter "commands" is required');
        for (const c of commands) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command)) return bad('Bad Request: BOT_COMMAND_INVALID');
          if (!c.description || c.description.length > 256) return bad('Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
        }
        this.commands = commands;
        return ok(true);
      }
      case 'deleteWebhook':
        this.webhook = undefined;
        if (params.drop_pending_updates === true || params.drop_pending_updates === 'true') this.#pending.splice(0);
        return ok(true);
      case 'setWebhook': {
        const url = String(params.url ?? '');
        if (!url.startsWith('https://')) return bad('Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
        const secret = params.secret_token === undefined ? undefined : String(params.secret_token);
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) return bad('Bad Request: bad webhook: secret token contains unallowed characters');
        this.webhook = { url, ...(secret ? { secret_token: secret } : {}), ...(params.allowed_updates ? { allowed_updates: parseJsonArray(params.allowed_updates)! } : {}) };
        return ok(true);
      }
      case 'getWebhookInfo':
        return ok({ url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.#pending.length });
      case 'sendMessage':
        return this.#sendMessage(params);
      case 'sendChatAction': {
        const chat = this.#sendableChat(params.chat_id);
        if (!chat.ok) return chat;
        return ok(true);
      }
      case 'sendDocument':
      case 'sendPhoto':
        return this.#sendFile(method, params);
      case 'answerCallbackQuery': {
        const id = String(params.callback_query_id ?? '');
        if (!this.#openQueries.delete(id)) return bad('Bad Request: query is too old and response timeout expired or query ID is invalid');
        if (params.text !== undefined && String(params.text).length > 200) return bad('Bad Request: MESSAGE_TOO_LONG');
        return ok(true);
      }
      case 'editMessageReplyMarkup':
      case 'editMessageText':
        return this.#edit(method, params);
      default:
        return { ok: false, error: { error_code: 404, description: 'Not Found: method not found' } };
    }
  }

  #sendableChat(chatId: unknown): { ok: true; chat: TgChat } | { ok: false; error: ApiError } {
    const chat = this.#chats.get(Number(chatId));
    if (!chat) return bad('Bad Request: chat not found');
    if (this.#blocked.has(chat.id)) return { ok: false, error: { error_code: 403, description: 'Forbidden: bot was blocked by the user' } };
    return { ok: true, chat };
  }

  #sendMessage(params: Params): Outcome {
    const target = this.#sendableChat(params.chat_id);
    if (!target.ok) return target;
    const text = typeof params.text === 'string' ? params.text : '';
    const problem = checkText(text) ?? checkMarkup(params.reply_markup);
    if (problem) return bad(problem);
    const message: SentMessage = {
      message_id: this.#nextMessageId(target.chat.id),
      from: this.bot,
      chat: target.chat,
      date: now(),
      text,
      ...(params.parse_mode ? { parse_mode: String(params.parse_mode) } : {}),
      ...(params.reply_markup ? { reply_markup: parseMarkup(params.reply_markup) } : {}),
    };
    this.sent.push(message);
    return ok(message);
  }

  #sendFile(method: 'sendDocument' | 'sendPhoto', params: Params): Outcome {
    const target = this.#sendableChat(params.chat_id);
    if (!target.ok) return target;
    const field = method === 'sendDocument' ? params.document : params.photo;
    if (field === undefined) return bad(`Bad Request: there is no ${method === 'sendDocument' ? 'document' : 'photo'} in the request`);
    const caption = typeof params.caption === 'string' ? params.caption : undefined;
    if (caption !== undefined && caption.length > 1024) return bad('Bad Request: message caption is too long');
    const message: SentMessage = {
      message_id: this.#nextMessageId(target.chat.id),
      from: this.bot,
      chat: target.chat,
      date: now(),
      ...(caption !== undefined ? { caption } : {}),
      ...(method === 'sendDocument' && isUpload(field)
        ? { document: { file_id: `doc${Date.now()}`, file_name: field.name, content: field.content } }
        : {}),
      ...(method === 'sendPhoto' ? { photo: isUpload(field) ? field.name : String(field) } : {}),
    };
    if (method === 'sendDocument' && !message.document) return bad('Bad Request: wrong file identifier/HTTP URL specified');
    this.sent.push(message);
    return ok(message);
  }

  #edit(method: 'editMessageReplyMarkup' | 'editMessageText', params: Params): Outcome {
    const target = this.#sendableChat(params.chat_id);
    if (!target.ok) return target;
    const message = this.sent.find((m) => m.chat.id === target.chat.id && m.message_id === Number(params.message_id));
    if (!message) return bad('Bad Request: message to edit not found');
    const markup = params.reply_markup ? parseMarkup(params.reply_markup) : undefined;
    const problem = (method === 'editMessageText' ? checkText(String(params.text ?? '')) : undefined) ?? checkMarkup(params.reply_markup);
    if (problem) return bad(problem);
    const newText = method === 'editMessageText' ? String(params.text) : message.text;
    if (newText === message.text && JSON.stringify(markup ?? null) === JSON.stringify(message.reply_markup ?? null)) {
      return bad('Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
    }
    if (newText !== undefined) message.text = newText;
    if (markup) message.reply_markup = markup;
    else delete message.reply_markup;
    message.edits = (message.edits ?? 0) + 1;
    return ok({ ...message, edit_date: now() });
  }
}

// ---- types ------------------------------------------------------------------------------------

/** A Telegram user as the stand-in sends it. */
export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
  language_code?: string;
  [extra: string]: unknown;
}

/** A chat as the stand-in sends it. */
export interface TgChat {
  id: number;
  type: 'private' | 'group' | 'supergroup';
  first_name?: string;
  title?: string;
}

/** One inline keyboard button. */
export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

/** A message the bot sent, as it stands now. */
export interface SentMessage {
  message_id: number;
  from: TgUser;
  chat: TgChat;
  date: number;
  text?: string;
  caption?: string;
  parse_mode?: string;
  reply_markup?: { inline_keyboard: InlineButton[][] };
  document?: { file_id: string; file_name: string; content: string };
  photo?: string;
  edits?: number;
}

/** A recorded API call. `params` are as received (multipart files become `{ name, content }`). */
export interface ApiCall {
  method: string;
  params: Params;
  at: number;
  ok: boolean;
  error?: ApiError;
  /** `webhook-reply` when the bot answered a webhook POST with a method in the body. */
  via: 'http' | 'webhook-reply';
}

/** A Bot API error, as Telegram returns it. */
export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** One webhook POST to the bot and how it answered. */
export interface WebhookDelivery {
  updateId: number;
  status: number;
  body: string;
}

/** An injected update, and a way to wait until the bot has finished with it. */
export interface Injected {
  update: TgUpdate;
  /**
   * Resolves once the bot has processed the update: in polling mode when a later
   * `getUpdates` confirms it (Telegraf asks again only after handling a batch), in webhook
   * mode when the bot answers the POST.
   */
  processed(timeoutMs?: number): Promise<void>;
}

/** An update object. */
export type TgUpdate = { update_id: number } & Record<string, unknown>;

type Params = Record<string, unknown>;
type Outcome = { ok: true; result: unknown } | { ok: false; error: ApiError };

interface PendingUpdate {
  update: TgUpdate;
  forced: boolean;
  delivered: boolean;
  confirm: () => void;
}

interface Waiter {
  limit: number;
  allowed: string[] | undefined;
  respond: (updates: TgUpdate[]) => void;
  conflict: () => void;
  timer: NodeJS.Timeout;
}

interface Upload {
  name: string;
  content: string;
}

// ---- helpers ----------------------------------------------------------------------------------

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function ok(result: unknown): Outcome {
  return { ok: true, result };
}

function bad(description: string): { ok: false; error: ApiError } {
  return { ok: false, error: { error_code: 400, description } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function isUpload(value: unknown): value is Upload {
  return typeof value === 'object' && value !== null && 'content' in value && 'name' in value;
}

function parseJsonArray(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string' && value.startsWith('[')) return JSON.parse(value) as string[];
  return undefined;
}

function parseMarkup(value: unknown): { inline_keyboard: InlineButton[][] } {
  return (typeof value === 'string' ? JSON.parse(value) : value) as { inline_keyboard: InlineButton[][] };
}

function checkText(text: string): string | undefined {
  if (text.trim() === '') return 'Bad Request: message text is empty';
  if (text.length > 4096) return 'Bad Request: message is too long';
  return undefined;
}

function checkMarkup(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const markup = parseMarkup(value);
  for (const button of markup.inline_keyboard?.flat() ?? []) {
    if (!button.text) return 'Bad Request: text buttons are unallowed in the inline keyboard';
    if (button.callback_data !== undefined) {
      const bytes = Buffer.byteLength(button.callback_data, 'utf8');
      if (bytes < 1 || bytes > 64) return 'Bad Request: BUTTON_DATA_INVALID';
    } else if (button.url !== undefined) {
      if (!/^(https?|tg):\/\//.test(button.url)) return 'Bad Request: BUTTON_URL_INVALID';
    } else return 'Bad Request: can\'t parse inline keyboard button: InlineKeyboardButton must have exactly one of the optional fields';
  }
  return undefined;
}

/** Reads a Bot API request's parameters: JSON, multipart form (files become `{ name, content }`), URL-encoded or query string. */
async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  const params: Params = Object.fromEntries(url.searchParams);
  if (body.length === 0) return params;
  if (type.includes('application/json')) return { ...params, ...(JSON.parse(body.toString('utf8')) as Params) };
  if (type.includes('multipart/form-data')) {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    for (const [key, value] of form) {
      params[key] = typeof value === 'string' ? value : { name: value.name, content: await value.text() };
    }
    return params;
  }
  return { ...params, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) };
}
