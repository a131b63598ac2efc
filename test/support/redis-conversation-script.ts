import type { Inbound } from '../../src/inbound.ts';
import type { Reply } from '../../src/reply.ts';

/** Free-text messages the scripted person sends now and then (nothing that trips the crisis screen). */
const TEXTS = [
  'I feel unheard when my worries get brushed off',
  'ok',
  'I am sorry I lied about where I was. I know it hurt you, and from now on I will tell you the truth.',
  '/menu',
  'not sure',
];

/** One line of a transcript: what the person sent and what came back. */
export interface Exchange {
  sent: Pick<Inbound, 'messageId' | 'text' | 'choice'>;
  replies: Reply[];
}

/**
 * The person's next message in a scripted conversation, decided only by the turn number and
 * the previous replies, so a sequential run and a concurrent run send the same thing as long
 * as the bot answered the same. Mostly presses an offered button, sometimes types.
 *
 * @example nextMessage('telegram', '3', 0, []) // { …, messageId: '3-0', text: '/start' }
 */
export function nextMessage(channel: string, conversationId: string, turn: number, previous: Reply[], at: number): Inbound {
  const base = { channel, conversationId, userId: conversationId, messageId: `${conversationId}-${turn}`, timestamp: at + turn * 1000 };
  if (turn === 0) return { ...base, text: '/start' };
  const choices = previous.flatMap((reply) => reply.choices ?? []);
  const seed = turn * 7 + Number(conversationId.replace(/\D/g, '') || 0);
  if (choices.length > 0 && turn % 5 !== 4) return { ...base, choice: choices[seed % choices.length]!.id };
  return { ...base, text: TEXTS[seed % TEXTS.length]! };
}

/**
 * Plays one scripted conversation of `turns` messages through `send`, each message only after
 * the previous one was answered (as a chat platform delivers one chat's messages).
 */
export async function playConversation(
  conversationId: string,
  turns: number,
  at: number,
  send: (inbound: Inbound, turn: number) => Promise<Reply[]>,
): Promise<Exchange[]> {
  const transcript: Exchange[] = [];
  let previous: Reply[] = [];
  for (let turn = 0; turn < turns; turn++) {
    const inbound = nextMessage('telegram', conversationId, turn, previous, at);
    previous = await send(inbound, turn);
    transcript.push({ sent: { messageId: inbound.messageId, text: inbound.text, choice: inbound.choice }, replies: previous });
  }
  return transcript;
}
