/**
 * The communication coach: a small menu of three practices.
 * - I-statement builder: what they want to say → what the analyzer noticed (quoting them) →
 *   feeling, behaviour, need, request → before and after side by side.
 * - Active-listening practice: the bot says a short line as the other person; the answer is
 *   checked for reflecting, validating and asking versus defending, arguing and fixing.
 * - Trust-talk planner: when, first words, one need, one question → the plan, saved.
 */
import { and, assign, enqueueActions, setup } from 'xstate';
import { analyzeListening } from '../../src/analyzers/listening.ts';
import { analyzeStatement } from '../../src/analyzers/statement.ts';
import { ask, say, type Reply } from '../../src/reply.ts';
import { jointAllowed } from '../exercises/joint.ts';
import type { FlowEmitted, FlowEvent, FlowOutput, FlowTypes } from '../flow.ts';
import * as copy from './copy.ts';
import { behaviourIssues, composeIStatement, isCompleteIStatement, statementFeedback } from './i-statement.ts';
import { listeningFeedback } from './listening-feedback.ts';
import { isChoice } from '../shared/is-choice.ts';

/** What the communication coach keeps between turns (plain JSON). */
export interface CommunicationContext {
  /** Whether they agreed that answers may be stored. */
  consent: boolean;
  /** Whether joint conversations may be suggested (false after a positive abuse screen). */
  joint: boolean;
  /** The I-statement being built. */
  statement: { before: string; feeling: string | null; behaviour: string | null; need: string | null; request: string | null };
  /** Which page of feelings is showing. */
  feelingPage: number;
  /** Text waiting for "use it as it is". */
  pending: string | null;
  /** Listening practice: which line, and their latest answer. */
  listening: { line: number; answer: string | null };
  /** The trust-talk plan being made. */
  plan: { when: string | null; opener: string | null; need: string | null; question: string | null };
  /** Where to go when the flow ends. */
  exit: FlowOutput;
}

type Choices = ReadonlyArray<readonly [string, string]>;
const MENU: readonly [string, string] = [copy.CHOICE.menu, copy.LABEL.menu];
const SUBMENU: readonly [string, string] = [copy.CHOICE.submenu, copy.LABEL.submenu];
const FEELING_PREFIX = 'comm:feel:';
const NEED_PREFIX = 'comm:need:';

const emptyStatement = (): CommunicationContext['statement'] => ({ before: '', feeling: null, behaviour: null, need: null, request: null });
const emptyPlan = (): CommunicationContext['plan'] => ({ when: null, opener: null, need: null, question: null });

/** Emits replies, with `choices` on the last one. */
function emitWithChoices(enqueue: { emit: (e: FlowEmitted) => void }, replies: Reply[], choices: Choices): void {
  replies.forEach((reply, i) => enqueue.emit({ type: 'reply', reply: i === replies.length - 1 ? ask(reply.text, choices) : reply }));
}

const textOf = (event: FlowEvent): string => (event.type === 'TEXT' ? event.text.trim() : '');
const choiceOf = (event: FlowEvent): string => (event.type === 'CHOICE' ? event.id : '');
const labelFor = (pairs: Choices, id: string): string => pairs.find(([k]) => k === id)?.[1] ?? '';
const needChoices: Choices = copy.needs.map(([id, words]) => [`${NEED_PREFIX}${id}`, words]);

/** The finished I-statement, from the context. */
function after(context: CommunicationContext): string {
  const s = context.statement;
  return composeIStatement({ feeling: s.feeling ?? '', behaviour: s.behaviour ?? '', need: s.need ?? '', request: s.request });
}

/** The communication coach machine. */
export const communicationCoachMachine = setup({
  types: {} as FlowTypes<CommunicationContext>,
  guards: {
    chose: ({ event }, params: { id: string }) => isChoice(event, params),
    choseFeeling: ({ event }) => choiceOf(event).startsWith(FEELING_PREFIX),
    choseNeed: ({ event }) => choiceOf(event).startsWith(NEED_PREFIX),
    choseWhen: ({ event }) => copy.whenChoices.some(([id]) => id === choiceOf(event)),
    choseQuestion: ({ event }) => copy.questionChoices.some(([id]) => id === choiceOf(event)),
    hasText: ({ event }) => textOf(event).length > 0,
    jointAllowed: ({ context }) => context.joint,
    statementComplete: ({ context }) => isCompleteIStatement(analyzeStatement(context.statement.before)),
    behaviourHasIssues: ({ event }) => behaviourIssues(textOf(event)).length > 0,
    openerBlames: ({ event }) => analyzeStatement(textOf(event)).kind === 'you_statement',
    moreLines: ({ context }) => context.listening.line + 1 < copy.lines.length,
    consented: ({ context }) => context.consent,
  },
  actions: {
    leave: assign((_, params: FlowOutput) => ({ exit: params })),
    showSubmenu: enqueueActions(({ context, enqueue }) => {
      const choices: Choices = [
        [copy.CHOICE.builder, copy.LABEL.builder],
        [copy.CHOICE.listening, copy.LABEL.listening],
        ...(context.joint ? [[copy.CHOICE.planner, copy.LABEL.planner] as const] : []),
        MENU,
      ];
      if (!context.joint) enqueue.emit({ type: 'reply', reply: say(copy.plannerHidden) });
      enqueue.emit({ type: 'reply', reply: ask(copy.submenu, choices) });
    }),

    // I-statement builder
    resetStatement: assign({ statement: emptyStatement, feelingPage: 0, pending: null }),
    askDraft: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.builderAsk, [SUBMENU, MENU]) });
    }),
    saveBefore: assign({ statement: ({ event }) => ({ ...emptyStatement(), before: textOf(event) }) }),
    showReview: enqueueActions(({ context, enqueue }) => {
      for (const reply of statementFeedback(analyzeStatement(context.statement.before))) enqueue.emit({ type: 'reply', reply });
    }),
    showComplete: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.alreadyComplete, [[copy.CHOICE.another, copy.LABEL.another], SUBMENU, MENU]) });
    }),
    sayFourSteps: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: say(copy.fourSteps) });
    }),
    askFeeling: enqueueActions(({ context, enqueue }) => {
      const page = copy.feelingPages[context.feelingPage % copy.feelingPages.length] ?? [];
      const choices: Choices = [...page.map((f) => [`${FEELING_PREFIX}${f.replace(/ /g, '-')}`, f] as const), [copy.CHOICE.moreFeelings, copy.LABEL.moreFeelings], MENU];
      enqueue.emit({ type: 'reply', reply: ask(copy.feelingAsk, choices) });
    }),
    nextFeelingPage: assign({ feelingPage: ({ context }) => (context.feelingPage + 1) % copy.feelingPages.length }),
    saveFeeling: assign({
      statement: ({ context, event }) => ({
        ...context.statement,
        feeling: event.type === 'CHOICE' ? event.id.slice(FEELING_PREFIX.length).replace(/-/g, ' ') : textOf(event),
      }),
    }),
    askBehaviour: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.behaviourAsk, [MENU]) });
    }),
    holdBehaviour: assign({ pending: ({ event }) => textOf(event) }),
    hintBehaviour: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.behaviourHint(behaviourIssues(context.pending ?? '')), [[copy.CHOICE.keep, copy.LABEL.keep], MENU]) });
    }),
    saveBehaviour: assign({ statement: ({ context, event }) => ({ ...context.statement, behaviour: textOf(event) }) }),
    keepBehaviour: assign({ statement: ({ context }) => ({ ...context.statement, behaviour: context.pending }), pending: null }),
    askNeed: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.needAsk, [...needChoices, MENU]) });
    }),
    saveNeed: assign({
      statement: ({ context, event }) => ({ ...context.statement, need: event.type === 'CHOICE' ? labelFor(needChoices, event.id) : textOf(event) }),
    }),
    askRequest: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.requestAsk, [[copy.CHOICE.skipRequest, copy.LABEL.skipRequest], MENU]) });
    }),
    saveRequest: assign({ statement: ({ context, event }) => ({ ...context.statement, request: event.type === 'TEXT' ? textOf(event) : null }) }),
    showResult: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'reply', reply: say(copy.beforeAfter(context.statement.before, after(context))) });
      const choices: Choices = [...(context.consent ? [[copy.CHOICE.save, copy.LABEL.save] as const] : []), [copy.CHOICE.another, copy.LABEL.another], SUBMENU, MENU];
      const check = analyzeStatement(after(context));
      const leftovers = [...check.absolutes, ...check.labels, ...(check.mindReading && check.evidence.mindReading ? [check.evidence.mindReading] : [])];
      enqueue.emit({ type: 'reply', reply: ask(leftovers.length > 0 ? copy.afterCheckWithIssues(leftovers) : copy.afterCheck, choices) });
    }),
    saveStatement: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'journal', entry: { topic: 'communication:i-statement', prompt: copy.statementPrompt, text: after(context) } });
      enqueue.emit({ type: 'reply', reply: ask(copy.saved(context.consent), [[copy.CHOICE.another, copy.LABEL.another], SUBMENU, MENU]) });
    }),

    // Active listening
    resetListening: assign({ listening: { line: 0, answer: null } }),
    showListeningIntro: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: say(copy.listeningIntro[0]) });
      enqueue.emit({ type: 'reply', reply: ask(copy.listeningIntro[1], [[copy.CHOICE.start, copy.LABEL.start], SUBMENU, MENU]) });
    }),
    sayLine: enqueueActions(({ context, enqueue }) => {
      const line = copy.lines[context.listening.line];
      if (line) enqueue.emit({ type: 'reply', reply: ask(copy.theySay(line.line), [[copy.CHOICE.example, copy.LABEL.example], MENU]) });
    }),
    showExample: enqueueActions(({ context, enqueue }) => {
      const line = copy.lines[context.listening.line];
      if (line) enqueue.emit({ type: 'reply', reply: ask(copy.exampleAnswer(line.example), [MENU]) });
    }),
    saveAnswer: assign({ listening: ({ context, event }) => ({ ...context.listening, answer: textOf(event) }) }),
    showListeningFeedback: enqueueActions(({ context, enqueue }) => {
      const more = context.listening.line + 1 < copy.lines.length;
      const choices: Choices = [[copy.CHOICE.retry, copy.LABEL.retry], more ? [copy.CHOICE.next, copy.LABEL.next] : [copy.CHOICE.finish, copy.LABEL.finish], MENU];
      emitWithChoices(enqueue, listeningFeedback(analyzeListening(context.listening.answer ?? '')), choices);
    }),
    nextLine: assign({ listening: ({ context }) => ({ line: context.listening.line + 1, answer: null }) }),
    showListeningDone: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.listeningDone, [SUBMENU, MENU]) });
    }),

    // Trust-talk planner
    resetPlan: assign({ plan: emptyPlan, pending: null }),
    askWhen: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: say(copy.plannerIntro) });
      enqueue.emit({ type: 'reply', reply: ask(copy.whenAsk, [...copy.whenChoices, MENU]) });
    }),
    saveWhen: assign({ plan: ({ context, event }) => ({ ...context.plan, when: event.type === 'CHOICE' ? labelFor(copy.whenChoices, event.id).toLowerCase() : textOf(event) }) }),
    askOpener: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(`${copy.openerAsk}\n\n"${copy.suggestedOpener}"`, [[copy.CHOICE.suggestedOpener, 'Use that one'], MENU]) });
    }),
    holdOpener: assign({ pending: ({ event }) => textOf(event) }),
    hintOpener: enqueueActions(({ context, enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.openerHint(context.pending ?? ''), [[copy.CHOICE.keep, copy.LABEL.keep], [copy.CHOICE.suggestedOpener, 'Use the suggested one'], MENU]) });
    }),
    saveOpener: assign({ plan: ({ context, event }) => ({ ...context.plan, opener: event.type === 'TEXT' ? textOf(event) : copy.suggestedOpener }) }),
    keepOpener: assign({ plan: ({ context }) => ({ ...context.plan, opener: context.pending }), pending: null }),
    askPlanNeed: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.planNeedAsk, [...needChoices, MENU]) });
    }),
    savePlanNeed: assign({ plan: ({ context, event }) => ({ ...context.plan, need: event.type === 'CHOICE' ? labelFor(needChoices, event.id) : textOf(event) }) }),
    askQuestion: enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'reply', reply: ask(copy.questionAsk, [...copy.questionChoices, MENU]) });
    }),
    saveQuestion: assign({ plan: ({ context, event }) => ({ ...context.plan, question: event.type === 'CHOICE' ? labelFor(copy.questionChoices, event.id) : textOf(event) }) }),
    showPlan: enqueueActions(({ context, enqueue }) => {
      const p = context.plan;
      const text = copy.plan({ when: p.when ?? '', opener: p.opener ?? '', need: p.need ?? '', question: p.question ?? '' });
      enqueue.emit({ type: 'reply', reply: say(text) });
      enqueue.emit({ type: 'journal', entry: { topic: 'communication:trust-talk', prompt: copy.planPrompt, text } });
      enqueue.emit({ type: 'reply', reply: say(copy.saved(context.consent)) });
      enqueue.emit({ type: 'reply', reply: ask(copy.planTips, [SUBMENU, MENU]) });
    }),
  },
}).createMachine({
  id: 'communicationCoach',
  context: ({ input }) => ({
    consent: input.profile.consent === true,
    joint: jointAllowed(input.profile),
    statement: emptyStatement(),
    feelingPage: 0,
    pending: null,
    listening: { line: 0, answer: null },
    plan: emptyPlan(),
    exit: { next: 'menu' },
  }),
  initial: 'choose',
  on: {
    CHOICE: [
      { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '.done', actions: { type: 'leave', params: { next: 'menu' } } },
      { guard: { type: 'chose', params: { id: copy.CHOICE.submenu } }, target: '.choose' },
    ],
  },
  states: {
    choose: {
      entry: 'showSubmenu',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.builder } }, target: 'builder' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.listening } }, target: 'listening' },
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.planner } }, 'jointAllowed']), target: 'planner' },
        ],
        BACK: { target: 'done', actions: { type: 'leave', params: { next: 'menu' } } },
        RESUME: { target: 'choose', reenter: true },
      },
    },

    builder: {
      initial: 'draft',
      entry: 'resetStatement',
      states: {
        draft: {
          entry: 'askDraft',
          on: {
            TEXT: { guard: 'hasText', target: 'review', actions: 'saveBefore' },
            BACK: '#communicationCoach.choose',
            RESUME: { target: 'draft', reenter: true },
          },
        },
        review: {
          entry: 'showReview',
          always: [{ guard: 'statementComplete', target: 'complete' }, { target: 'feeling', actions: 'sayFourSteps' }],
        },
        complete: {
          entry: 'showComplete',
          on: {
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.another } }, target: 'draft' },
            BACK: 'draft',
          },
        },
        feeling: {
          entry: 'askFeeling',
          on: {
            CHOICE: [
              { guard: 'choseFeeling', target: 'behaviour', actions: 'saveFeeling' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.moreFeelings } }, target: 'feeling', reenter: true, actions: 'nextFeelingPage' },
            ],
            TEXT: { guard: 'hasText', target: 'behaviour', actions: 'saveFeeling' },
            BACK: 'draft',
            RESUME: { target: 'feeling', reenter: true },
          },
        },
        behaviour: {
          entry: 'askBehaviour',
          on: {
            TEXT: [
              { guard: 'behaviourHasIssues', target: 'behaviourCheck', actions: 'holdBehaviour' },
              { guard: 'hasText', target: 'need', actions: 'saveBehaviour' },
            ],
            BACK: 'feeling',
            RESUME: { target: 'behaviour', reenter: true },
          },
        },
        behaviourCheck: {
          entry: 'hintBehaviour',
          on: {
            TEXT: [
              { guard: 'behaviourHasIssues', target: 'behaviourCheck', reenter: true, actions: 'holdBehaviour' },
              { guard: 'hasText', target: 'need', actions: 'saveBehaviour' },
            ],
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.keep } }, target: 'need', actions: 'keepBehaviour' },
            BACK: 'behaviour',
            RESUME: { target: 'behaviourCheck', reenter: true },
          },
        },
        need: {
          entry: 'askNeed',
          on: {
            CHOICE: { guard: 'choseNeed', target: 'request', actions: 'saveNeed' },
            TEXT: { guard: 'hasText', target: 'request', actions: 'saveNeed' },
            BACK: 'behaviour',
            RESUME: { target: 'need', reenter: true },
          },
        },
        request: {
          entry: 'askRequest',
          on: {
            TEXT: { guard: 'hasText', target: 'result', actions: 'saveRequest' },
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.skipRequest } }, target: 'result', actions: 'saveRequest' },
            BACK: 'need',
            RESUME: { target: 'request', reenter: true },
          },
        },
        result: {
          entry: 'showResult',
          on: {
            CHOICE: [
              { guard: and([{ type: 'chose', params: { id: copy.CHOICE.save } }, 'consented']), target: 'saved' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.another } }, target: 'draft', actions: 'resetStatement' },
            ],
            BACK: 'request',
            RESUME: { target: 'result', reenter: true },
          },
        },
        saved: {
          entry: 'saveStatement',
          on: {
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.another } }, target: 'draft', actions: 'resetStatement' },
          },
        },
      },
    },

    listening: {
      initial: 'intro',
      entry: 'resetListening',
      states: {
        intro: {
          entry: 'showListeningIntro',
          on: {
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.start } }, target: 'line' },
            BACK: '#communicationCoach.choose',
            RESUME: { target: 'intro', reenter: true },
          },
        },
        line: {
          entry: 'sayLine',
          on: {
            TEXT: { guard: 'hasText', target: 'feedback', actions: 'saveAnswer' },
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.example } }, actions: 'showExample' },
            BACK: 'intro',
            RESUME: { target: 'line', reenter: true },
          },
        },
        feedback: {
          entry: 'showListeningFeedback',
          on: {
            TEXT: { guard: 'hasText', target: 'feedback', reenter: true, actions: 'saveAnswer' },
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.retry } }, target: 'line' },
              { guard: and([{ type: 'chose', params: { id: copy.CHOICE.next } }, 'moreLines']), target: 'line', actions: 'nextLine' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.finish } }, target: 'finished' },
            ],
            BACK: 'line',
            RESUME: { target: 'feedback', reenter: true },
          },
        },
        finished: {
          entry: 'showListeningDone',
        },
      },
    },

    planner: {
      initial: 'when',
      entry: 'resetPlan',
      states: {
        when: {
          entry: 'askWhen',
          on: {
            CHOICE: { guard: 'choseWhen', target: 'opener', actions: 'saveWhen' },
            TEXT: { guard: 'hasText', target: 'opener', actions: 'saveWhen' },
            BACK: '#communicationCoach.choose',
            RESUME: { target: 'when', reenter: true },
          },
        },
        opener: {
          entry: 'askOpener',
          on: {
            CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.suggestedOpener } }, target: 'need', actions: 'saveOpener' },
            TEXT: [
              { guard: 'openerBlames', target: 'openerCheck', actions: 'holdOpener' },
              { guard: 'hasText', target: 'need', actions: 'saveOpener' },
            ],
            BACK: 'when',
            RESUME: { target: 'opener', reenter: true },
          },
        },
        openerCheck: {
          entry: 'hintOpener',
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.keep } }, target: 'need', actions: 'keepOpener' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.suggestedOpener } }, target: 'need', actions: 'saveOpener' },
            ],
            TEXT: [
              { guard: 'openerBlames', target: 'openerCheck', reenter: true, actions: 'holdOpener' },
              { guard: 'hasText', target: 'need', actions: 'saveOpener' },
            ],
            BACK: 'opener',
            RESUME: { target: 'openerCheck', reenter: true },
          },
        },
        need: {
          entry: 'askPlanNeed',
          on: {
            CHOICE: { guard: 'choseNeed', target: 'question', actions: 'savePlanNeed' },
            TEXT: { guard: 'hasText', target: 'question', actions: 'savePlanNeed' },
            BACK: 'opener',
            RESUME: { target: 'need', reenter: true },
          },
        },
        question: {
          entry: 'askQuestion',
          on: {
            CHOICE: { guard: 'choseQuestion', target: 'summary', actions: 'saveQuestion' },
            TEXT: { guard: 'hasText', target: 'summary', actions: 'saveQuestion' },
            BACK: 'need',
            RESUME: { target: 'question', reenter: true },
          },
        },
        summary: {
          entry: 'showPlan',
        },
      },
    },

    done: { type: 'final' },
  },
  output: ({ context }) => context.exit,
});
