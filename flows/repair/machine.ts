/**
 * The repair program: a guided walk through the steps of one track, one step at a time.
 * Each step explains, gives an example, asks a reflection question (answer → journal), offers a
 * small action for today, then asks done / not yet / skip. Progress lives in the profile, so
 * leaving and coming back resumes with a one-line recap.
 */
import { and, assign, enqueueActions, setup } from 'xstate';
import type { FlowEmitted, FlowInput, FlowOutput, FlowTypes } from '../flow.ts';
import { exerciseById, type Exercise } from '../exercises/catalog.ts';
import { jointAllowed } from '../exercises/joint.ts';
import * as copy from './copy.ts';
import { emitAll } from '../shared/emit-all.ts';
import { isChoice } from '../shared/is-choice.ts';
import { completeStep, freshProgress, type RepairProgress, type Track } from './progress.ts';
import { stepsFor, whoFor, type Persona, type Step } from './steps.ts';

/** What the repair machine keeps between turns (plain JSON). */
export interface RepairContext {
  /** The track, once known. */
  track: Track | null;
  /** Their progress on the track, once known. */
  progress: RepairProgress | null;
  /** For light personalisation of the copy. */
  persona: Persona;
  /** Whether they allowed reflections to be stored. */
  consent: boolean;
  /** Whether joint exercises may be offered (false after a positive abuse screen). */
  joint: boolean;
  /** Started again by the exercise or apology coach it handed over to, to pick up today's step. */
  returning: boolean;
  /** Where to go when the flow ends. */
  exit: FlowOutput | null;
}

function initialContext(input: FlowInput): RepairContext {
  const { profile } = input;
  const role = profile.role === 'broke' || profile.role === 'hurt' ? profile.role : undefined;
  const track = role ?? profile.repair?.track ?? null;
  const stored = profile.repair?.track === track ? profile.repair : undefined;
  return {
    track,
    progress: track ? (stored ?? freshProgress(track, input.now)) : null,
    persona: { who: whoFor(profile.relationship), ...(profile.breach ? { breach: profile.breach } : {}) },
    consent: profile.consent === true,
    joint: jointAllowed(profile),
    returning: input.args.from === 'exercises' || input.args.from === 'apology',
    exit: null,
  };
}

function steps(context: RepairContext): readonly Step[] {
  return context.track ? stepsFor(context.track) : [];
}

function currentStep(context: RepairContext): Step {
  const list = steps(context);
  const step = list[Math.min(context.progress?.step ?? 0, list.length - 1)];
  if (!step) throw new Error('The repair flow has no step to show: choose a track before entering a step.');
  return step;
}

function offeredExercise(context: RepairContext): Exercise | undefined {
  const id = currentStep(context).exercise;
  const exercise = id ? exerciseById(id) : undefined;
  return exercise && (context.joint || !exercise.joint) ? exercise : undefined;
}

function progressPatch(progress: RepairProgress | null): FlowEmitted {
  return { type: 'remember', patch: progress ? { repair: progress } : {} };
}

/** The repair machine. Its guard `apologyCoachAvailable` is false until {@link repairFlowFor} provides it. */
export const repairMachine = setup({
  types: {} as FlowTypes<RepairContext>,
  guards: {
    chose: ({ event }, params: unknown) => isChoice(event, params),
    needsTrack: ({ context }) => context.track === null,
    hasFinished: ({ context }) => (context.progress?.step ?? 0) >= steps(context).length,
    hasStarted: ({ context }) => {
      const p = context.progress;
      return p !== null && (p.step > 0 || p.done.length > 0 || p.skipped.length > 0 || p.updatedAt !== undefined);
    },
    returningToStep: ({ context }) => context.returning && (context.progress?.step ?? 0) < steps(context).length,
    meaningful: ({ event }) => event.type === 'TEXT' && /\p{L}{2,}/u.test(event.text),
    moreSteps: ({ context }) => (context.progress?.step ?? 0) < steps(context).length,
    exerciseOffered: ({ context }) => offeredExercise(context) !== undefined,
    onApologyStep: ({ context }) => currentStep(context).id === 'apology',
    onDecideStep: ({ context }) => currentStep(context).id === 'decide',
    apologyCoachAvailable: () => false,
  },
  actions: {
    chooseTrack: enqueueActions(({ enqueue, context, event }, params: { track: Track }) => {
      const stored = context.progress?.track === params.track ? context.progress : null;
      const progress = stored ?? freshProgress(params.track, event.at);
      enqueue.assign({ track: params.track, progress });
      enqueue.emit({ type: 'remember', patch: { role: params.track } });
    }),
    saveProgress: enqueueActions(({ enqueue, context, event }) => {
      const progress = context.progress ? { ...context.progress, updatedAt: event.at } : null;
      enqueue.assign({ progress });
      enqueue.emit(progressPatch(progress));
    }),
    markStep: enqueueActions(({ enqueue, context, event }, params: { outcome: 'done' | 'skipped' }) => {
      if (!context.progress) return;
      const progress = completeStep(context.progress, currentStep(context).id, params.outcome, event.at);
      enqueue.assign({ progress });
      enqueue.emit(progressPatch(progress));
    }),
    jumpToSelfTrust: enqueueActions(({ enqueue, context, event }) => {
      if (!context.progress) return;
      const marked = completeStep(context.progress, currentStep(context).id, 'done', event.at);
      const target = steps(context).findIndex((s) => s.id === 'self-trust');
      const progress = { ...marked, step: target >= 0 ? target : marked.step };
      enqueue.assign({ progress });
      enqueue.emit(progressPatch(progress));
    }),
    restartSteps: enqueueActions(({ enqueue, context, event }) => {
      if (!context.progress) return;
      const { finishedAt: _finished, ...rest } = context.progress;
      const progress = { ...rest, step: 0, updatedAt: event.at };
      enqueue.assign({ progress });
      enqueue.emit(progressPatch(progress));
    }),
    markFinished: enqueueActions(({ enqueue, context, event }) => {
      if (!context.progress || context.progress.finishedAt !== undefined) return;
      const progress = { ...context.progress, finishedAt: event.at };
      enqueue.assign({ progress });
      enqueue.emit(progressPatch(progress));
    }),
    saveReflection: enqueueActions(({ enqueue, context, event }) => {
      if (event.type !== 'TEXT') return;
      const step = currentStep(context);
      enqueue.emit({ type: 'journal', entry: { topic: `repair:${step.id}`, prompt: step.question(context.persona), text: event.text } });
    }),
    leave: assign({ exit: (_, params: FlowOutput) => params }),
    leaveForExercise: assign({
      exit: ({ context }) => ({ next: 'exercises', args: { exercise: offeredExercise(context)?.id ?? '', from: 'repair' } }),
    }),
    askWhatHappened: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.whatHappened())),
    askHeavier: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.heavier())),
    saySorted: enqueueActions(({ enqueue, context }) => emitAll(enqueue, context.track ? copy.sorted(context.track) : [])),
    sayIntro: enqueueActions(({ enqueue, context }) =>
      emitAll(enqueue, context.track ? copy.intro(context.track, context.persona, steps(context).length) : []),
    ),
    sayRecap: enqueueActions(({ enqueue, context }) =>
      emitAll(enqueue, copy.recap(currentStep(context), context.progress?.step ?? 0, steps(context).length, context.progress?.done.length ?? 0)),
    ),
    sayFinishedBefore: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.finishedBefore(steps(context).length))),
    sayExplain: enqueueActions(({ enqueue, context }) =>
      emitAll(enqueue, copy.explain(currentStep(context), context.progress?.step ?? 0, steps(context).length, context.persona, !context.joint)),
    ),
    askReflection: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.reflect(currentStep(context), context.persona, context.consent))),
    sayBackToStep: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.backToStep(currentStep(context)))),
    askForWords: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.askForWords())),
    sayThanks: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.thanks(context.consent))),
    sayAction: enqueueActions(({ enqueue, context, check }) => {
      const step = currentStep(context);
      const exercise = offeredExercise(context);
      const apologyCoach = step.id === 'apology' && check('apologyCoachAvailable');
      emitAll(enqueue, copy.action(step, context.persona, { ...(exercise ? { exercise } : {}), apologyCoach, leaning: step.id === 'decide' }));
    }),
    sayWellDone: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.wellDone())),
    saySkipped: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.skipped())),
    sayNotYet: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.notYet())),
    sayLeaning: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.leaning())),
    sayComplete: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.complete(steps(context).length))),
    sayNudge: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.nudge())),
    sayLeaving: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.leaving())),
  },
}).createMachine({
  id: 'repair',
  context: ({ input }) => initialContext(input),
  initial: 'routing',
  output: ({ context }) => context.exit ?? { next: 'menu' },
  states: {
    routing: {
      always: [
        { guard: 'needsTrack', target: 'sorting' },
        { guard: 'returningToStep', target: 'step.action', actions: 'sayBackToStep' },
        { guard: 'hasFinished', target: 'finishedBefore' },
        { guard: 'hasStarted', target: 'recap' },
        { target: 'intro' },
      ],
    },
    sorting: {
      initial: 'whatHappened',
      states: {
        whatHappened: {
          entry: 'askWhatHappened',
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.me } }, target: '#repair.sorted', actions: { type: 'chooseTrack', params: { track: 'broke' } } },
              { guard: { type: 'chose', params: { id: copy.CHOICE.them } }, target: '#repair.sorted', actions: { type: 'chooseTrack', params: { track: 'hurt' } } },
              { guard: { type: 'chose', params: { id: copy.CHOICE.both } }, target: 'heavier' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.unsure } }, target: 'heavier' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '#repair.leaving', actions: 'sayLeaving' },
            ],
            RESUME: { target: 'whatHappened', reenter: true },
            NUDGE: { target: 'whatHappened', reenter: true, actions: 'sayNudge' },
          },
        },
        heavier: {
          entry: 'askHeavier',
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.guilt } }, target: '#repair.sorted', actions: { type: 'chooseTrack', params: { track: 'broke' } } },
              { guard: { type: 'chose', params: { id: copy.CHOICE.hurt } }, target: '#repair.sorted', actions: { type: 'chooseTrack', params: { track: 'hurt' } } },
              { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '#repair.leaving', actions: 'sayLeaving' },
            ],
            BACK: 'whatHappened',
            RESUME: { target: 'heavier', reenter: true },
            NUDGE: { target: 'heavier', reenter: true, actions: 'sayNudge' },
          },
        },
      },
    },
    sorted: {
      entry: 'saySorted',
      always: 'routing',
    },
    intro: {
      entry: 'sayIntro',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.begin } }, target: 'step', actions: 'saveProgress' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'leaving', actions: 'sayLeaving' },
        ],
        RESUME: { target: 'intro', reenter: true },
        NUDGE: { target: 'intro', reenter: true, actions: 'sayNudge' },
      },
    },
    recap: {
      entry: 'sayRecap',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.continue } }, target: 'step' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'leaving', actions: 'sayLeaving' },
        ],
        RESUME: { target: 'recap', reenter: true },
        NUDGE: { target: 'recap', reenter: true, actions: 'sayNudge' },
      },
    },
    finishedBefore: {
      entry: 'sayFinishedBefore',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.review } }, target: 'step', actions: 'restartSteps' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.exercises } }, target: 'exit', actions: { type: 'leave', params: { next: 'exercises', args: { from: 'repair' } } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.checkin } }, target: 'exit', actions: { type: 'leave', params: { next: 'checkin' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'finishedBefore', reenter: true },
        NUDGE: { target: 'finishedBefore', reenter: true, actions: 'sayNudge' },
      },
    },
    step: {
      initial: 'explain',
      states: {
        explain: {
          entry: 'sayExplain',
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.next } }, target: 'reflect' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '#repair.leaving', actions: 'sayLeaving' },
            ],
            RESUME: { target: 'explain', reenter: true },
            NUDGE: { target: 'explain', reenter: true, actions: 'sayNudge' },
          },
        },
        reflect: {
          entry: 'askReflection',
          on: {
            TEXT: [
              { guard: 'meaningful', target: 'action', actions: ['saveReflection', 'sayThanks'] },
              { target: 'reflect', reenter: true, actions: 'askForWords' },
            ],
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.skipReflection } }, target: 'action' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '#repair.leaving', actions: 'sayLeaving' },
            ],
            BACK: 'explain',
            RESUME: { target: 'reflect', reenter: true },
            NUDGE: { target: 'reflect', reenter: true, actions: 'sayNudge' },
          },
        },
        action: {
          entry: 'sayAction',
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.done } }, target: '#repair.advance', actions: [{ type: 'markStep', params: { outcome: 'done' } }, 'sayWellDone'] },
              { guard: { type: 'chose', params: { id: copy.CHOICE.skip } }, target: '#repair.advance', actions: [{ type: 'markStep', params: { outcome: 'skipped' } }, 'saySkipped'] },
              { guard: { type: 'chose', params: { id: copy.CHOICE.notYet } }, target: '#repair.exit', actions: ['saveProgress', 'sayNotYet'] },
              {
                guard: and([{ type: 'chose', params: { id: copy.CHOICE.exercise } }, 'exerciseOffered']),
                target: '#repair.exit',
                actions: ['saveProgress', 'leaveForExercise'],
              },
              {
                guard: and([{ type: 'chose', params: { id: copy.CHOICE.apology } }, 'onApologyStep', 'apologyCoachAvailable']),
                target: '#repair.exit',
                actions: ['saveProgress', { type: 'leave', params: { next: 'apology', args: { from: 'repair' } } }],
              },
              {
                guard: and([{ type: 'chose', params: { id: copy.CHOICE.leaning } }, 'onDecideStep']),
                target: 'leaning',
              },
              { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '#repair.leaving', actions: 'sayLeaving' },
            ],
            BACK: 'reflect',
            RESUME: { target: 'action', reenter: true },
            NUDGE: { target: 'action', reenter: true, actions: 'sayNudge' },
          },
        },
        leaning: {
          entry: 'sayLeaning',
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { id: copy.CHOICE.selfTrust } }, target: '#repair.step', actions: 'jumpToSelfTrust' },
              { guard: { type: 'chose', params: { id: copy.CHOICE.continue } }, target: '#repair.advance', actions: { type: 'markStep', params: { outcome: 'done' } } },
              { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: '#repair.leaving', actions: ['saveProgress', 'sayLeaving'] },
            ],
            BACK: 'action',
            RESUME: { target: 'leaning', reenter: true },
            NUDGE: { target: 'leaning', reenter: true, actions: 'sayNudge' },
          },
        },
      },
    },
    advance: {
      always: [{ guard: 'moreSteps', target: 'step' }, { target: 'complete' }],
    },
    complete: {
      entry: ['markFinished', 'sayComplete'],
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.checkin } }, target: 'exit', actions: { type: 'leave', params: { next: 'checkin' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.exercises } }, target: 'exit', actions: { type: 'leave', params: { next: 'exercises', args: { from: 'repair' } } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'complete', reenter: true },
        NUDGE: { target: 'complete', reenter: true, actions: 'sayNudge' },
      },
    },
    leaving: { type: 'final' },
    exit: { type: 'final' },
  },
});
