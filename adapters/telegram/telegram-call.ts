import { setTimeout as sleep } from 'node:timers/promises';
import { TelegramError } from 'telegraf';
import type { Logger } from 'pino';

/** Thrown when Telegram says the person cannot be reached: they blocked the bot, deleted their account, or the chat is gone. */
export class UnreachableError extends Error {
  constructor(description: string) {
    super(`Telegram cannot deliver to this chat (${description}); stop sending to it.`);
    this.name = 'UnreachableError';
  }
}

/** How hard {@link callTelegram} tries. */
export interface RetryPolicy {
  /** Attempts in all, for rate limits and server errors alike. */
  attempts: number;
  /** Wait before retrying a server or network error; doubled each time. */
  backoffMs: number;
  /** The longest `retry_after` (in seconds) waited out; longer ones fail the call. */
  maxRetryAfterSeconds: number;
}

/** The default: a few attempts, waiting out rate limits of up to five minutes. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, backoffMs: 500, maxRetryAfterSeconds: 300 };

/**
 * Calls the Bot API and copes with what Telegram throws back: a 429 is waited out for its
 * `retry_after` and retried; a 5xx or network failure is retried with backoff; a 403 (blocked,
 * kicked, deactivated) or "chat not found" becomes an {@link UnreachableError}. Anything else
 * is thrown as it is. Logs the method and Telegram's error, never the payload (it holds
 * what people wrote).
 *
 * @example await callTelegram('sendMessage', () => bot.telegram.sendMessage(chatId, text), logger);
 */
export async function callTelegram<T>(
  method: string,
  call: () => Promise<T>,
  logger: Logger,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const wait = retryDelay(error, attempt, policy);
      if (isUnreachable(error)) throw new UnreachableError(describe(error));
      if (wait === undefined || attempt >= policy.attempts) {
        logger.warn({ method, error: describe(error), attempt }, 'Telegram call failed');
        throw error;
      }
      logger.info({ method, error: describe(error), attempt, waitMs: wait }, 'Telegram call will be retried');
      await sleep(wait);
    }
  }
}

/** How long to wait before retrying, or `undefined` when retrying cannot help. */
function retryDelay(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
  if (error instanceof TelegramError) {
    if (error.code === 429) {
      const seconds = error.parameters?.retry_after ?? 1;
      return seconds <= policy.maxRetryAfterSeconds ? seconds * 1000 + 50 : undefined;
    }
    if (error.code >= 500) return policy.backoffMs * 2 ** (attempt - 1);
    return undefined;
  }
  if (error instanceof Error && (error.name === 'FetchError' || 'code' in error)) return policy.backoffMs * 2 ** (attempt - 1);
  return undefined;
}

/** True when Telegram says the chat cannot receive messages from the bot. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof TelegramError)) return false;
  if (error.code === 403) return true;
  return error.code === 400 && /chat not found|user is deactivated|PEER_ID_INVALID/i.test(error.description);
}

/** True when an edit failed only because there was nothing to change or nothing left to edit. */
export function isHarmlessEditError(error: unknown): boolean {
  return (
    error instanceof TelegramError &&
    error.code === 400 &&
    /message is not modified|message to edit not found|message can't be edited/i.test(error.description)
  );
}

/** A loggable summary of an error: Telegram's code and description, or the error's name and message. */
export function describe(error: unknown): string {
  if (error instanceof TelegramError) return `${error.code}: ${error.description}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
