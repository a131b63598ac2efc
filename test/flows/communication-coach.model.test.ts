import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { driveFlow } from '../support/flow-driver.ts';
import * as copy from '../../flows/communication-coach/copy.ts';
import { communicationCoachMachine } from '../../flows/communication-coach/machine.ts';
import type { FlowEvent, FlowInput } from '../../flows/flow.ts';

const input: FlowInput = { profile: { consent: true }, journal: [], now: 0, args: {} };
const ids = [
  ...Object.values(copy.CHOICE).filter((id) => id !== 'menu'),
  'comm:feel:hurt',
  'comm:need:safe',
  ...copy.whenChoices.map(([id]) => id),
  ...copy.questionChoices.map(([id]) => id),
];
const events: FlowEvent[] = [
  ...ids.map((id) => ({ type: 'CHOICE' as const, id, at: 1 })),
  { type: 'TEXT', text: 'You always forget', at: 1 },
  { type: 'TEXT', text: 'I feel hurt when you cancel plans at the last minute because I need to count on you. Could we give a day of notice?', at: 1 },
  { type: 'TEXT', text: 'It sounds like you felt alone. What would help?', at: 1 },
  { type: 'BACK', at: 1 },
];

/** Leaf state ids, e.g. `builder.feeling`. */
function leaves(node: { key: string; states: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(node.states).flatMap(([key, child]) => {
    const c = child as { key: string; states: Record<string, unknown> };
    const id = prefix ? `${prefix}.${key}` : key;
    return Object.keys(c.states).length > 0 ? leaves(c, id) : [id];
  });
}

const valueId = (value: unknown): string =>
  typeof value === 'string' ? value : Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}.${valueId(v)}`)[0] ?? '';

const transient = new Set(['done', 'builder.review']);

describe('communication coach (model-based)', () => {
  const paths = getShortestPaths(communicationCoachMachine, { events, input, serializeState: (s) => JSON.stringify(s.value) });
  const reached = new Set(paths.map((p) => valueId(p.state.value)));
  const all = leaves(communicationCoachMachine.root as never).filter((s) => !transient.has(s));

  it('reaches every state', () => {
    expect(all.filter((s) => !reached.has(s))).toEqual([]);
  });

  it.each(all)('in state %s the last message offers "Back to menu", and pressing it ends with { next: "menu" }', (state) => {
    const path = paths.find((p) => valueId(p.state.value) === state);
    expect(path).toBeDefined();
    const { actor, replies } = driveFlow(communicationCoachMachine, input);
    for (const step of path?.steps ?? []) if ((step.event.type as string) !== 'xstate.init') actor.send(step.event);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain('menu');
    actor.send({ type: 'CHOICE', id: 'menu', at: 2 });
    expect(actor.getSnapshot().output).toEqual({ next: 'menu' });
  });
});
