/**
 * Where a conversation lives on its platform: enough for an adapter to send a message later,
 * without the person writing first (daily nudges, check-in reminders).
 *
 * @example
 * const address: ConversationAddress = { channel: 'telegram', conversationId: '4242', userId: '4242' };
 */
export interface ConversationAddress {
  /** The channel that owns the conversation: `console`, `telegram`, `slack`, `botframework`. */
  channel: string;
  /** The platform's id for the conversation (Telegram chat id, Slack channel id, …). */
  conversationId: string;
  /** The platform's id for the person. */
  userId: string;
  /** Anything else the adapter needs to reach the conversation again (service URL, team id). */
  extra?: Record<string, string>;
}

/**
 * The key under which one conversation's session is stored: channel and conversation id.
 *
 * @example sessionKeyOf({ channel: 'telegram', conversationId: '42', userId: '42' }) // 'telegram:42'
 */
export function sessionKeyOf(address: Pick<ConversationAddress, 'channel' | 'conversationId'>): string {
  return `${address.channel}:${address.conversationId}`;
}
