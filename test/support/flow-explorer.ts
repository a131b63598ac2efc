import type { FlowDefinition, FlowEvent, FlowInput } from '../../flows/flow.ts';
import { sendToFlow, startFlow, type FlowStep } from '../../src/engine/flow-runner.ts';
import type { FlowFrame } from '../../src/session.ts';

/** One state a flow can be in, with a stored frame that restores it. */
export interface ExploredState {
  flow: string;
  /** The XState state value, as JSON. */
  state: string;
  frame: FlowFrame;
}

const SAMPLE_TEXTS = [
  "I'm sorry I lied to you about the money. It was wrong and I know it hurt you. I will show you my statements every week.",
  'You never listen to me and you always lie',
  'I feel hurt when plans change without a message because I need to rely on you. Could we text each other?',
  'ok',
];

/**
 * Explores a flow the way a person could: from the start, press every button it shows, type a
 * few typical texts, and go back — breadth first, keeping one stored frame per distinct state.
 * Used to prove properties "from every state of every flow" through the real engine.
 */
export function exploreFlow(flow: FlowDefinition, input: FlowInput, limit = 150): ExploredState[] {
  const found = new Map<string, ExploredState>();
  const queue: Array<{ frame: FlowFrame; step: FlowStep }> = [];
  const visit = (step: FlowStep) => {
    if (step.done || step.error !== undefined) return;
    const state = JSON.stringify((step.frame.snapshot as { value: unknown }).value);
    if (found.has(state) || found.size >= limit) return;
    found.set(state, { flow: flow.id, state, frame: step.frame });
    queue.push({ frame: step.frame, step });
  };
  visit(startFlow(flow, input));
  while (queue.length) {
    const { frame, step } = queue.shift()!;
    const ids = step.emitted.flatMap((e) => (e.type === 'reply' ? (e.reply.choices ?? []).map((c) => c.id) : []));
    const events: FlowEvent[] = [
      ...ids.map((id) => ({ type: 'CHOICE' as const, id, at: input.now })),
      ...SAMPLE_TEXTS.map((text) => ({ type: 'TEXT' as const, text, at: input.now })),
      { type: 'BACK', at: input.now },
    ];
    for (const event of events) {
      const next = sendToFlow(flow, frame, input, event);
      if (next.accepted) visit(next);
    }
  }
  return [...found.values()];
}
