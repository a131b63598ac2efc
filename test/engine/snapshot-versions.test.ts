import { readFileSync } from 'node:fs';
import { setup, emit } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowEmitted, FlowEvent, FlowInput, FlowOutput } from '../../flows/flow.ts';
import { buildEngine } from '../../src/app.ts';
import { allFlows } from '../../src/flows-registry.ts';
import type { Session } from '../../src/session.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { Person } from '../support/conversation.ts';
import { tallyFlow, testEngine } from '../support/test-flows.ts';

function fixture(name: string): Session {
  const raw = readFileSync(new URL(`../fixtures/snapshots/${name}.json`, import.meta.url), 'utf8');
  const session = (JSON.parse(raw) as { session: Session }).session;
  for (const frame of session.stack) {
    if ((frame.version as unknown) === 'CURRENT') frame.version = allFlows.find((f) => f.id === frame.flow)!.version;
  }
  return session;
}

async function personWith(session: Session) {
  const store = new MemoryStore();
  const person = new Person(buildEngine({ store }), 'fixture');
  await store.commit('test:fixture', 0, session);
  return { person, store };
}

describe('stored snapshots from older flow versions', () => {
  it('restarts onboarding gently when its old state no longer exists, keeping the journal', async () => {
    const { person, store } = await personWith(fixture('onboarding-v0-removed-state'));
    await person.say('Sam');
    expect(person.text).toMatch(/updated since we last talked/);
    expect(person.text).toMatch(/Getting started/);
    expect(person.choices).toContain('Yes, remember them');
    const stored = (await store.load('test:fixture')).session!;
    expect(stored.journal).toHaveLength(1);
    expect(stored.stack[0]).toMatchObject({ flow: 'onboarding', version: 1 });
  });

  it('restarts a flow whose stored state is unknown even at the current version, without crashing', async () => {
    const { person } = await personWith(fixture('repair-current-version-unknown-state'));
    await person.say('done');
    expect(person.text).toMatch(/updated since we last talked/);
    expect(person.choices.length).toBeGreaterThan(0);
  });

  it('goes to the menu when the stored flow no longer exists', async () => {
    const { person } = await personWith(fixture('unknown-flow'));
    await person.say('hello');
    expect(person.text).toMatch(/What would you like to work on/);
    expect(person.choices).toContain('Get help now');
  });

  it('migrates a snapshot when the flow knows how, without restarting', async () => {
    const store = new MemoryStore();
    const before = new Person(testEngine(store), 'migrating');
    await before.say('/start');
    const loaded = await store.load('test:migrating');
    const session = loaded.session!;
    // Pretend the person was in tally v1 with two words seen.
    session.profile.onboardedAt = 1;
    session.stack = [{ flow: 'tally', version: 1, snapshot: { status: 'active', value: 'counting', context: { seen: ['a', 'b'] }, children: {}, historyValue: {} } }];
    await store.commit('test:migrating', loaded.revision, session);

    const tallyV2: FlowDefinition = {
      ...tallyFlow,
      version: 2,
      machine: setup({
        types: {} as { context: { words: string[] }; input: FlowInput; events: FlowEvent; emitted: FlowEmitted; output: FlowOutput },
      }).createMachine({
        context: { words: [] },
        initial: 'listening',
        states: {
          listening: {
            on: { TEXT: { actions: emit(({ context, event }) => ({ type: 'reply', reply: { text: `words:${[...context.words, event.text].join(',')}` } })) } },
          },
        },
      }),
      migrate: (snapshot, from) => {
        if (from !== 1) return undefined;
        const old = snapshot as { context: { seen: string[] } };
        return { status: 'active', value: 'listening', context: { words: old.context.seen }, children: {}, historyValue: {} };
      },
    };
    const after = new Person(testEngine(store, { flows: [...allFlows.filter((f) => ['onboarding', 'forget', 'crisis'].includes(f.id)), tallyV2] }), 'migrating');
    await after.say('c');
    expect(after.text).toBe('words:a,b,c');
  });
});
