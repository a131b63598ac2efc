/**
 * The apology coach: the person drafts an apology, the coach reflects back what is strong and
 * what is missing (quoting their words), they rewrite as many times as they like, and the final
 * version goes to their journal with tips on delivering it.
 */
import { and, assign, enqueueActions, setup } from 'xstate';
import { analyzeApology } from '../../src/analyzers/apology.ts';
import { ask, say, type Reply } from '../../src/reply.ts';
import type { FlowOutput, FlowTypes } from '../flow.ts';
import * as copy from './copy.ts';
import { apologyFeedback, isComplete } from './feedback.ts';
import { isChoice } from '../shared/is-choice.ts';

/** What the apology coach keeps between turns (plain JSON). */
export interface ApologyCoachContext {
  /** The latest draft. */
  draft: string | null;
  /** The draft before it, to show progress. */
  previous: string | null;
  /** Whether they agreed that answers may be stored. */
  consent: boolean;
  /** Started from the repair program's apology step (so "done" returns there). */
  fromRepair: boolean;
  /** Which delivery tip is showing. */
  tip: number;
  /** Who the apology is for, in words ("your partner"), if known. */
  who?: string;
  /** Whether they said their trust was broken (the coach then also offers to picture the apology they need). */
  hurt: boolean;
  /** Where to go when the flow ends. */
  exit: FlowOutput;
}

type Choices = ReadonlyArray<readonly [string, string]>;
const MENU: readonly [string, string] = [copy.CHOICE.menu, copy.LABEL.menu];

/** Puts `choices` on the last of `replies`. */
function withChoices(replies: Reply[], choices: Choices): Reply[] {
  const last = replies[replies.length - 1];
  if (last === undefined) return [ask('', choices)];
  return [...replies.slice(0, -1), ask(last.text, choices)];
}

const draftIsApology = (context: ApologyCoachContext): boolean => context.draft !== null && analyzeApology(context.draft).isApology;

/** The apology coach machine. */
export const apologyCoachMachine = setup({
  types: {} as FlowTypes<ApologyCoachContext>,
  guards: {
    chose: ({ event }, params: { id: string }) => isChoice(event, params),
    choseHappy: ({ context, event }) => event.type === 'CHOICE' && event.id === copy.CHOICE.happy && draftIsApology(context),
    hasText: ({ event }) => event.type === 'TEXT' && event.text.trim().length > 0,
    moreTips: ({ context }) => context.tip + 1 < copy.tips.length,
    hasEarlierTip: ({ context }) => context.tip > 0,
    fromRepair: ({ context }) => context.fromRepair,
  },
  actions: {
    saveDraft: assign(({ context, event }) => ({
      previous: context.draft,
      draft: event.type === 'TEXT' ? event.text.trim() : context.draft,
    })),
    reset: assign({ draft: null, previous: null, tip: 0 }),
    leave: assign((_, params: FlowOutput) => ({ exit: params })),
    nextTip: assign({ tip: ({ context }) => context.tip + 1 }),
    earlierTip: assign({ tip: ({ context }) => Math.max(0, context.tip - 1) }),
    showIntro: enqueueActions(({ context, enqueue }) => {
      const [hello, invite] = copy.intro(context.who);
      enqueue.emit({ type: 'reply', reply: say(hello) });
      if (context.hurt) enqueue.emit({ type: 'reply', reply: say(copy.forTheHurt) });
      enqueue.emit({ type: 'reply', reply: ask(invite, [[copy.CHOICE.anatomy, copy.LABEL.anatomy], MENU]) });
    }),
    showAnatomy: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: say(copy.anatomy) });
      enqueue.emit({ type: 'reply', reply: ask(copy.writeWhenReady, [MENU]) });
    }),
    showFeedback: enqueueActions(({ context, enqueue }) => {
      const draft = context.draft ?? '';
      const analysis = analyzeApology(draft);
      const previous = context.previous === null ? undefined : analyzeApology(context.previous);
      const choices: Choices = analysis.isApology
        ? [[copy.CHOICE.rewrite, copy.LABEL.rewrite], [copy.CHOICE.happy, copy.LABEL.happy], MENU]
        : [[copy.CHOICE.rewrite, copy.LABEL.rewrite], [copy.CHOICE.anatomy, copy.LABEL.anatomy], MENU];
      for (const reply of withChoices(apologyFeedback(draft, analysis, previous), choices)) enqueue.emit({ type: 'reply', reply });
    }),
    askRewrite: enqueueActions(({ context, enqueue }) => {
      if (context.draft !== null) enqueue.emit({ type: 'reply', reply: say(copy.yourLastDraft(context.draft)) });
      const choices: Choices = draftIsApology(context) ? [[copy.CHOICE.happy, copy.LABEL.happy], MENU] : [MENU];
      enqueue.emit({ type: 'reply', reply: ask(copy.rewritePrompt, choices) });
    }),
    saveFinal: enqueueActions(({ context, enqueue }) => {
      const draft = context.draft ?? '';
      if (!isComplete(analyzeApology(draft))) enqueue.emit({ type: 'reply', reply: say(copy.happyWithGaps) });
      enqueue.emit({ type: 'journal', entry: { topic: 'apology', prompt: copy.journalPrompt, text: draft } });
      enqueue.emit({ type: 'reply', reply: say(copy.finalVersion(draft)) });
      enqueue.emit({ type: 'reply', reply: say(copy.saved(context.consent)) });
    }),
    showTip: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.tips[context.tip] ?? '', [[copy.CHOICE.nextTip, copy.LABEL.nextTip], MENU]) });
    }),
    showWrapUp: enqueueActions(({ context, enqueue }) => {
      const choices: Choices = context.fromRepair
        ? [[copy.CHOICE.done, copy.LABEL.backToRepair], [copy.CHOICE.again, copy.LABEL.again], MENU]
        : [[copy.CHOICE.again, copy.LABEL.again], MENU];
      enqueue.emit({ type: 'reply', reply: ask(copy.wrapUp, choices) });
    }),
  },
}).createMachine({
  id: 'apologyCoach',
  context: ({ input }) => ({
    draft: null,
    previous: null,
    consent: input.profile.consent === true,
    fromRepair: input.args.from === 'repair',
    tip: 0,
    ...(input.profile.relationship && copy.whoFor[input.profile.relationship] ? { who: copy.whoFor[input.profile.relationship] } : {}),
    hurt: input.profile.role === 'hurt',
    exit: { next: 'menu' },
  }),
  initial: 'intro',
  on: {
    CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '.done', actions: { type: 'leave', params: { next: 'menu' } } },
  },
  states: {
    intro: {
      entry: 'showIntro',
      on: {
        TEXT: { guard: 'hasText', target: 'feedback', actions: 'saveDraft' },
        CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.anatomy } }, target: 'anatomy' },
        RESUME: { target: 'intro', reenter: true },
      },
    },
    anatomy: {
      entry: 'showAnatomy',
      on: {
        TEXT: { guard: 'hasText', target: 'feedback', actions: 'saveDraft' },
        BACK: 'intro',
        RESUME: { target: 'anatomy', reenter: true },
      },
    },
    feedback: {
      entry: 'showFeedback',
      on: {
        TEXT: { guard: 'hasText', target: 'feedback', reenter: true, actions: 'saveDraft' },
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.rewrite } }, target: 'rewriting' },
          { guard: 'choseHappy', target: 'saved' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.anatomy } }, target: 'anatomy' },
        ],
        BACK: 'rewriting',
        RESUME: { target: 'feedback', reenter: true },
      },
    },
    rewriting: {
      entry: 'askRewrite',
      on: {
        TEXT: { guard: 'hasText', target: 'feedback', actions: 'saveDraft' },
        CHOICE: { guard: 'choseHappy', target: 'saved' },
        BACK: 'feedback',
        RESUME: { target: 'rewriting', reenter: true },
      },
    },
    saved: {
      entry: 'saveFinal',
      always: 'tip',
    },
    tip: {
      entry: 'showTip',
      on: {
        CHOICE: [
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.nextTip } }, 'moreTips']), target: 'tip', reenter: true, actions: 'nextTip' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.nextTip } }, target: 'closing' },
        ],
        BACK: { guard: 'hasEarlierTip', target: 'tip', reenter: true, actions: 'earlierTip' },
        RESUME: { target: 'tip', reenter: true },
      },
    },
    closing: {
      entry: 'showWrapUp',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.again } }, target: 'intro', actions: 'reset' },
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.done } }, 'fromRepair']), target: 'done', actions: { type: 'leave', params: { next: 'repair', args: { from: 'apology' } } } },
        ],
        RESUME: { target: 'closing', reenter: true },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => context.exit,
});
