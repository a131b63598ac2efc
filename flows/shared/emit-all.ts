import type { FlowEmitted } from '../flow.ts';
import type { Reply } from '../../src/reply.ts';

/** The part of XState's `enqueueActions` helper that emitting needs. */
export interface Emitter {
  emit: (event: FlowEmitted) => void;
}

/**
 * Emits replies in order, for use inside `enqueueActions`, so one action can say several short
 * messages (one idea each).
 *
 * @example sayHello: enqueueActions(({ enqueue }) => emitAll(enqueue, [say('Hi.'), say('Welcome back.')]))
 */
export function emitAll(enqueue: Emitter, replies: readonly Reply[]): void {
  for (const reply of replies) enqueue.emit({ type: 'reply', reply });
}
