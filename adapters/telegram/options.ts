import type { Logger } from 'pino';
import { TelegramError } from 'telegraf';
import type { TurnHandler } from '../../src/engine/turn-handler.ts';
import { describe, type RetryPolicy } from './telegram-call.ts';

/** Webhook mode: Telegram POSTs updates to `url`, which must reach this process's HTTP server. */
export interface TelegramWebhookOptions {
  /** The public HTTPS URL registered with Telegram, e.g. `https://bot.example.org/telegram`. */
  url: string;
  /** Sent by Telegram in `X-Telegram-Bot-Api-Secret-Token`; 1–256 of `A-Z a-z 0-9 _ -`. Calls without it are refused. */
  secret: string;
  /** The local port to listen on (0 picks a free one; see `TelegramChannel.webhookPort`). */
  port: number;
  /** The local interface to listen on; defaults to `127.0.0.1` (use `0.0.0.0` in a container). */
  host?: string;
  /** The path to accept calls on, if a proxy rewrites it; defaults to the path of `url`. */
  path?: string;
}

/** What `createTelegramChannel` needs. */
export interface TelegramChannelOptions {
  /** The bot token from @BotFather. */
  token: string;
  /** The engine; the channel only calls `handle`, `markUnreachable` and `commands`. */
  engine: TurnHandler;
  /** Another Bot API server (self-hosted, or a local stand-in in tests); defaults to `https://api.telegram.org`. */
  apiRoot?: string;
  /** Webhook mode; without it the channel uses long polling. */
  webhook?: TelegramWebhookOptions;
  /** Where to log; defaults to silence. Message text is never logged. */
  logger?: Logger;
  /** Show "typing…" once a turn has taken this long (ms); default 800. */
  typingAfterMs?: number;
  /** How hard to retry failed Bot API calls; defaults to `DEFAULT_RETRY`. */
  retry?: Partial<RetryPolicy>;
}

/** Refuses webhook settings Telegram would reject, with what to change. */
export function checkWebhook(webhook: TelegramWebhookOptions): void {
  let url: URL;
  try {
    url = new URL(webhook.url);
  } catch {
    throw new Error(`TELEGRAM_WEBHOOK_URL is not a URL: set it to the public https:// address Telegram should call.`);
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error('TELEGRAM_WEBHOOK_URL must start with https:// — Telegram only calls webhooks over HTTPS.');
  }
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(webhook.secret ?? '')) {
    throw new Error(
      'Webhook mode needs TELEGRAM_WEBHOOK_SECRET: 1–256 characters of A-Z, a-z, 0-9, _ and -, e.g. the output of `openssl rand -hex 32`.',
    );
  }
}

/** Turns a failed `getMe` into an error that says what to fix. */
export function explainStartFailure(error: unknown): Error {
  if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
    return new Error('Telegram rejected the bot token (401). Copy it again from @BotFather into TELEGRAM_BOT_TOKEN.', { cause: error });
  }
  return new Error(`Could not reach the Telegram Bot API (${describe(error)}). Check the network, or TELEGRAM_API_ROOT if you set it.`, {
    cause: error,
  });
}
