/**
 * Runs async tasks one at a time per key, in the order they were queued, while tasks for
 * different keys run concurrently. The engine uses it so two messages of one conversation
 * never race inside a process (the store's compare-and-swap covers other processes); channels
 * use it to keep one chat's outgoing messages in order while a rate-limited chat holds up no other.
 *
 * @example await queue.run('telegram:42', () => handleTurn());
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Queues `task` behind earlier tasks of the same key and resolves with its result. */
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
