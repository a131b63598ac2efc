import type { Choice, Reply } from '../../src/reply.ts';

/** The message whose buttons currently answer the conversation's open question. */
export interface ActiveKeyboard {
  /** Telegram's id of the message carrying the buttons. */
  messageId: number;
  /** The text of that message, so it can be edited to show what was picked. */
  text: string;
  /** The buttons offered, to find the label of a pressed one. */
  choices: Choice[];
  /** The whole reply, to show again when an old button is pressed. */
  reply: Reply;
}

/** How a button press relates to the conversation's open question. */
export type PressKind =
  /** A button of the open question: run the turn. */
  | 'current'
  /** A button of a question that has moved on: answer gracefully, don't bother the engine. */
  | 'stale'
  /** Nothing is known about this chat (e.g. after a restart): let the engine judge. */
  | 'unknown';

interface ChatState {
  active?: ActiveKeyboard;
  last?: Reply;
  sent: number;
}

const REMEMBERED_CHATS = 50_000;

/**
 * Remembers, per chat, which message carries the open question's buttons and what was sent
 * last, so a button can be pressed only once and an old one gets a graceful answer. Kept in
 * memory (bounded); after a restart presses count as `unknown` until the bot sends again.
 *
 * @example if (tracker.classify('42', pressedMessageId) === 'current') tracker.consume('42');
 */
export class KeyboardTracker {
  readonly #chats = new Map<string, ChatState>();

  /** Whether a press on `messageId` in `chatId` answers the open question. */
  classify(chatId: string, messageId: number): PressKind {
    const state = this.#chats.get(chatId);
    if (!state) return 'unknown';
    return state.active?.messageId === messageId ? 'current' : 'stale';
  }

  /** Marks the open question answered and returns its keyboard (if any). */
  consume(chatId: string): ActiveKeyboard | undefined {
    const state = this.#chats.get(chatId);
    const active = state?.active;
    if (state) delete state.active;
    return active;
  }

  /** The open question's keyboard, if one is open. */
  active(chatId: string): ActiveKeyboard | undefined {
    return this.#chats.get(chatId)?.active;
  }

  /** The last reply sent to the chat. */
  last(chatId: string): Reply | undefined {
    return this.#chats.get(chatId)?.last;
  }

  /** How many messages have been sent to the chat; compare before and after to see if anything new went out. */
  sentCount(chatId: string): number {
    return this.#chats.get(chatId)?.sent ?? 0;
  }

  /**
   * Records a sent message. Returns the keyboard it replaces, whose buttons should now be
   * removed, when the message opens a new question.
   */
  recordSent(chatId: string, reply: Reply, opened?: Omit<ActiveKeyboard, 'reply'>): ActiveKeyboard | undefined {
    const state = this.#touch(chatId);
    state.sent += 1;
    state.last = reply;
    if (!opened) return undefined;
    const replaced = state.active;
    state.active = { ...opened, reply };
    return replaced;
  }

  /** Forgets a chat (the person blocked the bot). */
  forget(chatId: string): void {
    this.#chats.delete(chatId);
  }

  #touch(chatId: string): ChatState {
    let state = this.#chats.get(chatId);
    if (state) this.#chats.delete(chatId);
    else state = { sent: 0 };
    this.#chats.set(chatId, state);
    if (this.#chats.size > REMEMBERED_CHATS) this.#chats.delete(this.#chats.keys().next().value!);
    return state;
  }
}
