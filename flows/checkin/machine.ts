/**
 * The weekly check-in: rate the four signs of returning trust 1–5, then see the trend since
 * last time, a word about any progress, and — when things stay low or a serious concern comes
 * up — a warm suggestion of counselling with how to find it.
 */
import { and, assign, enqueueActions, setup } from 'xstate';
import type { FlowEvent, FlowOutput, FlowTypes } from '../flow.ts';
import { emitAll } from '../shared/emit-all.ts';
import { isChoice } from '../shared/is-choice.ts';
import * as copy from './copy.ts';
import { SIGNS, type CheckinRecord, type Concern, type Sign } from './record.ts';
import { concernsIn, helpReasons, movement, trendChart } from './trend.ts';

/** How many check-ins are kept in the profile. */
export const KEEP_CHECKINS = 52;

/** What the check-in machine keeps between turns (plain JSON). */
export interface CheckinContext {
  /** Earlier check-ins, oldest first. */
  previous: CheckinRecord[];
  /** Ratings given so far, in sign order. */
  ratings: number[];
  /** Concerns raised at the end. */
  concerns: Concern[];
  /** Where to go when the flow ends. */
  exit: FlowOutput | null;
}

function ratingOf(event: FlowEvent): number | undefined {
  if (event.type !== 'CHOICE') return undefined;
  const match = /^r([1-5])$/.exec(event.id);
  return match ? Number(match[1]) : undefined;
}

function record(context: CheckinContext, at: number): CheckinRecord {
  const ratings = Object.fromEntries(SIGNS.map((s, i) => [s, context.ratings[i] ?? 3])) as Record<Sign, number>;
  return { at, ratings, ...(context.concerns.length ? { concerns: context.concerns } : {}) };
}

/** The check-in machine. */
export const checkinMachine = setup({
  types: {} as FlowTypes<CheckinContext>,
  guards: {
    chose: ({ event }, params: unknown) => isChoice(event, params),
    isRating: ({ event }) => ratingOf(event) !== undefined,
    moreSigns: ({ context }) => context.ratings.length < SIGNS.length - 1,
    hasPrevious: ({ context }) => context.ratings.length > 0,
  },
  actions: {
    rate: assign({ ratings: ({ context, event }) => [...context.ratings, ratingOf(event) ?? 3] }),
    unrate: assign({ ratings: ({ context }) => context.ratings.slice(0, -1) }),
    noteConcern: assign({ concerns: (_, params: { concern: Concern }) => [params.concern] }),
    noteConcernsInText: assign({ concerns: ({ event }) => (event.type === 'TEXT' ? concernsIn(event.text) : []) }),
    save: enqueueActions(({ enqueue, context, event }) => {
      const all = [...context.previous, record(context, event.at)].slice(-KEEP_CHECKINS);
      enqueue.assign({ previous: all, ratings: [] });
      enqueue.emit({ type: 'remember', patch: { checkins: all } });
      emitAll(enqueue, copy.trend(trendChart(all), movement(all)));
      const reasons = helpReasons(all, context.concerns);
      if (reasons.length > 0) emitAll(enqueue, copy.help(reasons));
    }),
    leave: assign({ exit: (_, params: FlowOutput) => params }),
    sayIntro: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.intro())),
    askRating: enqueueActions(({ enqueue, context }) => {
      const index = context.ratings.length;
      emitAll(enqueue, copy.rating(SIGNS[index] ?? 'safety', index, SIGNS.length));
    }),
    askConcerns: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.concerns())),
    sayNext: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.next())),
    sayStopped: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.stopped())),
    sayNudge: enqueueActions(({ enqueue }) => emitAll(enqueue, copy.nudge())),
  },
}).createMachine({
  id: 'checkin',
  context: ({ input }) => ({ previous: input.profile.checkins ?? [], ratings: [], concerns: [], exit: null }),
  initial: 'intro',
  output: ({ context }) => context.exit ?? { next: 'menu' },
  states: {
    intro: {
      entry: 'sayIntro',
      always: 'rating',
    },
    rating: {
      entry: 'askRating',
      on: {
        CHOICE: [
          { guard: and(['isRating', 'moreSigns']), target: 'rating', reenter: true, actions: 'rate' },
          { guard: 'isRating', target: 'concerns', actions: 'rate' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.stop } }, target: 'exit', actions: 'sayStopped' },
        ],
        BACK: { guard: 'hasPrevious', target: 'rating', reenter: true, actions: 'unrate' },
        RESUME: { target: 'rating', reenter: true },
        NUDGE: { target: 'rating', reenter: true, actions: 'sayNudge' },
      },
    },
    concerns: {
      entry: 'askConcerns',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.fights } }, target: 'summary', actions: [{ type: 'noteConcern', params: { concern: 'fights' } }, 'save'] },
          { guard: { type: 'chose', params: { id: copy.CHOICE.repeated } }, target: 'summary', actions: [{ type: 'noteConcern', params: { concern: 'repeated' } }, 'save'] },
          { guard: { type: 'chose', params: { id: copy.CHOICE.manipulation } }, target: 'summary', actions: [{ type: 'noteConcern', params: { concern: 'manipulation' } }, 'save'] },
          { guard: { type: 'chose', params: { id: copy.CHOICE.none } }, target: 'summary', actions: 'save' },
        ],
        TEXT: { target: 'summary', actions: ['noteConcernsInText', 'save'] },
        BACK: { target: 'rating', actions: 'unrate' },
        RESUME: { target: 'concerns', reenter: true },
        NUDGE: { target: 'concerns', reenter: true, actions: 'sayNudge' },
      },
    },
    summary: {
      entry: 'sayNext',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.plan } }, target: 'exit', actions: { type: 'leave', params: { next: 'repair' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.exercises } }, target: 'exit', actions: { type: 'leave', params: { next: 'exercises' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'summary', reenter: true },
        NUDGE: { target: 'summary', reenter: true, actions: 'sayNudge' },
      },
    },
    exit: { type: 'final' },
  },
});
