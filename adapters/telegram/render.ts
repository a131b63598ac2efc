import type { InlineKeyboardButton } from 'telegraf/types';
import type { Choice, Reply } from '../../src/reply.ts';
import type { ChoiceCodec } from './callback-data.ts';
import { telegramCopy } from './copy.ts';
import { splitText, TELEGRAM_TEXT_LIMIT } from './split-text.ts';

/** Telegram's limit for a photo or document caption. */
const CAPTION_LIMIT = 1024;

/** One Telegram message to send, in order. */
export type Outgoing =
  /** A plain-text message (no parse mode: nothing in it is interpreted as markup). */
  | { kind: 'text'; text: string; keyboard?: InlineKeyboardButton[][]; choices?: Choice[] }
  /** A photo by URL, with its description as caption. */
  | { kind: 'photo'; url: string; caption: string }
  /** A file, e.g. the journal export. */
  | { kind: 'document'; name: string; mimeType: string; content: string };

/**
 * Renders one neutral reply the Telegram way: text as plain text split under 4096
 * characters at sentence boundaries; choices as an inline keyboard (one button per row) on
 * the last part; web links as URL buttons; phone and text-message links written out in the
 * text (Telegram buttons cannot open `tel:`/`sms:`, but it makes numbers in text tappable);
 * an image as a photo; an attachment as a document.
 *
 * @example renderReply({ text: 'Ready?', choices: [{ id: 'yes', label: 'Yes' }] }, codec)
 */
export function renderReply(reply: Reply, codec: ChoiceCodec): Outgoing[] {
  const buttonLinks = (reply.links ?? []).filter((link) => isButtonUrl(link.url));
  const textLinks = (reply.links ?? []).filter((link) => !isButtonUrl(link.url));
  const lines = [reply.text.trim(), ...textLinks.map((link) => telegramCopy.linkLine(link.label, linkTarget(link.url)))];
  let text = lines.filter((line) => line !== '').join('\n');

  const choices = reply.choices ?? [];
  const keyboard: InlineKeyboardButton[][] = [
    ...choices.map((choice) => [{ text: choice.label, callback_data: codec.encode(choice.id) }]),
    ...buttonLinks.map((link) => [{ text: link.label, url: link.url }]),
  ];
  if (text === '' && keyboard.length > 0) text = telegramCopy.chooseBelow;

  const out: Outgoing[] = [];
  const parts = text === '' ? [] : splitText(text, TELEGRAM_TEXT_LIMIT);
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    out.push(
      last && keyboard.length > 0
        ? { kind: 'text', text: part, keyboard, ...(choices.length > 0 ? { choices } : {}) }
        : { kind: 'text', text: part },
    );
  });
  if (reply.image && isButtonUrl(reply.image.url)) {
    out.push({ kind: 'photo', url: reply.image.url, caption: reply.image.alt.slice(0, CAPTION_LIMIT) });
  }
  if (reply.attachment) {
    const { name, mimeType, content } = reply.attachment;
    out.push({ kind: 'document', name, mimeType, content });
  }
  return out;
}

/** True for links Telegram can open from a URL button. */
function isButtonUrl(url: string): boolean {
  return /^(https?|tg):\/\//i.test(url);
}

/** What to write for a link that is not a button: the number of a `tel:`/`sms:` link, or the link itself. */
function linkTarget(url: string): string {
  const match = /^(?:tel|sms):([^?]+)/i.exec(url);
  return match ? decodeURIComponent(match[1]!) : url.replace(/^mailto:/i, '');
}
