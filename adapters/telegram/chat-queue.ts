/**
 * Runs tasks one after another per key (a Telegram chat), and different keys side by side.
 * It keeps a conversation's turns and outgoing messages in order even when updates arrive
 * together, while a slow or rate-limited chat does not hold up the others.
 *
 * @example await queue.run('42', () => sendInOrder());
 */
export class ChatQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after everything queued for `key` before it; settles like `task`. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Waits until every task queued so far has settled. */
  async drain(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all(this.#tails.values());
  }
}
