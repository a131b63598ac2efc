import type { ConversationAddress } from './address.ts';

/** Kinds of content a person can send that are not text or a button press. */
export type MediaKind = 'photo' | 'sticker' | 'voice' | 'video' | 'file' | 'location' | 'contact' | 'other';

/**
 * One message from a person, in the neutral shape every adapter produces and the engine reads.
 * Exactly one of `text`, `choice` or `media` is normally set.
 *
 * @example
 * const hello: Inbound = { channel: 'console', userId: 'me', conversationId: 'me', messageId: '1', text: '/start', timestamp: Date.now() };
 */
export interface Inbound {
  /** The channel it came from: `console`, `telegram`, … */
  channel: string;
  /** The platform's id for the person. */
  userId: string;
  /** The platform's id for the conversation (a private chat, a DM channel). */
  conversationId: string;
  /** The platform's id for this message or update; used to drop duplicate deliveries. */
  messageId: string;
  /** What the person typed, if they typed something. */
  text?: string;
  /** The id of the choice (button) they pressed, if they pressed one. */
  choice?: string;
  /** Set when they sent something the bot cannot read: a photo, a sticker, a voice note. */
  media?: MediaKind;
  /** True when the platform reports an edit of an earlier message. */
  edited?: boolean;
  /** The person's language/region as the platform reports it, e.g. `en-GB`. */
  locale?: string;
  /** The person's IANA time zone if known, e.g. `Europe/London`. */
  timeZone?: string;
  /** When the platform says the message was sent, in milliseconds since the epoch. */
  timestamp: number;
  /** How to reach this conversation again for proactive messages; defaults from the ids above. */
  address?: ConversationAddress;
}
