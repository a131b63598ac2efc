import { describe, expect, it } from 'vitest';
import type { FlowInput } from '../../flows/flow.ts';
import { buildEngine } from '../../src/app.ts';
import { allFlows } from '../../src/flows-registry.ts';
import type { Profile } from '../../src/profile.ts';
import { newSession } from '../../src/session.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { Person } from '../support/conversation.ts';
import { exploreFlow, type ExploredState } from '../support/flow-explorer.ts';

const NOW = Date.UTC(2026, 10, 22, 9);
const profiles: Profile[] = [
  { consent: true, role: 'broke', relationship: 'partner', breach: 'lying', onboardedAt: NOW - 86_400_000 },
  { consent: true, role: 'hurt', relationship: 'friend', breach: 'promises', onboardedAt: NOW - 86_400_000 },
];

const states: Array<[string, ExploredState, Profile]> = [];
for (const profile of profiles) {
  const input: FlowInput = { profile, journal: [], now: NOW, args: {} };
  for (const flow of allFlows.filter((f) => f.id !== 'crisis')) {
    for (const state of exploreFlow(flow, input)) states.push([`${flow.id} ${state.state} (${profile.role})`, state, profile]);
  }
}

/** A person whose conversation is stored in exactly the given flow state. */
async function personIn(state: ExploredState, profile: Profile): Promise<{ person: Person; store: MemoryStore }> {
  const store = new MemoryStore();
  const person = new Person(buildEngine({ store }));
  const session = newSession({ channel: 'test', conversationId: person.userId, userId: person.userId }, NOW);
  session.profile = { ...profile };
  session.stack = [state.frame];
  await store.commit(`test:${person.userId}`, 0, session);
  return { person, store };
}

describe('the crisis interrupt works from every state of every flow', () => {
  it('explores a meaningful number of states in every flow', () => {
    const flowsSeen = new Set(states.map(([, s]) => s.flow));
    for (const flow of allFlows.filter((f) => f.id !== 'crisis')) expect(flowsSeen, flow.id).toContain(flow.id);
    expect(states.length).toBeGreaterThan(60);
  });

  it.each(states)('%s: interrupted, held, then resumed', async (_name, state, profile) => {
    const { person, store } = await personIn(state, profile);
    await person.say('i just want to kill myself tonight');
    expect(person.text).toMatch(/988/);
    expect(person.text).toMatch(/automated/i);
    const stack = (await store.load(`test:${person.userId}`)).session!.stack;
    expect(stack.at(-1)!.flow).toBe('crisis');
    // Coaching is paused, not lost: the interrupted flow waits underneath.
    expect(stack.at(-2)?.flow).toBe(state.flow);
    await person.say('/menu');
    expect(person.text).toMatch(/safe/i);
    expect(person.choices.join(' ')).not.toMatch(/repair plan/i);
    // Once they say they are safe, the interrupted flow carries on where it was.
    await person.press("I'm safe right now");
    expect(person.text).toMatch(/glad you're safe/);
    const after = (await store.load(`test:${person.userId}`)).session!.stack;
    expect(after.map((f) => f.flow)).toEqual([state.flow]);
  });
});
