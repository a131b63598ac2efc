/** The progress view: where they are in the plan, their check-in trend, exercises and journal. */
import { assign, enqueueActions, setup } from 'xstate';
import type { FlowOutput, FlowTypes } from '../flow.ts';
import { emitAll } from '../shared/emit-all.ts';
import { isChoice } from '../shared/is-choice.ts';
import * as copy from './copy.ts';
import { progressReport } from './summary.ts';

/** What the progress machine keeps between turns (plain JSON). */
export interface ProgressContext {
  /** The report's messages, worked out when the flow started. */
  messages: string[];
  /** Whether the plan has been started. */
  started: boolean;
  /** Where to go when the flow ends. */
  exit: FlowOutput | null;
}

/** The progress machine. */
export const progressMachine = setup({
  types: {} as FlowTypes<ProgressContext>,
  guards: {
    chose: ({ event }, params: unknown) => isChoice(event, params),
  },
  actions: {
    leave: assign({ exit: (_, params: FlowOutput) => params }),
    sayReport: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.report(context.messages, context.started))),
  },
}).createMachine({
  id: 'progress',
  context: ({ input }) => ({
    messages: progressReport(input.profile, input.journal.length, input.now),
    started: input.profile.repair !== undefined,
    exit: null,
  }),
  initial: 'showing',
  output: ({ context }) => context.exit ?? { next: 'menu' },
  states: {
    showing: {
      entry: 'sayReport',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.plan } }, target: 'exit', actions: { type: 'leave', params: { next: 'repair' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.checkin } }, target: 'exit', actions: { type: 'leave', params: { next: 'checkin' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'showing', reenter: true },
        NUDGE: { target: 'showing', reenter: true },
      },
    },
    exit: { type: 'final' },
  },
});
