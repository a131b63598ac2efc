import type { FlowDefinition } from '../flow.ts';
import { journalMachine } from './machine.ts';

/** The private journal of reflections, on the menu and as `/journal`. */
export const journalFlow: FlowDefinition = {
  id: 'journal',
  version: 1,
  title: 'My journal',
  machine: journalMachine,
  menu: { label: 'My journal', order: 60 },
  commands: ['journal'],
};
