import { createActor, type AnyStateMachine } from 'xstate';
import type { FlowEmitted, FlowEvent, FlowInput } from '../../flows/flow.ts';
import type { Reply } from '../../src/reply.ts';

/** A flow machine started for a test, recording everything it emits. */
export interface DrivenFlow {
  actor: ReturnType<typeof createActor<AnyStateMachine>>;
  /** Every reply so far, in order. */
  replies: Reply[];
  /** Every emitted event so far (replies, remember, journal, escalate), in order. */
  emitted: FlowEmitted[];
  /** Sends an event (`at` filled in) and returns the replies it caused. */
  send(event: FlowEvent | { type: 'TEXT'; text: string } | { type: 'CHOICE'; id: string } | { type: 'BACK' }): Reply[];
}

/**
 * Starts a flow machine the way the engine does — listeners attached before `start()`, so the
 * first state's replies are caught — with sensible input defaults.
 *
 * @example const { replies, send } = driveFlow(apologyCoachMachine, { profile: { role: 'broke' } });
 */
export function driveFlow(machine: AnyStateMachine, input: Partial<FlowInput> = {}, snapshot?: unknown): DrivenFlow {
  const full: FlowInput = { profile: { consent: true }, journal: [], now: 0, args: {}, ...input };
  const actor = createActor(machine, { input: full, ...(snapshot === undefined ? {} : { snapshot: snapshot as never }) });
  const replies: Reply[] = [];
  const emitted: FlowEmitted[] = [];
  actor.on('*', (e: FlowEmitted) => {
    emitted.push(e);
    if (e.type === 'reply') replies.push(e.reply);
  });
  actor.start();
  return {
    actor,
    replies,
    emitted,
    send(event) {
      const mark = replies.length;
      actor.send({ at: 1, ...event } as FlowEvent);
      return replies.slice(mark);
    },
  };
}
