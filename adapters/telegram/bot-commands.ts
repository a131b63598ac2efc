import type { BotCommand } from 'telegraf/types';
import type { CommandInfo } from '../../src/engine/turn-handler.ts';

/**
 * The engine's commands in the form `setMyCommands` accepts: names of 1–32 lower-case
 * letters, digits or underscores, descriptions of 1–256 characters, at most 100 commands.
 * Commands Telegram would reject are left out rather than failing the whole menu.
 *
 * @example toBotCommands([{ command: 'menu', description: 'Main menu' }]) // [{ command: 'menu', description: 'Main menu' }]
 */
export function toBotCommands(commands: readonly CommandInfo[]): BotCommand[] {
  const seen = new Set<string>();
  const result: BotCommand[] = [];
  for (const { command, description } of commands) {
    const name = command.replace(/^\//, '').toLowerCase();
    const text = description.trim().slice(0, 256);
    if (!/^[a-z0-9_]{1,32}$/.test(name) || text === '' || seen.has(name)) continue;
    seen.add(name);
    result.push({ command: name, description: text });
  }
  return result.slice(0, 100);
}
