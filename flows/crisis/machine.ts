import { and, assign, enqueueActions, setup } from 'xstate';
import type { Profile } from '../../src/profile.ts';
import { say } from '../../src/reply.ts';
import { inferRegion } from '../../src/safety/region.ts';
import { resourceDirectory, type ResourceNeed } from '../../src/safety/resources.ts';
import { RISK_CATEGORIES, whoseDanger, type RiskCategory } from '../../src/safety/risk.ts';
import type { FlowEvent, FlowInput, FlowTypes } from '../flow.ts';
import { regionChoices, regionOfChoice } from '../country/regions.ts';
import { readAnswer, readSafety, type Answer } from './answers.ts';
import * as copy from './copy.ts';
import { sayAll } from './emit.ts';
import * as messages from './messages.ts';
import { isChoice } from '../shared/is-choice.ts';

/** What the crisis flow keeps between turns (plain JSON, so snapshots persist). */
export interface CrisisContext extends messages.Situation {
  /** The screen's level (`possible`, `high`, `imminent`), or `requested` for "help now". */
  level: string;
  /** The escalation event was emitted already (once per crisis). */
  escalated: boolean;
  /** "I'm an automated coach" was said already. */
  introduced: boolean;
  /** The person's earlier safety record, merged into when abuse is disclosed. */
  priorSafety: Profile['safety'] | null;
}

/**
 * Reads the engine's args: `{ category, level, timeframe?, thirdParty?, byWriter? }` or `{ reason: 'help_now' }`,
 * plus `locale`/`timeZone` (and optionally `country`); a country in the profile wins.
 */
export function contextFromInput({ args, profile }: FlowInput): CrisisContext {
  const helpNow = args.reason === 'help_now' || !args.category;
  const category = RISK_CATEGORIES.includes(args.category as RiskCategory) ? (args.category as RiskCategory) : undefined;
  const need: ResourceNeed = helpNow || !category ? 'any' : category;
  return {
    need,
    level: helpNow ? 'requested' : (args.level ?? 'high'),
    thirdParty: args.thirdParty === 'true' || args.byWriter === 'true',
    byWriter: args.byWriter === 'true',
    region: inferRegion({ country: profile.country ?? args.country, locale: args.locale, timeZone: args.timeZone }),
    escalated: false,
    introduced: false,
    priorSafety: profile.safety ?? null,
  };
}

const atOf = (event: FlowEvent): number => event.at;
const answerOf = (event: FlowEvent): Answer => (event.type === 'TEXT' ? readAnswer(event.text) : 'unclear');

/** Guard references, so the graph below reads like its diagram. */
const chose = (id: string) => ({ type: 'chose', params: { id } }) as const;
const typed = (answer: Answer) => ({ type: 'typed', params: { answer } }) as const;

/**
 * The crisis response. Started by the engine when the screen finds risk, or by `/help now`.
 * It holds the floor: navigation arrives as `NAVIGATE` and is answered by asking whether the
 * person is safe; coaching resumes (final state, output `{}`) only after they say they are,
 * or after a clarifying question is answered "no".
 */
export const crisisMachine = setup({
  types: {} as FlowTypes<CrisisContext>,
  actions: {
    escalateOnce: enqueueActions(({ context, enqueue }) => {
      if (context.escalated || context.level === 'requested') return;
      enqueue.assign({ escalated: true });
      enqueue.emit({ type: 'escalate', category: context.need, level: context.level, whose: whoseDanger(context) });
    }),
    confirmRisk: assign({ level: ({ context }) => (context.level === 'possible' ? 'high' : context.level) }),
    setNeed: assign((_, params: { need: ResourceNeed; level: string }) => ({ need: params.need, level: params.level })),
    setSomeoneElse: assign({ thirdParty: true, byWriter: false }),
    /** Takes a reminder and says nothing: a notification could put someone living with abuse at risk. */
    stayQuiet: enqueueActions(() => undefined),

    sayClarify: enqueueActions(({ context, enqueue }) => sayAll(enqueue, messages.clarify(context))),
    sayClarifyNo: enqueueActions(({ enqueue }) => sayAll(enqueue, copy.clarifyNo.map((text) => say(text)))),
    sayAskDirectly: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ introduced: true });
      sayAll(enqueue, messages.askDirectly(context, { introduce: !context.introduced }));
    }),
    sayDirectNo: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.directNo)])),
    sayDirectUnsure: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.directUnsure)])),
    sayAskPlan: enqueueActions(({ enqueue }) => sayAll(enqueue, messages.askPlan())),
    sayPlanNo: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.planNo)])),
    sayImminent: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ introduced: true });
      sayAll(enqueue, messages.imminent(context, { introduce: !context.introduced }));
    }),
    sayImminentReply: enqueueActions(({ enqueue }, params: { to: keyof typeof copy.imminentReply }) =>
      sayAll(enqueue, [say(copy.imminentReply[params.to])]),
    ),
    sayTrusted: enqueueActions(({ enqueue }) => sayAll(enqueue, messages.trustedPerson())),
    sayResources: enqueueActions(({ context, enqueue }) => sayAll(enqueue, messages.resources(context))),
    sayCheck: enqueueActions(({ enqueue }) => sayAll(enqueue, messages.safeCheck('plain'))),
    sayCheckMovingOn: enqueueActions(({ enqueue }) => sayAll(enqueue, messages.safeCheck('moving-on'))),
    sayNudge: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.nudge)])),
    sayStillHere: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.stillHere)])),
    saySafeRelease: enqueueActions(({ enqueue }) => sayAll(enqueue, copy.safeRelease.map((text) => say(text)))),

    sayRegionQuestion: enqueueActions(({ enqueue }) => sayAll(enqueue, [{ text: copy.regionQuestion, choices: regionChoices() }])),
    setRegion: enqueueActions(({ context, event, enqueue }) => {
      const region = event.type === 'CHOICE' ? regionOfChoice(event.id) : undefined;
      if (!region) return;
      enqueue.assign({ region });
      enqueue.emit({ type: 'remember', patch: { country: region } });
      const file = resourceDirectory().region(region);
      const name = file.inSentence ?? file.name;
      sayAll(enqueue, [say(copy.regionSet(name)), ...messages.resources({ ...context, region })]);
    }),

    saySafeToTalk: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ introduced: true });
      sayAll(enqueue, messages.safeToTalk(context, { introduce: !context.introduced }));
    }),
    sayAbuseHelp: enqueueActions(({ context, event, enqueue }) => {
      if (context.need === 'partner_violence' && !context.thirdParty) {
        enqueue.emit({ type: 'remember', patch: { safety: { ...context.priorSafety, abuse: true, screenedAt: atOf(event) } } });
      }
      sayAll(enqueue, messages.abuseHelp(context));
    }),
    sayNotSafeToTalk: enqueueActions(({ context, enqueue }) => sayAll(enqueue, messages.notSafeToTalk(context))),
    sayWelcomeBack: enqueueActions(({ enqueue }) => sayAll(enqueue, [say(copy.welcomeBack)])),

    sayThirdParty: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ introduced: true });
      sayAll(enqueue, messages.thirdParty(context, { introduce: !context.introduced }));
    }),
    sayThirdPartyHelp: enqueueActions(({ context, event, enqueue }, params: { dangerNow: boolean }) => {
      // Someone who hurt a partner gets no joint exercises either: couples work is not advised where there is violence.
      if (context.byWriter === true && context.need === 'partner_violence') {
        enqueue.emit({ type: 'remember', patch: { safety: { ...context.priorSafety, abuse: true, screenedAt: atOf(event) } } });
      }
      sayAll(enqueue, messages.thirdPartyHelp(context, params.dangerNow));
    }),
    sayAskHelper: enqueueActions(({ enqueue }) => sayAll(enqueue, messages.askHelper())),
    sayHelperDone: enqueueActions(({ context, enqueue }) => sayAll(enqueue, messages.helperAnswer(context, 'done'))),
    sayHelperStruggling: enqueueActions(({ context, enqueue }) => sayAll(enqueue, messages.helperAnswer(context, 'struggling'))),

    sayHelpNow: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ introduced: true });
      sayAll(enqueue, messages.helpNow(context));
    }),
  },
  guards: {
    chose: ({ event }, params: { id: string }) => isChoice(event, params),
    typed: ({ event }, params: { answer: Answer }) => answerOf(event) === params.answer,
    saysSafe: ({ event }) => event.type === 'TEXT' && readSafety(event.text) === 'yes',
    isRegionChoice: ({ event }) => event.type === 'CHOICE' && regionOfChoice(event.id) !== undefined,
    goesToCountry: ({ event }) => event.type === 'NAVIGATE' && event.to === 'country',
    isHelpNow: ({ context }) => context.level === 'requested',
    isPossible: ({ context }) => context.level === 'possible',
    isImminent: ({ context }) => context.level === 'imminent',
    isAbuse: ({ context }) => messages.ABUSE_NEEDS.has(context.need),
    isEmergency: ({ context }) => context.need === 'emergency',
    isForSomeoneElse: ({ context }) => context.thirdParty,
  },
}).createMachine({
  id: 'crisis',
  context: ({ input }) => contextFromInput(input),
  initial: 'start',
  // Anything a state doesn't take: ask, gently, whether they are safe. Nothing here ends the flow.
  on: {
    NAVIGATE: [{ guard: 'goesToCountry', target: '.region' }, { target: '.check', actions: 'sayCheckMovingOn' }],
    BACK: { target: '.check', actions: 'sayCheckMovingOn' },
    RESUME: { target: '.check', actions: 'sayCheckMovingOn' },
    NUDGE: { target: '.check', actions: ['sayNudge', 'sayCheck'] },
    CHOICE: { target: '.check', actions: 'sayCheckMovingOn' },
    TEXT: { target: '.check', actions: ['sayStillHere', 'sayCheck'] },
  },
  states: {
    start: {
      always: [{ guard: 'isHelpNow', target: 'helpNow' }, { guard: 'isPossible', target: 'clarify' }, { target: 'route' }],
    },
    route: {
      entry: 'escalateOnce',
      always: [
        { guard: 'isForSomeoneElse', target: 'someoneElse' },
        { guard: 'isImminent', target: 'imminent' },
        { guard: 'isAbuse', target: 'safeToTalk' },
        { target: 'direct' },
      ],
    },

    clarify: {
      entry: 'sayClarify',
      on: {
        CHOICE: [
          { guard: chose('no'), target: 'released' },
          { guard: chose('yes'), target: 'route', actions: 'confirmRisk' },
          { guard: chose('unsure'), target: 'route', actions: 'confirmRisk' },
        ],
        TEXT: [{ guard: typed('no'), target: 'released' }, { target: 'route', actions: 'confirmRisk' }],
      },
    },
    released: { type: 'final', entry: 'sayClarifyNo' },

    direct: {
      entry: 'sayAskDirectly',
      on: {
        CHOICE: [
          { guard: and(['isEmergency', chose('yes')]), target: 'imminent' },
          { guard: chose('yes'), target: 'plan' },
          { guard: chose('no'), target: 'check', actions: ['sayDirectNo', 'sayTrusted', 'sayCheck'] },
          { guard: chose('unsure'), target: 'check', actions: ['sayDirectUnsure', 'sayTrusted', 'sayCheck'] },
        ],
        TEXT: [
          { guard: and(['isEmergency', typed('yes')]), target: 'imminent' },
          { guard: typed('yes'), target: 'plan' },
          { guard: typed('no'), target: 'check', actions: ['sayDirectNo', 'sayTrusted', 'sayCheck'] },
          { target: 'check', actions: ['sayDirectUnsure', 'sayTrusted', 'sayCheck'] },
        ],
      },
    },
    plan: {
      entry: 'sayAskPlan',
      on: {
        CHOICE: [
          { guard: chose('yes'), target: 'imminent' },
          { guard: chose('no'), target: 'check', actions: ['sayPlanNo', 'sayTrusted', 'sayCheck'] },
          { guard: chose('skip'), target: 'check', actions: ['sayTrusted', 'sayCheck'] },
        ],
        TEXT: [
          { guard: typed('no'), target: 'check', actions: ['sayPlanNo', 'sayTrusted', 'sayCheck'] },
          // A plan, a time, or words we can't read: treat as danger now.
          { target: 'imminent' },
        ],
      },
    },
    imminent: {
      entry: 'sayImminent',
      on: {
        CHOICE: [
          { guard: chose('called'), target: 'check', actions: [{ type: 'sayImminentReply', params: { to: 'called' } }, 'sayCheck'] },
          { guard: chose('with'), target: 'check', actions: [{ type: 'sayImminentReply', params: { to: 'with' } }, 'sayCheck'] },
          { guard: chose('cant'), target: 'check', actions: [{ type: 'sayImminentReply', params: { to: 'cant' } }, 'sayTrusted', 'sayCheck'] },
          { guard: chose('talk'), target: 'check', actions: [{ type: 'sayImminentReply', params: { to: 'talk' } }, 'sayTrusted', 'sayCheck'] },
        ],
      },
    },

    // Holds the floor until the person says they are safe.
    check: {
      on: {
        CHOICE: [
          { guard: chose('safe'), target: 'safe' },
          { guard: chose('unsafe'), target: 'imminent' },
          { guard: chose('again'), target: 'check', actions: ['sayResources', 'sayCheck'] },
          { guard: chose('region'), target: 'region' },
        ],
        TEXT: [
          { guard: 'saysSafe', target: 'safe' },
          { guard: typed('no'), target: 'imminent' },
          { target: 'check', actions: ['sayStillHere', 'sayCheck'] },
        ],
      },
    },
    safe: { type: 'final', entry: 'saySafeRelease' },

    region: {
      entry: 'sayRegionQuestion',
      on: {
        CHOICE: { guard: 'isRegionChoice', target: 'afterRegion', actions: 'setRegion' },
        TEXT: { target: 'region', reenter: true },
      },
    },
    afterRegion: {
      always: [{ guard: 'isForSomeoneElse', target: 'helper' }, { target: 'check', actions: 'sayCheck' }],
    },

    // Abuse: "are you safe to talk?" before anything else; no couples advice.
    safeToTalk: {
      entry: 'saySafeToTalk',
      on: {
        CHOICE: [
          { guard: chose('yes'), target: 'check', actions: ['sayAbuseHelp', 'sayCheck'] },
          { guard: chose('later'), target: 'waiting', actions: 'sayNotSafeToTalk' },
          { guard: chose('danger'), target: 'imminent' },
        ],
        TEXT: [
          { guard: typed('yes'), target: 'check', actions: ['sayAbuseHelp', 'sayCheck'] },
          { target: 'waiting', actions: 'sayNotSafeToTalk' },
        ],
        // A reminder popping up on their screen could put them at risk: stay quiet.
        NUDGE: { actions: 'stayQuiet' },
      },
    },
    waiting: {
      on: {
        CHOICE: { target: 'safeToTalk', actions: 'sayWelcomeBack' },
        TEXT: { target: 'safeToTalk', actions: 'sayWelcomeBack' },
        NAVIGATE: { target: 'safeToTalk', actions: 'sayWelcomeBack' },
        BACK: { target: 'safeToTalk', actions: 'sayWelcomeBack' },
        RESUME: { target: 'safeToTalk', actions: 'sayWelcomeBack' },
        NUDGE: { actions: 'stayQuiet' },
      },
    },

    // Someone else is in danger: resources for helping them, then how the helper is doing.
    someoneElse: {
      entry: 'sayThirdParty',
      on: {
        CHOICE: [
          { guard: chose('yes'), target: 'helper', actions: { type: 'sayThirdPartyHelp', params: { dangerNow: true } } },
          { guard: chose('no'), target: 'helper', actions: { type: 'sayThirdPartyHelp', params: { dangerNow: false } } },
          { guard: chose('unsure'), target: 'helper', actions: { type: 'sayThirdPartyHelp', params: { dangerNow: true } } },
        ],
        TEXT: [
          { guard: typed('no'), target: 'helper', actions: { type: 'sayThirdPartyHelp', params: { dangerNow: false } } },
          { target: 'helper', actions: { type: 'sayThirdPartyHelp', params: { dangerNow: true } } },
        ],
      },
    },
    helper: {
      entry: 'sayAskHelper',
      on: {
        CHOICE: [
          { guard: chose('ok'), target: 'helperDone' },
          { guard: chose('notok'), target: 'check', actions: ['sayHelperStruggling', 'sayTrusted', 'sayCheck'] },
          { guard: chose('again'), target: 'helper', reenter: true, actions: 'sayResources' },
          { guard: chose('region'), target: 'region' },
        ],
        TEXT: [
          { guard: typed('yes'), target: 'helperDone' },
          { guard: typed('no'), target: 'check', actions: ['sayHelperStruggling', 'sayTrusted', 'sayCheck'] },
          { target: 'helper', reenter: true, actions: 'sayStillHere' },
        ],
      },
    },
    helperDone: { type: 'final', entry: 'sayHelperDone' },

    // `/help now`: the lines at once, then what would help most.
    helpNow: {
      entry: 'sayHelpNow',
      on: {
        CHOICE: [
          { guard: chose('safe'), target: 'safe' },
          { guard: chose('unsafe'), target: 'route', actions: { type: 'setNeed', params: { need: 'suicide', level: 'high' } } },
          { guard: chose('hurt'), target: 'route', actions: { type: 'setNeed', params: { need: 'partner_violence', level: 'high' } } },
          { guard: chose('other'), target: 'someoneElse', actions: 'setSomeoneElse' },
          { guard: chose('region'), target: 'region' },
        ],
      },
    },
  },
  output: () => ({}),
});

