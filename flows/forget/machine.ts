import { assign, emit, setup } from 'xstate';
import { ask, say } from '../../src/reply.ts';
import type { FlowTypes } from '../flow.ts';
import { forgetCopy as copy } from './copy.ts';

/**
 * `/forget`: asks for confirmation, then outputs `erase: true` (the engine erases the whole
 * conversation from the store) or returns to whatever was running.
 */
export const forgetMachine = setup({
  types: {} as FlowTypes<{ erase: boolean }>,
  actions: {
    askToConfirm: emit(() => ({ type: 'reply', reply: ask(copy.confirm, [['erase', copy.yes], ['keep', copy.no]]) }) as const),
    sayKept: emit(() => ({ type: 'reply', reply: say(copy.kept) }) as const),
  },
  guards: {
    erase: ({ event }) => event.type === 'CHOICE' && event.id === 'erase',
    keep: ({ event }) => event.type === 'CHOICE' && event.id === 'keep',
  },
}).createMachine({
  id: 'forget',
  context: { erase: false },
  initial: 'confirming',
  states: {
    confirming: {
      entry: 'askToConfirm',
      on: {
        CHOICE: [
          { guard: 'erase', target: 'erased', actions: assign({ erase: true }) },
          { guard: 'keep', target: 'kept', actions: 'sayKept' },
        ],
        BACK: { target: 'kept', actions: 'sayKept' },
      },
    },
    erased: { type: 'final' },
    kept: { type: 'final' },
  },
  output: ({ context }) => (context.erase ? { erase: true } : {}),
});
