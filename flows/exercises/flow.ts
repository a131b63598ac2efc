import type { FlowDefinition } from '../flow.ts';
import { exercisesMachine } from './machine.ts';

/**
 * The exercises menu. Start it with `args: { exercise: 'breathing' }` to open one exercise
 * directly, and `from: 'repair'` to offer "Back to my plan" at the end.
 */
export const exercisesFlow: FlowDefinition = {
  id: 'exercises',
  version: 1,
  title: 'Exercises',
  machine: exercisesMachine,
  menu: { label: 'Exercises', order: 20 },
  commands: ['exercises'],
};
