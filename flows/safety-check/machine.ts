import { assign, enqueueActions, setup } from 'xstate';
import type { Profile } from '../../src/profile.ts';
import { ask, say } from '../../src/reply.ts';
import { inferRegion } from '../../src/safety/region.ts';
import { resourcesFor } from '../../src/safety/resources.ts';
import type { FlowTypes } from '../flow.ts';
import { sayAll } from '../crisis/emit.ts';
import * as crisisMessages from '../crisis/messages.ts';
import { firstLine } from '../crisis/resource-replies.ts';
import { safetyCopy as copy, them } from './copy.ts';
import { frequencyScore, hitsTotal, isPositive } from './hits.ts';
import { isChoice } from '../shared/is-choice.ts';

interface Context {
  /** How the other person is named ("your partner"). */
  who: string;
  /** Country or region code for resources. */
  region: string;
  /** HITS answers so far, as scores 1–5, by item. */
  scores: number[];
  /** What was stored before, merged into when the result is remembered. */
  priorSafety: Profile['safety'] | null;
}

const abuseSituation = (context: Context): crisisMessages.Situation => ({ need: 'partner_violence', region: context.region, thirdParty: false });
const abuseLine = (context: Context) => firstLine(resourcesFor(context.region, 'partner_violence'));
const says = (texts: readonly string[]) => texts.map((text) => say(text));

/** One HITS question: a frequency answer moves on, `/back` goes to the previous question. */
function item(index: number, next: string, previous: string) {
  return {
    entry: { type: 'askItem', params: { index } },
    on: {
      CHOICE: { guard: 'isFrequency', target: next, actions: { type: 'score', params: { index } } },
      BACK: previous,
    },
  } as const;
}

/**
 * The safety check after onboarding: asks gently whether they feel safe with the other person;
 * "not always" or "no" leads to the four-item HITS screen. A positive screen switches to the
 * safety path (abuse-specific lines, why joint work isn't advised, safety-planning ideas) and
 * remembers `safety.abuse`, which hides joint exercises from then on.
 */
export const safetyCheckMachine = setup({
  types: {} as FlowTypes<Context>,
  actions: {
    askSafe: enqueueActions(({ context, enqueue }) => sayAll(enqueue, [say(copy.why), ask(copy.askSafe(context.who), copy.safeChoices)])),
    sayClear: enqueueActions(({ context, event, enqueue }) => {
      enqueue.emit({ type: 'remember', patch: { safety: { ...context.priorSafety, abuse: false, screenedAt: event.at } } });
      sayAll(enqueue, says(copy.clear));
    }),
    sayRatherNot: enqueueActions(({ enqueue }) => sayAll(enqueue, says(copy.ratherNot))),
    askIntro: enqueueActions(({ enqueue }) => sayAll(enqueue, [ask(copy.intro, copy.introChoices)])),
    saySkipped: enqueueActions(({ context, event, enqueue }) => {
      // They don't always feel safe and chose not to answer more: no joint exercises, to be careful.
      enqueue.emit({ type: 'remember', patch: { safety: { ...context.priorSafety, abuse: true, screenedAt: event.at } } });
      const line = abuseLine(context);
      sayAll(enqueue, [...says(copy.skipped), ...(line ? [say(copy.talkItThrough(line))] : [])]);
    }),
    askItem: enqueueActions(({ context, enqueue }, params: { index: number }) =>
      sayAll(enqueue, [ask(copy.items[params.index]!(context.who), copy.frequencies)]),
    ),
    score: assign({
      scores: ({ context, event }, params: { index: number }) => {
        const scores = context.scores.slice(0, params.index);
        scores[params.index] = event.type === 'CHOICE' ? (frequencyScore(event.id) ?? 1) : 1;
        return scores;
      },
    }),
    sayPositive: enqueueActions(({ context, event, enqueue }) => {
      const hitsScore = hitsTotal(context.scores);
      enqueue.emit({ type: 'remember', patch: { safety: { ...context.priorSafety, abuse: true, screenedAt: event.at, hitsScore } } });
      sayAll(enqueue, [...says(copy.positive), ask(copy.safeToTalk, copy.safeToTalkChoices)]);
    }),
    sayNotPositive: enqueueActions(({ context, event, enqueue }) => {
      const hitsScore = hitsTotal(context.scores);
      enqueue.emit({ type: 'remember', patch: { safety: { ...context.priorSafety, abuse: false, screenedAt: event.at, hitsScore } } });
      const line = abuseLine(context);
      sayAll(enqueue, [...says(copy.notPositive), ...(line ? [say(copy.talkItThrough(line))] : [])]);
    }),
    sayLater: enqueueActions(({ context, enqueue }) => sayAll(enqueue, says(copy.later(abuseLine(context))))),
    saySafetyPath: enqueueActions(({ context, enqueue }) =>
      sayAll(enqueue, [...crisisMessages.resources(abuseSituation(context)), ...says(copy.notJoint), ask(copy.offerPlan, copy.offerPlanChoices)]),
    ),
    sayPlan: enqueueActions(({ enqueue }) => sayAll(enqueue, [...says(copy.plan), ask(copy.toMenu, copy.toMenuChoices)])),
  },
  guards: {
    chose: ({ event }, params: { id: string }) => isChoice(event, params),
    isFrequency: ({ event }) => event.type === 'CHOICE' && frequencyScore(event.id) !== undefined,
    screenPositive: ({ context }) => isPositive(hitsTotal(context.scores)),
  },
}).createMachine({
  id: 'safety-check',
  context: ({ input }) => ({
    who: them(input.profile.relationship),
    region: inferRegion({ country: input.profile.country, locale: input.args.locale, timeZone: input.args.timeZone }),
    scores: [],
    priorSafety: input.profile.safety ?? null,
  }),
  initial: 'asking',
  states: {
    asking: {
      entry: 'askSafe',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: 'yes' } }, target: 'clear' },
          { guard: { type: 'chose', params: { id: 'not_always' } }, target: 'intro' },
          { guard: { type: 'chose', params: { id: 'no' } }, target: 'intro' },
          { guard: { type: 'chose', params: { id: 'rather_not' } }, target: 'ratherNot' },
        ],
      },
    },
    clear: { type: 'final', entry: 'sayClear' },
    ratherNot: { type: 'final', entry: 'sayRatherNot' },

    intro: {
      entry: 'askIntro',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: 'ok' } }, target: 'hurt' },
          { guard: { type: 'chose', params: { id: 'skip' } }, target: 'skipped' },
        ],
        BACK: 'asking',
      },
    },
    skipped: { type: 'final', entry: 'saySkipped' },

    // HITS: Hurt, Insult, Threaten, Scream.
    hurt: item(0, 'insult', 'intro'),
    insult: item(1, 'threaten', 'hurt'),
    threaten: item(2, 'scream', 'insult'),
    scream: item(3, 'scored', 'threaten'),
    scored: {
      always: [{ guard: 'screenPositive', target: 'positive' }, { target: 'notPositive' }],
    },
    notPositive: { type: 'final', entry: 'sayNotPositive' },

    positive: {
      entry: 'sayPositive',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: 'yes' } }, target: 'safetyPath' },
          { guard: { type: 'chose', params: { id: 'later' } }, target: 'later' },
        ],
      },
    },
    later: { type: 'final', entry: 'sayLater' },
    safetyPath: {
      entry: 'saySafetyPath',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: 'plan' } }, target: 'planning' },
          { guard: { type: 'chose', params: { id: 'menu' } }, target: 'done' },
        ],
      },
    },
    planning: {
      entry: 'sayPlan',
      on: { CHOICE: { guard: { type: 'chose', params: { id: 'menu' } }, target: 'done' } },
    },
    done: { type: 'final' },
  },
  output: () => ({ next: 'menu' }),
});
