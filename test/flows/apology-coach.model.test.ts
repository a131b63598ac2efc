import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { driveFlow } from '../support/flow-driver.ts';
import * as copy from '../../flows/apology-coach/copy.ts';
import { apologyCoachMachine } from '../../flows/apology-coach/machine.ts';
import type { FlowEvent, FlowInput } from '../../flows/flow.ts';

const input: FlowInput = { profile: { consent: true, relationship: 'partner', role: 'broke' }, journal: [], now: 0, args: {} };
const events: FlowEvent[] = [
  ...Object.values(copy.CHOICE).filter((id) => id !== 'menu').map((id) => ({ type: 'CHOICE' as const, id, at: 1 })),
  { type: 'TEXT', text: "I'm sorry I lied to you about Friday.", at: 1 },
  { type: 'TEXT', text: 'What time is it?', at: 1 },
  { type: 'BACK', at: 1 },
  { type: 'RESUME', at: 1 },
];
const waiting = Object.keys(apologyCoachMachine.root.states).filter((s) => s !== 'done' && s !== 'saved');

describe('apology coach (model-based)', () => {
  const paths = getShortestPaths(apologyCoachMachine, { events, input, serializeState: (s) => JSON.stringify([s.value, s.context.tip]) });

  it('reaches every state that waits for the person', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([...waiting].sort());
  });

  it.each(waiting)('in state %s the last message offers "Back to menu", and pressing it ends with { next: "menu" }', (state) => {
    const path = paths.find((p) => String(p.state.value) === state);
    expect(path).toBeDefined();
    const { actor, replies } = driveFlow(apologyCoachMachine, input);
    for (const step of path?.steps ?? []) if ((step.event.type as string) !== 'xstate.init') actor.send(step.event);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain('menu');
    actor.send({ type: 'CHOICE', id: 'menu', at: 2 });
    expect(actor.getSnapshot().output).toEqual({ next: 'menu' });
  });

  it('speaks to the person by who the apology is for', () => {
    const { replies } = driveFlow(apologyCoachMachine, input);
    expect(replies.map((r) => r.text).join(' ')).toContain("the way you'd say it to your partner");
  });
});
