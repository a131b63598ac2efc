import type { Reply } from '../../src/reply.ts';
import type { FlowEmitted } from '../flow.ts';

/** The part of XState's `enqueueActions` helper that saying things needs. */
export interface Emitter {
  emit: (event: FlowEmitted) => void;
}

/**
 * Emits replies in order from inside `enqueueActions`, so one step can send several short
 * messages (one idea each) with the question last, where the engine expects it.
 *
 * @example sayAll(enqueue, [say('Thank you for telling me.'), ask('Are you safe right now?', choices)])
 */
export function sayAll(enqueue: Emitter, replies: readonly Reply[]): void {
  for (const reply of replies) enqueue.emit({ type: 'reply', reply });
}
