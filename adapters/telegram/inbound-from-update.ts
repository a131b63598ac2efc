import type { CallbackQuery, Chat, Message, User } from 'telegraf/types';
import type { ConversationAddress } from '../../src/address.ts';
import type { Inbound, MediaKind } from '../../src/inbound.ts';

/** The channel name on every Telegram {@link Inbound} and {@link ConversationAddress}. */
export const TELEGRAM_CHANNEL = 'telegram';

/** Message fields that carry something the bot cannot read, and the kind each one is; first match wins. */
const MEDIA_FIELDS: ReadonlyArray<readonly [string, MediaKind]> = [
  ['photo', 'photo'],
  ['sticker', 'sticker'],
  ['voice', 'voice'],
  ['audio', 'voice'],
  ['video_note', 'video'],
  ['animation', 'video'],
  ['video', 'video'],
  ['document', 'file'],
  ['venue', 'location'],
  ['location', 'location'],
  ['contact', 'contact'],
  ['poll', 'other'],
  ['dice', 'other'],
  ['game', 'other'],
  ['story', 'other'],
];

/**
 * The address of a Telegram conversation: the chat id, plus the person's id.
 *
 * @example telegramAddress({ id: 42, type: 'private', first_name: 'Ana' }, { id: 42, is_bot: false, first_name: 'Ana' })
 */
export function telegramAddress(chat: Pick<Chat, 'id'>, from: Pick<User, 'id'>): ConversationAddress {
  return { channel: TELEGRAM_CHANNEL, conversationId: String(chat.id), userId: String(from.id) };
}

/**
 * Turns a private-chat message (new or edited) into an {@link Inbound}: text (a forwarded
 * message counts as text), or `media` for photos, stickers, voice notes, files and the like —
 * with the caption as `text` when there is one, so the safety screen still reads it. The
 * update id is the message id, so a redelivered update is recognised as a duplicate.
 * Returns `undefined` for service messages (nothing a person said).
 *
 * @example inboundFromMessage(901, message, false) // { channel: 'telegram', text: 'hi', messageId: 'u901', … }
 */
export function inboundFromMessage(updateId: number, message: Message, edited: boolean): Inbound | undefined {
  if (!('from' in message) || message.from === undefined) return undefined;
  const fields = message as unknown as Record<string, unknown>;
  const text = typeof fields.text === 'string' ? fields.text : typeof fields.caption === 'string' ? fields.caption : undefined;
  const media = MEDIA_FIELDS.find(([field]) => fields[field] !== undefined)?.[1];
  if (text === undefined && media === undefined) return undefined;
  const editDate = typeof fields.edit_date === 'number' ? fields.edit_date : undefined;
  return {
    ...base(updateId, message.chat, message.from),
    ...(text !== undefined ? { text } : {}),
    ...(media !== undefined ? { media } : {}),
    ...(edited ? { edited: true } : {}),
    timestamp: (edited && editDate !== undefined ? editDate : message.date) * 1000,
  };
}

/**
 * Turns a button press into an {@link Inbound} carrying the choice id.
 *
 * @example inboundFromCallback(902, query, 'partner') // { choice: 'partner', messageId: 'u902', … }
 */
export function inboundFromCallback(updateId: number, query: CallbackQuery, chat: Pick<Chat, 'id'>, choice: string): Inbound {
  return { ...base(updateId, chat, query.from), choice, timestamp: Date.now() };
}

function base(updateId: number, chat: Pick<Chat, 'id'>, from: User): Omit<Inbound, 'timestamp'> {
  const address = telegramAddress(chat, from);
  const locale = normaliseLocale(from.language_code);
  return {
    channel: TELEGRAM_CHANNEL,
    userId: address.userId,
    conversationId: address.conversationId,
    messageId: `u${updateId}`,
    ...(locale ? { locale } : {}),
    address,
  };
}

/** Telegram sends IETF tags in lower case (`pt-br`); write the region in upper case (`pt-BR`). */
function normaliseLocale(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const [language, region, ...rest] = code.split(/[-_]/);
  if (!language) return undefined;
  return [language.toLowerCase(), ...(region ? [region.length === 2 ? region.toUpperCase() : region] : []), ...rest].join('-');
}
