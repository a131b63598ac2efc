/** The commands the engine understands in every state, whatever flow is running. */
export type GlobalCommand = 'start' | 'menu' | 'help' | 'help_now' | 'about' | 'stop' | 'forget' | 'back';

/** A parsed command: a global one, or a flow's own (e.g. `checkin`). */
export type ParsedCommand = { kind: 'global'; name: GlobalCommand } | { kind: 'flow'; name: string };

const GLOBALS = new Set<GlobalCommand>(['start', 'menu', 'help', 'about', 'stop', 'forget', 'back']);

/** Single words that work without the slash when they are the whole message. */
const BARE_WORDS = new Set(['menu', 'help', 'back', 'about']);

/**
 * Recognises a command in a message: `/menu`, `/help now`, `/start@KintsugiBot` (Telegram
 * groups), or one of a few bare words typed alone (`menu`, `help`, `back`, `about`).
 * Returns `undefined` for ordinary text and for unknown slash words.
 *
 * @example parseCommand('/help now', new Set()) // { kind: 'global', name: 'help_now' }
 */
export function parseCommand(text: string, flowCommands: ReadonlySet<string>): ParsedCommand | undefined {
  const trimmed = text.trim().toLowerCase();
  const match = /^\/([a-z_]+)(?:@\w+)?(?:\s+(.*))?$/s.exec(trimmed);
  const word = match ? match[1]! : BARE_WORDS.has(trimmed) ? trimmed : undefined;
  if (word === undefined) return undefined;
  const rest = match?.[2]?.trim() ?? '';
  if (word === 'help' && /^(now|me now|urgent)\b/.test(rest)) return { kind: 'global', name: 'help_now' };
  if (word === 'sos') return { kind: 'global', name: 'help_now' };
  if (GLOBALS.has(word as GlobalCommand)) return { kind: 'global', name: word as GlobalCommand };
  if (flowCommands.has(word)) return { kind: 'flow', name: word };
  return undefined;
}

/** True when a message starts with a slash, i.e. the person meant a command. */
export function looksLikeCommand(text: string): boolean {
  return /^\/[a-z_]/i.test(text.trim());
}
