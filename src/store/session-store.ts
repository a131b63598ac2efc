import type { Session } from '../session.ts';

/** What {@link SessionStore.load} returns: the session (if any), its revision and whether the message was seen already. */
export interface LoadedSession {
  /** The stored session, or `undefined` for a new conversation. */
  session: Session | undefined;
  /** The stored revision; 0 when nothing is stored. Pass it back to {@link SessionStore.commit}. */
  revision: number;
  /** True when `messageId` was already handled (a platform retry): the engine answers nothing. */
  duplicate: boolean;
}

/** The outcome of {@link SessionStore.commit}. */
export type CommitResult =
  /** Stored; the message id is now recorded as handled. */
  | 'ok'
  /** Someone else stored a newer revision first: load again and redo the turn. */
  | 'conflict'
  /** The message id was recorded as handled meanwhile: drop this turn's replies. */
  | 'duplicate';

/**
 * Where sessions live between turns. Writes are optimistic: `load` returns a revision and
 * `commit` stores only if the revision is still current (compare-and-swap), recording the
 * message id as handled in the same atomic step. The engine retries a turn on `conflict`, so
 * two processes serving one conversation never lose or reorder an update.
 *
 * Implementations: {@link MemoryStore} (local play and tests) and the Redis store.
 */
export interface SessionStore {
  /**
   * Loads a conversation's session and checks whether `messageId` was handled already.
   * @throws StoreUnavailableError when the backing service cannot be reached.
   */
  load(key: string, messageId?: string): Promise<LoadedSession>;
  /**
   * Stores `session` if the stored revision still equals `revision`, and marks `messageId`
   * as handled (for at least 24 hours).
   * @throws StoreUnavailableError when the backing service cannot be reached.
   */
  commit(key: string, revision: number, session: Session, messageId?: string): Promise<CommitResult>;
  /** Erases everything stored about a conversation: session, journal, schedules, dedupe records. */
  erase(key: string): Promise<void>;
  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * Thrown by a store when its backing service is unreachable. The engine answers such turns
 * with a short "I can't reach my memory" reply, and crisis replies still go out.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
