import { createActor, type AnyActorRef, type AnyStateNode } from 'xstate';
import type { FlowDefinition, FlowEmitted, FlowEvent, FlowInput, FlowOutput } from '../../flows/flow.ts';
import type { FlowFrame } from '../session.ts';

/** The result of starting a flow or sending it one event. */
export interface FlowStep {
  /** The frame to store (the flow's new persisted snapshot). */
  frame: FlowFrame;
  /** What the flow emitted, in order. */
  emitted: FlowEmitted[];
  /** True when the flow reached a final state; `output` then says where to go. */
  done: boolean;
  /** The final state's output. */
  output?: FlowOutput;
  /** False when the current state does not accept the event (nothing changed). */
  accepted: boolean;
  /** True when a stored snapshot could not be used (older version, damaged) and the flow restarted. */
  restarted: boolean;
  /** Set when the machine threw; the frame is then unusable. */
  error?: unknown;
}

/**
 * Starts a flow fresh: its initial state's entry actions run and their replies are collected.
 *
 * @example const step = startFlow(onboardingFlow, { profile: {}, journal: [], now: Date.now(), args: {} });
 */
export function startFlow(flow: FlowDefinition, input: FlowInput): FlowStep {
  return drive(flow, input, undefined, undefined, false);
}

/**
 * Restores a flow from its stored frame and sends it one event. A frame from an older flow
 * version is migrated when the flow knows how, and otherwise restarted (`restarted: true`),
 * so a changed flow never crashes a conversation.
 */
export function sendToFlow(flow: FlowDefinition, frame: FlowFrame, input: FlowInput, event: FlowEvent): FlowStep {
  let snapshot: unknown = frame.snapshot;
  if (frame.version !== flow.version) {
    snapshot = flow.migrate?.(frame.snapshot, frame.version);
    if (snapshot === undefined) return drive(flow, input, undefined, undefined, true);
  }
  if (!isRestorable(flow, snapshot)) return drive(flow, input, undefined, undefined, true);
  try {
    return drive(flow, input, snapshot, event, false);
  } catch {
    // A snapshot the machine cannot restore (damaged, or a state that no longer exists).
    return drive(flow, input, undefined, undefined, true);
  }
}

function drive(
  flow: FlowDefinition,
  input: FlowInput,
  snapshot: unknown,
  event: FlowEvent | undefined,
  restarted: boolean,
): FlowStep {
  const emitted: FlowEmitted[] = [];
  let error: unknown;
  const actor: AnyActorRef = createActor(flow.machine, {
    input,
    ...(snapshot === undefined ? {} : { snapshot: snapshot as never }),
  });
  actor.on('*', (e: FlowEmitted) => emitted.push(e));
  actor.subscribe({ error: (e: unknown) => (error = e) });
  actor.start();
  let accepted = true;
  if (event) {
    accepted = actor.getSnapshot().status === 'active' && actor.getSnapshot().can(event);
    if (accepted) actor.send(event);
  }
  const after = actor.getSnapshot();
  const step: FlowStep = {
    frame: { flow: flow.id, version: flow.version, snapshot: actor.getPersistedSnapshot() },
    emitted,
    done: after.status === 'done',
    output: after.status === 'done' ? ((after.output ?? {}) as FlowOutput) : undefined,
    accepted,
    restarted,
    error: error ?? (after.status === 'error' ? after.error : undefined),
  };
  actor.stop();
  return step;
}

/**
 * Checks a stored snapshot before XState sees it: an active snapshot whose state value names
 * states the machine has. (XState throws on unknown states, and also reports the error again
 * asynchronously, which would take the whole process down.)
 */
function isRestorable(flow: FlowDefinition, snapshot: unknown): boolean {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const { status, value, context } = snapshot as { status?: unknown; value?: unknown; context?: unknown };
  if (status !== 'active' || typeof context !== 'object' || context === null) return false;
  return valueExists(flow.machine.root, value);
}

function valueExists(node: AnyStateNode, value: unknown): boolean {
  if (typeof value === 'string') return value in node.states;
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, child]) => key in node.states && valueExists(node.states[key]!, child));
}
