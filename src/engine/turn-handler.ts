import type { ConversationAddress } from '../address.ts';
import type { Inbound } from '../inbound.ts';
import type { Reply } from '../reply.ts';

/** A slash command a channel can advertise in its command menu (Telegram `setMyCommands`). */
export interface CommandInfo {
  /** The command without the slash, e.g. `menu`. */
  command: string;
  /** A short description shown next to it. */
  description: string;
}

/**
 * What adapters talk to: the engine, seen from a channel. Adapters turn platform updates into
 * {@link Inbound}s, hand them to `handle`, and render the {@link Reply}s it returns — they
 * know nothing about flows.
 *
 * @example
 * const replies = await engine.handle({ channel: 'telegram', userId: '7', conversationId: '7', messageId: '901', text: 'hi', timestamp: Date.now() });
 */
export interface TurnHandler {
  /** Runs one turn and returns what to send back, in order. An empty array means "send nothing" (a duplicate delivery). */
  handle(inbound: Inbound): Promise<Reply[]>;
  /** The platform says the person is unreachable (blocked the bot): stop proactive messages to them. */
  markUnreachable(address: ConversationAddress): Promise<void>;
  /** The global and flow commands, for channels that show a command menu. */
  commands(): CommandInfo[];
}
