/** The journal: shows the person's reflections a few at a time and offers them as a text file. */
import { and, assign, enqueueActions, setup } from 'xstate';
import type { JournalEntry } from '../../src/profile.ts';
import type { FlowOutput, FlowTypes } from '../flow.ts';
import { emitAll } from '../shared/emit-all.ts';
import { isChoice } from '../shared/is-choice.ts';
import * as copy from './copy.ts';

/** What the journal machine keeps between turns (plain JSON). */
export interface JournalContext {
  /** The entries as they were when the flow started. */
  entries: JournalEntry[];
  /** How many entries, newest first, have already been shown. */
  offset: number;
  /** Whether they allowed reflections to be stored. */
  consent: boolean;
  /** Where to go when the flow ends. */
  exit: FlowOutput | null;
}

/** The journal machine. */
export const journalMachine = setup({
  types: {} as FlowTypes<JournalContext>,
  guards: {
    chose: ({ event }, params: unknown) => isChoice(event, params),
    isEmpty: ({ context }) => context.entries.length === 0,
    hasOlder: ({ context }) => context.offset + copy.PAGE < context.entries.length,
  },
  actions: {
    turnPage: assign({ offset: ({ context }) => context.offset + copy.PAGE }),
    firstPage: assign({ offset: 0 }),
    leave: assign({ exit: (_, params: FlowOutput) => params }),
    sayPage: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.page(context.entries, context.offset))),
    sayExport: enqueueActions(({ enqueue, context, event }) => emitAll(enqueue, copy.exported(context.entries, event.at))),
    sayEmpty: enqueueActions(({ enqueue, context }) => emitAll(enqueue, copy.empty(context.consent))),
  },
}).createMachine({
  id: 'journal',
  context: ({ input }) => ({ entries: input.journal, offset: 0, consent: input.profile.consent === true, exit: null }),
  initial: 'routing',
  output: ({ context }) => context.exit ?? { next: 'menu' },
  states: {
    routing: {
      always: [{ guard: 'isEmpty', target: 'empty' }, { target: 'reading' }],
    },
    reading: {
      entry: 'sayPage',
      on: {
        CHOICE: [
          { guard: and([{ type: 'chose', params: { id: copy.CHOICE.older } }, 'hasOlder']), target: 'reading', reenter: true, actions: 'turnPage' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.export } }, target: 'exported', actions: 'sayExport' },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        BACK: { target: 'reading', reenter: true, actions: 'firstPage' },
        RESUME: { target: 'reading', reenter: true },
        NUDGE: { target: 'reading', reenter: true },
      },
    },
    exported: {
      on: {
        CHOICE: { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        BACK: { target: 'reading', actions: 'firstPage' },
        RESUME: { target: 'reading', actions: 'firstPage' },
        NUDGE: { target: 'reading', actions: 'firstPage' },
      },
    },
    empty: {
      entry: 'sayEmpty',
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { id: copy.CHOICE.plan } }, target: 'exit', actions: { type: 'leave', params: { next: 'repair' } } },
          { guard: { type: 'chose', params: { id: copy.CHOICE.menu } }, target: 'exit' },
        ],
        RESUME: { target: 'empty', reenter: true },
        NUDGE: { target: 'empty', reenter: true },
      },
    },
    exit: { type: 'final' },
  },
});
