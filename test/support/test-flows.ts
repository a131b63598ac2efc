import { assign, emit, setup } from 'xstate';
import type { FlowDefinition, FlowEmitted, FlowEvent, FlowInput, FlowOutput } from '../../flows/flow.ts';
import { forgetFlow } from '../../flows/forget/index.ts';
import { onboardingFlow } from '../../flows/onboarding/index.ts';
import { createEngine, type EngineOptions } from '../../src/engine/engine.ts';
import type { Risk } from '../../src/safety/risk.ts';
import type { SessionStore } from '../../src/store/session-store.ts';

/**
 * A counting flow for engine tests: every TEXT is appended to a list in its context and the
 * reply says how many it has seen, so lost or reordered updates show up.
 */
export const tallyFlow: FlowDefinition = {
  id: 'tally',
  version: 1,
  title: 'Tally',
  menu: { label: 'Tally', order: 1 },
  commands: ['tally'],
  machine: setup({
    types: {} as { context: { seen: string[] }; input: FlowInput; events: FlowEvent; emitted: FlowEmitted; output: FlowOutput },
  }).createMachine({
    context: { seen: [] },
    initial: 'counting',
    states: {
      counting: {
        entry: emit({ type: 'reply', reply: { text: 'Send me words.', choices: [{ id: 'finish', label: 'Finish' }] } }),
        on: {
          TEXT: {
            actions: [
              assign({ seen: ({ context, event }) => [...context.seen, event.text] }),
              emit(({ context }) => ({ type: 'reply', reply: { text: `seen:${context.seen.join(',')}` } })),
              emit(({ event }) => ({ type: 'journal', entry: { topic: 'tally', prompt: 'word', text: event.text } })),
            ],
          },
          CHOICE: { target: 'finished' },
        },
      },
      finished: { type: 'final' },
    },
    output: { next: 'menu' },
  }),
};

/** A stand-in crisis flow that holds the floor until the person says they are safe. */
export const testCrisisFlow: FlowDefinition = {
  id: 'crisis',
  version: 1,
  title: 'Safety check',
  holdsFloor: true,
  machine: setup({
    types: {} as { input: FlowInput; events: FlowEvent; emitted: FlowEmitted; output: FlowOutput; context: { reason: string } },
  }).createMachine({
    context: ({ input }) => ({ reason: input.args.category ?? input.args.reason ?? '?' }),
    initial: 'asking',
    states: {
      asking: {
        entry: [
          emit(({ context }) => ({ type: 'reply', reply: { text: `CRISIS:${context.reason} are you safe?`, choices: [{ id: 'safe', label: "I'm safe" }] } })),
          emit(({ context }) => ({ type: 'escalate', category: context.reason, level: 'high', whose: 'own' })),
        ],
        on: {
          NAVIGATE: { actions: emit({ type: 'reply', reply: { text: 'Before we go on: are you safe?', choices: [{ id: 'safe', label: "I'm safe" }] } }) },
          CHOICE: 'safe',
        },
      },
      safe: { type: 'final' },
    },
  }),
};

/** A screen for engine tests: "DANGER" anywhere is a high suicide risk. */
export const testScreen = (text: string): Risk | null => (text.includes('DANGER') ? { category: 'suicide', level: 'high' } : null);

/** Builds an engine with the real onboarding and forget flows plus the test flows above. */
export function testEngine(store: SessionStore, overrides: Partial<EngineOptions> = {}) {
  return createEngine({
    store,
    flows: [onboardingFlow, forgetFlow, tallyFlow, testCrisisFlow],
    roles: { onboarding: 'onboarding', crisis: 'crisis', forget: 'forget' },
    screen: testScreen,
    crisisFallback: (risk) => [{ text: `FALLBACK:${risk?.category ?? 'help'} call 988` }],
    ...overrides,
  });
}
