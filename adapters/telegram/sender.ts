import type { Logger } from 'pino';
import type { Telegram } from 'telegraf';
import type { Reply } from '../../src/reply.ts';
import type { ChoiceCodec } from './callback-data.ts';
import { telegramCopy } from './copy.ts';
import type { ActiveKeyboard, KeyboardTracker } from './keyboard-tracker.ts';
import { renderReply, type Outgoing } from './render.ts';
import { callTelegram, describe, isHarmlessEditError, type RetryPolicy } from './telegram-call.ts';
import { TELEGRAM_TEXT_LIMIT } from './split-text.ts';

/**
 * Delivers rendered replies to one chat and looks after their buttons: records the message
 * that carries the open question, removes the buttons of the question it replaces, and
 * marks an answered question with the picked label. Callers keep one chat's calls in order
 * (see {@link KeyedQueue}); this class does not queue.
 *
 * @throws UnreachableError from {@link TelegramSender.deliver} when the person blocked the bot.
 */
export class TelegramSender {
  readonly #telegram: Telegram;
  readonly #codec: ChoiceCodec;
  readonly #tracker: KeyboardTracker;
  readonly #logger: Logger;
  readonly #retry: RetryPolicy | undefined;

  constructor(telegram: Telegram, codec: ChoiceCodec, tracker: KeyboardTracker, logger: Logger, retry?: RetryPolicy) {
    this.#telegram = telegram;
    this.#codec = codec;
    this.#tracker = tracker;
    this.#logger = logger;
    this.#retry = retry;
  }

  /** Sends the replies in order. Stops at the first failure and throws it. */
  async deliver(chatId: string, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      for (const outgoing of renderReply(reply, this.#codec)) await this.#send(chatId, reply, outgoing);
    }
  }

  /** Takes the buttons off a message (best effort). */
  async removeKeyboard(chatId: string, messageId: number): Promise<void> {
    await this.#edit('editMessageReplyMarkup', () =>
      this.#telegram.editMessageReplyMarkup(chatId, messageId, undefined, undefined),
    );
  }

  /** Replaces an answered question's buttons with the label that was picked (best effort). */
  async markAnswered(chatId: string, keyboard: ActiveKeyboard, choiceId: string): Promise<void> {
    const label = keyboard.choices.find((choice) => choice.id === choiceId)?.label;
    const text = label === undefined ? undefined : `${keyboard.text}\n\n${telegramCopy.picked(label)}`;
    if (text === undefined || text.length > TELEGRAM_TEXT_LIMIT) return this.removeKeyboard(chatId, keyboard.messageId);
    await this.#edit('editMessageText', () =>
      this.#telegram.editMessageText(chatId, keyboard.messageId, undefined, text, { link_preview_options: { is_disabled: true } }),
    );
  }

  /** Calls a Bot API method with the retry policy; for callers outside a delivery. */
  call<T>(method: string, call: () => Promise<T>): Promise<T> {
    return callTelegram(method, call, this.#logger, this.#retry);
  }

  async #send(chatId: string, reply: Reply, outgoing: Outgoing): Promise<void> {
    switch (outgoing.kind) {
      case 'text': {
        const sent = await this.call('sendMessage', () =>
          this.#telegram.sendMessage(chatId, outgoing.text, {
            link_preview_options: { is_disabled: true },
            ...(outgoing.keyboard ? { reply_markup: { inline_keyboard: outgoing.keyboard } } : {}),
          }),
        );
        const opened = outgoing.choices
          ? { messageId: sent.message_id, text: outgoing.text, choices: outgoing.choices }
          : undefined;
        const replaced = this.#tracker.recordSent(chatId, reply, opened);
        if (replaced) await this.removeKeyboard(chatId, replaced.messageId);
        return;
      }
      case 'photo':
        await this.call('sendPhoto', () => this.#telegram.sendPhoto(chatId, outgoing.url, { caption: outgoing.caption }));
        this.#tracker.recordSent(chatId, reply);
        return;
      case 'document':
        await this.call('sendDocument', () =>
          this.#telegram.sendDocument(chatId, { source: Buffer.from(outgoing.content, 'utf8'), filename: outgoing.name }),
        );
        this.#tracker.recordSent(chatId, reply);
        return;
    }
  }

  async #edit(method: string, call: () => Promise<unknown>): Promise<void> {
    try {
      await this.call(method, call);
    } catch (error) {
      if (!isHarmlessEditError(error)) this.#logger.warn({ method, error: describe(error) }, 'Could not update an answered question');
    }
  }
}
