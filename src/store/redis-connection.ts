import { createClient, ErrorReply, type RedisClientType } from 'redis';
import { StoreUnavailableError } from './session-store.ts';

/** The subset of a pino logger the Redis store uses. */
export interface StoreLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/** How the Redis connection behaves during outages; the defaults suit a chatbot. */
export interface OutageOptions {
  /** Give up a connection attempt after this long (ms). Default 1000. */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts (ms); they start at 50 ms and double. Default 2000. */
  maxReconnectDelayMs?: number;
  /** A command without an answer after this long (ms) counts as an outage. Default 2000. */
  commandTimeoutMs?: number;
}

/** A connected (or reconnecting) Redis client. */
export type RedisClient = RedisClientType;

/**
 * Creates a Redis client that never makes a caller wait on an outage: no offline queue (commands
 * fail at once while disconnected), short connect timeout, and reconnection with capped
 * exponential backoff that goes on until the store is closed. Connection trouble is logged once
 * per outage, and recovery once.
 *
 * @example const client = createOutageTolerantClient('redis://127.0.0.1:6379', logger);
 */
export function createOutageTolerantClient(url: string, logger: StoreLogger | undefined, options: OutageOptions = {}): RedisClient {
  const maxDelay = options.maxReconnectDelayMs ?? 2000;
  const client: RedisClient = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 10_000,
    commandOptions: { timeout: options.commandTimeoutMs ?? 2000 },
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 1000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 10), maxDelay) + Math.floor(Math.random() * 50),
    },
  });
  let down = false;
  client.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    logger?.warn({ redis: redactUrl(url), error: describe(error) }, 'Redis is unreachable; retrying in the background');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger?.info({ redis: redactUrl(url) }, 'Redis is reachable again');
  });
  return client;
}

/**
 * Turns what a Redis call threw into what the store throws: connection trouble and transient
 * server states become {@link StoreUnavailableError}; anything else (a bug) is rethrown as is.
 */
export function toStoreError(error: unknown, url: string): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof ErrorReply && !/^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|READONLY|OOM)\b/.test(error.message)) {
    return error;
  }
  return new StoreUnavailableError(`Can't reach Redis at ${redactUrl(url)} (${describe(error)}); retrying in the background.`, { cause: error });
}

/** Whether Redis answered that it does not know a script (after a restart or `SCRIPT FLUSH`). */
export function isNoScript(error: unknown): boolean {
  return error instanceof ErrorReply && error.message.startsWith('NOSCRIPT');
}

/**
 * The URL without its password, for logs and error messages.
 * @example redactUrl('redis://:secret@127.0.0.1:6379') // 'redis://:***@127.0.0.1:6379'
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(unparseable REDIS_URL)';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
