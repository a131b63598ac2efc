import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { TurnHandler } from '../../src/engine/turn-handler.ts';
import type { Inbound } from '../../src/inbound.ts';
import type { Choice } from '../../src/reply.ts';
import { renderReplies } from './render.ts';

/** Options for {@link runConsoleChat}. */
export interface ConsoleChatOptions {
  engine: TurnHandler;
  /** The person's id; the same id resumes the same conversation (with a persistent store). */
  userId: string;
  input: Readable;
  output: Writable;
  /**
   * `interactive` shows a prompt and a first greeting; `transcript` reads one message per line,
   * echoes it as `you: …`, prints bot lines as `bot: …`, and exits at the end of input.
   */
  mode: 'interactive' | 'transcript';
  /** Locale and time zone to report (defaults: this machine's). */
  locale?: string;
  timeZone?: string;
}

/**
 * The console channel: chat with the coach in a terminal, or replay a scripted conversation.
 * Choices are numbered; typing a number presses that choice, anything else is sent as text.
 *
 * @example await runConsoleChat({ engine, userId: 'me', input: process.stdin, output: process.stdout, mode: 'interactive' });
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { engine, userId, output, mode } = options;
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  const locale = options.locale ?? resolved.locale;
  const timeZone = options.timeZone ?? resolved.timeZone;
  const runId = Date.now().toString(36);
  let counter = 0;
  let lastChoices: Choice[] = [];
  const botPrefix = mode === 'transcript' ? 'bot: ' : '  ';
  const write = (lines: string[]) => output.write(lines.map((l) => l + '\n').join(''));

  async function send(text: string): Promise<void> {
    const trimmed = text.trim();
    const number = /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : NaN;
    const choice = lastChoices[number - 1];
    const inbound: Inbound = {
      channel: 'console',
      userId,
      conversationId: userId,
      messageId: `${runId}-${++counter}`,
      timestamp: Date.now(),
      locale,
      timeZone,
      ...(choice ? { choice: choice.id } : { text }),
    };
    const replies = await engine.handle(inbound);
    const withChoices = replies.filter((r) => r.choices?.length);
    if (withChoices.length) lastChoices = withChoices.at(-1)!.choices!;
    write(renderReplies(replies, botPrefix));
  }

  if (mode === 'transcript') {
    for await (const line of createInterface({ input: options.input, terminal: false })) {
      write([`you: ${line}`]);
      await send(line);
    }
    return;
  }
  const lines = createInterface({ input: options.input, output, terminal: true, prompt: 'you> ' });
  write(['Kintsugi — an automated coach for rebuilding trust. Type /help for commands, Ctrl+C to leave.', '']);
  await send('/start');
  lines.prompt();
  for await (const line of lines) {
    await send(line);
    lines.prompt();
  }
  output.write('\n');
}
