import type { Session } from '../session.ts';
import type { CommitResult, LoadedSession, SessionStore } from './session-store.ts';

/** How long a handled message id is remembered, so platform retries are dropped. */
export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

interface Entry {
  json: string;
  revision: number;
}

/**
 * Keeps sessions in this process's memory: the zero-config store for local chats and tests.
 * Everything is gone when the process exits. Sessions are stored as JSON, so what a flow gets
 * back is exactly what a Redis-backed store would give it.
 *
 * @example const engine = createEngine({ store: new MemoryStore() });
 */
export class MemoryStore implements SessionStore {
  readonly #sessions = new Map<string, Entry>();
  readonly #seen = new Map<string, Map<string, number>>();
  readonly #now: () => number;

  /** @param now clock used for dedupe expiry; tests pass a fake one. */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async load(key: string, messageId?: string): Promise<LoadedSession> {
    const entry = this.#sessions.get(key);
    return {
      session: entry ? (JSON.parse(entry.json) as Session) : undefined,
      revision: entry?.revision ?? 0,
      duplicate: messageId !== undefined && this.#wasSeen(key, messageId),
    };
  }

  async commit(key: string, revision: number, session: Session, messageId?: string): Promise<CommitResult> {
    if (messageId !== undefined && this.#wasSeen(key, messageId)) return 'duplicate';
    const current = this.#sessions.get(key)?.revision ?? 0;
    if (current !== revision) return 'conflict';
    this.#sessions.set(key, { json: JSON.stringify(session), revision: current + 1 });
    if (messageId !== undefined) this.#markSeen(key, messageId);
    return 'ok';
  }

  async erase(key: string): Promise<void> {
    this.#sessions.delete(key);
    this.#seen.delete(key);
  }

  async close(): Promise<void> {
    this.#sessions.clear();
    this.#seen.clear();
  }

  /** Number of stored sessions; for tests and the `/forget` proof. */
  get size(): number {
    return this.#sessions.size + this.#seen.size;
  }

  #wasSeen(key: string, messageId: string): boolean {
    const expires = this.#seen.get(key)?.get(messageId);
    return expires !== undefined && expires > this.#now();
  }

  #markSeen(key: string, messageId: string): void {
    let seen = this.#seen.get(key);
    if (!seen) this.#seen.set(key, (seen = new Map()));
    const now = this.#now();
    for (const [id, expires] of seen) if (expires <= now) seen.delete(id);
    seen.set(messageId, now + DEDUPE_TTL_MS);
  }
}
