import { assign, emit, enqueueActions, setup } from 'xstate';
import type { Breach, Relationship, Role } from '../../src/profile.ts';
import { ask, say } from '../../src/reply.ts';
import type { FlowEvent, FlowTypes } from '../flow.ts';
import { onboardingCopy as copy } from './copy.ts';

interface Context {
  consent?: boolean;
  role?: Role;
  relationship?: Relationship;
  breach?: Breach;
}

const choicesOf = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as Array<[K, string]>;
const isOneOf =
  <K extends string>(labels: Record<K, string>) =>
  ({ event }: { event: FlowEvent }) =>
    event.type === 'CHOICE' && event.id in labels;
const chosen = <K extends string>(event: FlowEvent) => (event.type === 'CHOICE' ? event.id : '') as K;

/**
 * Onboarding: says what the bot is and how to get urgent help, asks consent to store answers,
 * then role, relationship and what happened; ends by handing over to the safety check.
 */
export const onboardingMachine = setup({
  types: {} as FlowTypes<Context>,
  actions: {
    greet: emit(() => ({ type: 'reply', reply: say(copy.hello) }) as const),
    sayWhatIAm: emit(() => ({ type: 'reply', reply: say(copy.whatIAm) }) as const),
    sayUrgent: emit(() => ({ type: 'reply', reply: say(copy.urgent) }) as const),
    askConsent: emit(() => ({ type: 'reply', reply: ask(copy.consentAsk, choicesOf(copy.consentChoices)) }) as const),
    explainStorage: emit(() => ({ type: 'reply', reply: say(copy.consentMore.join('\n\n')) }) as const),
    acceptConsent: enqueueActions(({ enqueue }) => {
      enqueue.assign({ consent: true });
      enqueue.emit({ type: 'remember', patch: { consent: true } });
      enqueue.emit({ type: 'reply', reply: say(copy.consentYes) });
    }),
    declineConsent: enqueueActions(({ enqueue }) => {
      enqueue.assign({ consent: false });
      enqueue.emit({ type: 'remember', patch: { consent: false } });
      enqueue.emit({ type: 'reply', reply: say(copy.consentNo) });
    }),
    askRole: emit(() => ({ type: 'reply', reply: ask(copy.roleAsk, choicesOf(copy.roles)) }) as const),
    askRelationship: emit(() => ({ type: 'reply', reply: ask(copy.relationshipAsk, choicesOf(copy.relationships)) }) as const),
    askBreach: emit(() => ({ type: 'reply', reply: ask(copy.breachAsk, choicesOf(copy.breaches)) }) as const),
    saveRole: assign({ role: ({ event }) => chosen<Role>(event) }),
    saveRelationship: assign({ relationship: ({ event }) => chosen<Relationship>(event) }),
    saveBreach: assign({ breach: ({ event }) => chosen<Breach>(event) }),
    finish: enqueueActions(({ context, event, enqueue }) => {
      const { role, relationship, breach } = context;
      enqueue.emit({ type: 'remember', patch: { role, relationship, breach, onboardedAt: 'at' in event ? event.at : 0 } });
      enqueue.emit({ type: 'reply', reply: say(copy.thanks[role ?? 'unsure']) });
      enqueue.emit({ type: 'reply', reply: say(copy.expectations) });
    }),
  },
  guards: {
    consentYes: ({ event }) => event.type === 'CHOICE' && event.id === 'yes',
    consentNo: ({ event }) => event.type === 'CHOICE' && event.id === 'no',
    consentMore: ({ event }) => event.type === 'CHOICE' && event.id === 'more',
    isRole: isOneOf(copy.roles),
    isRelationship: isOneOf(copy.relationships),
    isBreach: isOneOf(copy.breaches),
  },
}).createMachine({
  id: 'onboarding',
  context: {},
  initial: 'consent',
  states: {
    consent: {
      entry: ['greet', 'sayWhatIAm', 'sayUrgent', 'askConsent'],
      on: {
        CHOICE: [
          { guard: 'consentYes', target: 'role', actions: 'acceptConsent' },
          { guard: 'consentNo', target: 'role', actions: 'declineConsent' },
          { guard: 'consentMore', target: 'consentExplained' },
        ],
      },
    },
    consentExplained: {
      entry: ['explainStorage', 'askConsent'],
      on: {
        CHOICE: [
          { guard: 'consentYes', target: 'role', actions: 'acceptConsent' },
          { guard: 'consentNo', target: 'role', actions: 'declineConsent' },
          { guard: 'consentMore', target: 'consentExplained', reenter: true },
        ],
        BACK: 'consent',
      },
    },
    role: {
      entry: 'askRole',
      on: {
        CHOICE: { guard: 'isRole', target: 'relationship', actions: 'saveRole' },
        BACK: 'consent',
      },
    },
    relationship: {
      entry: 'askRelationship',
      on: {
        CHOICE: { guard: 'isRelationship', target: 'breach', actions: 'saveRelationship' },
        BACK: 'role',
      },
    },
    breach: {
      entry: 'askBreach',
      on: {
        CHOICE: { guard: 'isBreach', target: 'done', actions: 'saveBreach' },
        BACK: 'relationship',
      },
    },
    done: { type: 'final', entry: 'finish' },
  },
  output: () => ({ next: 'safety-check' }),
});
