import type { Session } from '../session.ts';
import { SessionCipher } from './encryption.ts';
import { DEDUPE_TTL_MS } from './memory-store.ts';
import {
  createOutageTolerantClient,
  isNoScript,
  redactUrl,
  toStoreError,
  type OutageOptions,
  type RedisClient,
  type StoreLogger,
} from './redis-connection.ts';
import { conversationKeys, conversationPattern, DEFAULT_KEY_PREFIX } from './redis-keys.ts';
import { COMMIT_SCRIPT, LOAD_SCRIPT, type RedisScript } from './redis-scripts.ts';
import { StoreUnavailableError, type CommitResult, type LoadedSession, type SessionStore } from './session-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Options of {@link RedisStore.connect}. */
export interface RedisStoreOptions extends OutageOptions {
  /** `redis://[[user]:password@]host[:port][/db]`, usually from `REDIS_URL`. */
  url: string;
  /** Prefix of every key; lets several bots share one Redis. Default `kintsugi`. */
  keyPrefix?: string;
  /** A conversation nobody wrote to for this many days is deleted by Redis. Default 180. */
  ttlDays?: number;
  /** 32-byte AES keys, newest first (see `parseEncryptionKeys`); sessions are encrypted when given. */
  encryptionKeys?: Buffer[];
  /** Where connection trouble is logged; message text is never logged. */
  logger?: StoreLogger;
  /**
   * How long `connect` waits for the first connection (ms). Default 3000. If Redis is not
   * reachable by then, `connect` still returns a store that keeps reconnecting in the background
   * (turns fail with `StoreUnavailableError` meanwhile), unless `requireConnection` is set.
   */
  startupTimeoutMs?: number;
  /** Throw `StoreUnavailableError` from `connect` when Redis is not reachable in time. Default false. */
  requireConnection?: boolean;
}

/** Counters of what the store did, for benchmarks and metrics. */
export interface RedisStoreStats {
  /** Requests sent to Redis for loads, commits and erasures, answered or failed; connection setup is not counted. */
  roundTrips: number;
  /** Calls of `load`. */
  loads: number;
  /** Calls of `commit`, by outcome. */
  commits: Record<CommitResult, number>;
  /** Calls that failed with `StoreUnavailableError`. */
  unavailable: number;
}

/**
 * Keeps sessions in Redis, so several bot processes can serve one user base and nothing is lost
 * when one restarts. Each conversation has a hash `<prefix>:{<key>}:session` (`rev`, `data`) and
 * a sorted set `<prefix>:{<key>}:dedupe` of handled message ids; both expire after `ttlDays`
 * without a commit.
 *
 * - `load` is one round trip (a Lua script reading revision, session and dedupe record);
 *   `commit` is one round trip (a Lua script doing compare-and-swap on the revision, recording
 *   the message id and refreshing expiry, all or nothing).
 * - With `encryptionKeys`, session documents are stored AES-256-GCM encrypted.
 * - While Redis is unreachable, calls fail at once with `StoreUnavailableError`, and the
 *   client reconnects by itself.
 *
 * @example const store = await RedisStore.connect({ url: process.env.REDIS_URL!, encryptionKeys });
 */
export class RedisStore implements SessionStore {
  /** What the store did so far; `roundTrips / turns` is the cost of a turn. */
  readonly stats: RedisStoreStats = { roundTrips: 0, loads: 0, commits: { ok: 0, conflict: 0, duplicate: 0 }, unavailable: 0 };
  readonly #client: RedisClient;
  readonly #url: string;
  readonly #prefix: string;
  readonly #ttlMs: number;
  readonly #cipher: SessionCipher;
  readonly #deadlineMs: number;

  private constructor(client: RedisClient, options: RedisStoreOptions) {
    this.#client = client;
    this.#url = options.url;
    this.#prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.#ttlMs = Math.round((options.ttlDays ?? 180) * DAY_MS);
    this.#cipher = new SessionCipher(options.encryptionKeys ?? []);
    this.#deadlineMs = options.commandTimeoutMs ?? 2000;
  }

  /**
   * Connects to Redis and returns the store. Waits up to `startupTimeoutMs` for the first
   * connection; see {@link RedisStoreOptions.requireConnection} for what happens if it fails.
   * @throws Error for a bad option (with what to set), StoreUnavailableError with `requireConnection`.
   */
  static async connect(options: RedisStoreOptions): Promise<RedisStore> {
    checkOptions(options);
    const client = createOutageTolerantClient(options.url, options.logger, options);
    const store = new RedisStore(client, options);
    client.on('ready', () => void store.#preloadScripts());
    const connected = client.connect().then(
      () => true,
      () => false,
    );
    const timeoutMs = options.startupTimeoutMs ?? 3000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const ready = await Promise.race([connected, timedOut]);
    clearTimeout(timer);
    if (!ready) {
      const message = `Can't reach Redis at ${redactUrl(options.url)} within ${timeoutMs} ms. Check REDIS_URL and that redis-server is running.`;
      if (options.requireConnection) {
        client.destroy();
        throw new StoreUnavailableError(message);
      }
      options.logger?.warn({ redis: redactUrl(options.url) }, `${message} Starting anyway; reconnecting in the background`);
    }
    return store;
  }

  /** True when session documents are written encrypted (encryption keys were given). */
  get encrypts(): boolean {
    return this.#cipher.encrypts;
  }

  /** True while connected; turns fail with `StoreUnavailableError` otherwise. */
  get isReady(): boolean {
    return this.#client.isReady;
  }

  async load(key: string, messageId?: string): Promise<LoadedSession> {
    this.stats.loads++;
    const keys = conversationKeys(this.#prefix, key);
    const reply = await this.#run(LOAD_SCRIPT, [keys.session, keys.dedupe], [messageId ?? '']);
    if (!Array.isArray(reply)) throw new Error(`Unexpected reply from the Redis load script: ${typeof reply}`);
    const [revision, duplicate, data] = reply as [unknown, unknown, unknown];
    return {
      session: typeof data === 'string' ? (JSON.parse(this.#cipher.open(data, key)) as Session) : undefined,
      revision: Number(revision),
      duplicate: Number(duplicate) === 1,
    };
  }

  async commit(key: string, revision: number, session: Session, messageId?: string): Promise<CommitResult> {
    const keys = conversationKeys(this.#prefix, key);
    const data = this.#cipher.seal(JSON.stringify(session), key);
    const args = [String(revision), data, messageId ?? '', String(this.#ttlMs), String(DEDUPE_TTL_MS)];
    const reply = await this.#run(COMMIT_SCRIPT, [keys.session, keys.dedupe], args);
    if (reply !== 'ok' && reply !== 'conflict' && reply !== 'duplicate') {
      throw new Error(`Unexpected reply from the Redis commit script: ${String(reply)}`);
    }
    this.stats.commits[reply]++;
    return reply;
  }

  /**
   * Deletes every key of the conversation under this store's prefix: the session, dedupe
   * records, and anything other modules keep under the conversation's hash tag (found by SCAN).
   */
  async erase(key: string): Promise<void> {
    const keys = conversationKeys(this.#prefix, key);
    await this.#send(['DEL', keys.session, keys.dedupe]);
    const pattern = conversationPattern(this.#prefix, key);
    let cursor = '0';
    do {
      const reply = (await this.#send(['SCAN', cursor, 'MATCH', pattern, 'COUNT', '1000'])) as [string, string[]];
      cursor = reply[0];
      if (reply[1].length > 0) await this.#send(['DEL', ...reply[1]]);
    } while (cursor !== '0');
  }

  async close(): Promise<void> {
    if (!this.#client.isOpen) return;
    if (this.#client.isReady) await this.#client.close();
    else this.#client.destroy();
  }

  /**
   * Teaches Redis the scripts whenever a connection is (re)established, so ordinary turns never
   * pay for a NOSCRIPT retry. Connection setup, not counted in `stats.roundTrips`.
   */
  async #preloadScripts(): Promise<void> {
    try {
      await Promise.all([LOAD_SCRIPT, COMMIT_SCRIPT].map((script) => this.#client.scriptLoad(script.source)));
    } catch {
      // Redis went away again; the next connection preloads, and #run falls back to EVAL anyway.
    }
  }

  /** Runs a script by its SHA, sending the source once if Redis does not know it (after a restart). */
  async #run(script: RedisScript, keys: string[], args: string[]): Promise<unknown> {
    try {
      return await this.#send(['EVALSHA', script.sha, String(keys.length), ...keys, ...args], true);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return await this.#send(['EVAL', script.source, String(keys.length), ...keys, ...args]);
    }
  }

  /** One round trip, with a deadline; outages become `StoreUnavailableError`. */
  async #send(command: string[], passNoScript = false): Promise<unknown> {
    this.stats.roundTrips++;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError(`Redis did not answer within ${this.#deadlineMs} ms`)), this.#deadlineMs);
    });
    const sent = this.#client.sendCommand(command);
    sent.catch(() => undefined);
    try {
      return await Promise.race([sent, deadline]);
    } catch (error) {
      if (passNoScript && isNoScript(error)) throw error;
      const mapped = toStoreError(error, this.#url);
      if (mapped instanceof StoreUnavailableError) this.stats.unavailable++;
      throw mapped;
    } finally {
      clearTimeout(timer);
    }
  }
}

function checkOptions(options: RedisStoreOptions): void {
  if (!/^rediss?:\/\//.test(options.url)) {
    throw new Error(`REDIS_URL must look like redis://127.0.0.1:6379 (got ${redactUrl(options.url)}).`);
  }
  const ttlDays = options.ttlDays ?? 180;
  if (!(ttlDays > 0) || !Number.isFinite(ttlDays)) {
    throw new Error(`SESSION_TTL_DAYS must be a positive number of days (got ${String(options.ttlDays)}); the default is 180.`);
  }
}
