import type { FlowDefinition } from '../flow.ts';
import { progressMachine } from './machine.ts';

/** Where they are in the program, on the menu and as `/progress`. */
export const progressFlow: FlowDefinition = {
  id: 'progress',
  version: 1,
  title: 'My progress',
  machine: progressMachine,
  menu: { label: 'My progress', order: 70 },
  commands: ['progress'],
};
