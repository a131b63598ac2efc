import type { FlowDefinition } from '../flow.ts';
import { apologyCoachMachine } from './machine.ts';

/**
 * The apology coach: draft, feedback quoting their words, rewrite until happy, save to the
 * journal, delivery tips. Started from the menu, or by the repair program's apology step with
 * `args.from = 'repair'` (then "Back to my repair step" returns there).
 *
 * @example createEngine({ flows: [apologyCoachFlow, ...], ... })
 */
export const apologyCoachFlow: FlowDefinition = {
  id: 'apology',
  version: 1,
  title: 'Apology coach',
  machine: apologyCoachMachine,
  menu: { label: 'Practise an apology', order: 30 },
  commands: ['apology'],
};
