import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { FlowEvent, FlowInput } from '../../flows/flow.ts';
import { onboardingCopy } from '../../flows/onboarding/copy.ts';
import { onboardingMachine } from '../../flows/onboarding/machine.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { Person } from '../support/conversation.ts';
import { testEngine } from '../support/test-flows.ts';

const input: FlowInput = { profile: {}, journal: [], now: 0, args: {} };
const ids = [
  'yes',
  'no',
  'more',
  ...Object.keys(onboardingCopy.roles),
  ...Object.keys(onboardingCopy.relationships),
  ...Object.keys(onboardingCopy.breaches),
];
const events: FlowEvent[] = [...ids.map((id) => ({ type: 'CHOICE' as const, id, at: 1 })), { type: 'BACK', at: 1 }];
const traversal = { events, input };
const allStates = Object.keys(onboardingMachine.root.states);

/** Replays a path's events through a real engine, the way a person would. */
async function replay(person: Person, path: { steps: Array<{ event: FlowEvent | { type: string } }> }) {
  await person.say('/start');
  for (const { event } of path.steps) {
    if (event.type === 'CHOICE') await person.send({ choice: (event as { id: string }).id });
    if (event.type === 'BACK') await person.say('/back');
  }
}

describe('onboarding flow (model-based)', () => {
  const shortest = getShortestPaths(onboardingMachine, traversal);

  it('reaches every state', () => {
    const reached = new Set(shortest.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([...allStates].sort());
  });

  it('every simple path ends by handing over with role, relationship and what happened remembered', () => {
    const forward = { events: events.filter((e) => e.type !== 'BACK'), input };
    const complete = getSimplePaths(onboardingMachine, forward).filter((p) => p.state.status === 'done');
    expect(complete.length).toBeGreaterThan(100);
    for (const path of complete) expect(path.state.output).toEqual({ next: 'safety-check' });
  });

  const onePathPerState = [...new Map(shortest.filter((p) => p.state.status !== 'done').map((p) => [String(p.state.value), p])).entries()];

  it.each(onePathPerState)(
    'from state %s the menu and /stop are reachable through the engine',
    async (_state, path) => {
      const menuPerson = new Person(testEngine(new MemoryStore()));
      await replay(menuPerson, path);
      await menuPerson.say('/menu');
      expect(menuPerson.choices).toContain('Get help now');
      expect(menuPerson.choices).toContain('Set up my coaching');

      const stopPerson = new Person(testEngine(new MemoryStore()));
      await replay(stopPerson, path);
      await stopPerson.say('/stop');
      expect(stopPerson.text).toMatch(/paused/);
    },
  );

  it('has no dead ends: every non-final state accepts some event', () => {
    for (const [name, node] of Object.entries(onboardingMachine.root.states)) {
      if (node.type === 'final') continue;
      expect(node.ownEvents.length, `state ${name}`).toBeGreaterThan(0);
    }
  });

  it('remembers the answers in the profile when it finishes', async () => {
    const store = new MemoryStore();
    const person = new Person(testEngine(store), 'answers');
    await person.say('/start');
    await person.press('yes, remember');
    await person.press('someone broke my trust');
    await person.press('family');
    await person.press('feeling neglected');
    const profile = (await store.load('test:answers')).session!.profile;
    expect(profile).toMatchObject({ consent: true, role: 'hurt', relationship: 'family', breach: 'neglect' });
    expect(profile.onboardedAt).toBeGreaterThan(0);
    expect(person.text).toMatch(/months, not days/);
  });
});
