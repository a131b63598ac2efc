import { parseArgs } from 'node:util';
import { runConsoleChat } from '../../adapters/console/console-chat.ts';
import { buildEngine, escalationHook, openStore, prepareResources } from '../app.ts';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { ResourceFileError } from '../safety/resources.ts';
import { runAnalyze } from './analyze.ts';

const USAGE = `kintsugi — an automated coach for rebuilding trust

Usage:
  kintsugi                      start the configured channels, or a local chat when none is set
  kintsugi chat [--user ID]     chat in this terminal (reads one message per line when piped)
  kintsugi analyze risk|apology|statement "<text>" [--json]
  kintsugi analyze <kind> --jsonl < lines.jsonl   one {"text": …} per line in, one result per line out
  kintsugi help                 this text

Configuration comes from the environment or a .env file; see .env.example.`;

const CONNECT_HINT =
  'No channel configured, so this is a local chat. To connect Telegram set TELEGRAM_BOT_TOKEN (see README → Telegram).';

/**
 * The `kintsugi` command line. Returns the process exit code.
 *
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'start', ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'analyze') {
    const [kind = '', text] = rest;
    return runAnalyze(kind, text, { json: values.json, jsonl: values.jsonl }, process.stdin, process.stdout, process.stderr);
  }
  if (command !== 'start' && command !== 'chat') {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }

  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
    prepareResources(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ResourceFileError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (command === 'start' && config.telegram) return serveChannels(config);
  return chat(config, values.user ?? 'local', command === 'start');
}

async function chat(config: Config, userId: string, showHint: boolean): Promise<number> {
  const interactive = Boolean(process.stdin.isTTY);
  // Logs go to stderr and stay quiet unless asked, so they never mix into the conversation.
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', destination: 'stderr' });
  const store = await openStore(config, logger);
  const engine = buildEngine({ store, logger, logSalt: config.logSalt, escalate: escalationHook(config, logger) });
  if (showHint && interactive) console.log(CONNECT_HINT);
  try {
    await runConsoleChat({ engine, userId, input: process.stdin, output: process.stdout, mode: interactive ? 'interactive' : 'transcript' });
  } finally {
    await engine.close();
  }
  return 0;
}

async function serveChannels(config: Config): Promise<number> {
  const logger = createLogger({ level: config.logLevel });
  const store = await openStore(config, logger);
  const engine = buildEngine({ store, logger, logSalt: config.logSalt, escalate: escalationHook(config, logger) });
  const { startTelegramFromConfig } = await import('../../adapters/telegram/from-config.ts');
  const channel = await startTelegramFromConfig(config, engine, logger);
  const stop = async () => {
    await channel.stop();
    await engine.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return new Promise<number>(() => {});
}
