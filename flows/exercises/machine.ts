/**
 * The exercises: a menu of short, guided exercises, walked one message at a time, each ending
 * with an optional reflection for the journal. Exercises meant to be done together are hidden
 * after a positive abuse screen.
 */
import { and, assign, enqueueActions, setup } from 'xstate';
import type { FlowInput, FlowOutput, FlowTypes } from '../flow.ts';
import { emitAll } from '../shared/emit-all.ts';
import { isChoice } from '../shared/is-choice.ts';
import { EXERCISES, exerciseById, type Exercise, type ExerciseId } from './catalog.ts';
import * as copy from './copy.ts';
import { jointAllowed } from './joint.ts';

/** What the exercises machine keeps between turns (plain JSON). */
export interface ExercisesContext {
  /** The exercise under way. */
  exercise: ExerciseId | null;
  /** Which of its steps is showing. */
  index: number;
  /** Whether joint exercises may be offered. */
  joint: boolean;
  /** Whether reflections may be stored. */
  consent: boolean;
  /** Started from the repair plan, so "Back to my plan" is offered. */
  fromPlan: boolean;
  /** Exercises finished before (from the profile) plus any finished now. */
  done: string[];
  /** Where to go when the flow ends. */
  exit: FlowOutput | null;
}

/**
 * The exercises this person may be offered.
 *
 * @example visibleExercises(true).length // 6
 */
export function visibleExercises(joint: boolean): readonly Exercise[] {
  return EXERCISES.filter((e) => joint || !e.joint);
}

function initialContext(input: FlowInput): ExercisesContext {
  const joint = jointAllowed(input.profile);
  const requested = exerciseById(input.args.exercise ?? '');
  const allowed = requested && (joint || !requested.joint) ? requested.id : null;
  return {
    exercise: allowed,
    index: 0,
    joint,
    consent: input.profile.consent === true,
    fromPlan: input.args.from === 'repair',
    done: input.profile.exercisesDone ?? [],
    exit: null,
  };
}

function current(context: ExercisesContext): Exercise {
  const exercise = exerciseById(context.exercise ?? '');
  if (!exercise) throw new Error('The exercises flow has no exercise to show: pick one before entering `running`.');
  return exercise;
}

/** The exercises machine. */
export const exercisesMachine = setup({
  types: {} as FlowTypes<ExercisesContext>,
  guards: {
    chose: ({ event }, params: unknown) => isChoice(event, params),
    hasExercise: ({ context }) => context.exercise !== null,
    choseVisibleExercise: ({ context, event }) =>
      event.type === 'CHOICE' && visibleExercises(context.joint).some((e) => e.id === event.id),
    moreSteps: ({ context }) => context.index < current(context).steps.length - 1,
    hasPrevious: ({ context }) => context.index > 0,
    hasReflection: ({ context }) => current(context).reflect !== undefined,
    fromPlan: ({ context }) => context.fromPlan,
    meaningful: ({ event }) => event.type === 'TEXT' && /\p{L}{2,}/u.test(event.text),
  },
  actions: {
    pick: assign({
      exercise: ({ event }) => (event.type === 'CHOICE' ? (exerciseById(event.id)?.id ?? null) : null),
      index: 0,
    }),
    forward: assign({ index: ({ context }) => context.index + 1 }),
    backward: assign({ index: ({ context }) => Math.max(0, context.index - 1) }),
    clear: assign({ exercise: null, index: 0 }),
    markDone: enqueueActions(({ enqueue, context }) => {
      const id = current(context).id;
      if (context.done.includes(id)) return;
      const done = [...context.done, id];
      enqueue.assign({ done });
      enqueue.emit({ type: 'remember', patch: { exercisesDone: done } });
    }),
    saveReflection: enqueueActions(({ enqueue, context, event }) => {
      const exercise = current(context);
      if (event.type !== 'TEXT' || !exercise.reflect) return;
      enqueue.emit({ type: 'journal', entry: { topic: `exercise:${exercise.id}`, prompt: exercise.reflect, text: event.text } });
    }),
    leave: assign({ exit: (_, params: FlowOutput) => params }),
    sayMenu: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.menu(visibleExercises(context.joint), !context.joint))),
    sayStep: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.step(current(context), context.index))),
    askReflection: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.reflect(current(context), context.consent))),
    sayThanks: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.thanks())),
    askForWords: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.askForWords())),
    sayFinished: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.finished(current(context), context.fromPlan))),
    sayStopped: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.stopped())),
    sayNudge: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.nudge())),
  },
}).createMachine({
  id: 'exercises',
  context: ({ input }) => initialContext(input),
  initial: 'routing',
  output: ({ context }) => context.exit ?? { next: 'menu' },
  states: {
    routing: {
      always: [{ guard: 'hasExercise', target: 'running' }, { target: 'choosing' }],
    },
    choosing: {
      entry: 'sayMenu',
      on: {
        CHOICE: [
          { guard: 'choseVisibleExercise', target: 'running', actions: 'pick' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'choosing', reenter: true },
        NUDGE: { target: 'choosing', reenter: true, actions: 'sayNudge' },
      },
    },
    running: {
      entry: 'sayStep',
      on: {
        CHOICE: [
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.next } }, 'moreSteps']), target: 'running', reenter: true, actions: 'forward' },
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.next } }, 'hasReflection']), target: 'reflect' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.next } }, target: 'finished' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.stop } }, target: 'choosing', actions: ['sayStopped', 'clear'] },
        ],
        BACK: { guard: 'hasPrevious', target: 'running', reenter: true, actions: 'backward' },
        RESUME: { target: 'running', reenter: true },
        NUDGE: { target: 'running', reenter: true, actions: 'sayNudge' },
      },
    },
    reflect: {
      entry: 'askReflection',
      on: {
        TEXT: [
          { guard: 'meaningful', target: 'finished', actions: ['saveReflection', 'sayThanks'] },
          { target: 'reflect', reenter: true, actions: 'askForWords' },
        ],
        CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.skipReflection } }, target: 'finished' },
        BACK: 'running',
        RESUME: { target: 'reflect', reenter: true },
        NUDGE: { target: 'reflect', reenter: true, actions: 'sayNudge' },
      },
    },
    finished: {
      entry: ['markDone', 'sayFinished'],
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.another } }, target: 'choosing', actions: 'clear' },
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.plan } }, 'fromPlan']), target: 'exit', actions: { type: 'leave', params: { next: 'repair', args: { from: 'exercises' } } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'finished', reenter: true },
        NUDGE: { target: 'finished', reenter: true, actions: 'sayNudge' },
      },
    },
    exit: { type: 'final' },
  },
});
