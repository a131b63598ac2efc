import type { FlowDefinition } from '../flow.ts';
import { communicationCoachMachine } from './machine.ts';

/**
 * The communication coach: I-statement builder, active-listening practice and trust-talk
 * planner (the planner is hidden after a positive abuse screen).
 *
 * @example createEngine({ flows: [communicationCoachFlow, ...], ... })
 */
export const communicationCoachFlow: FlowDefinition = {
  id: 'communication',
  version: 1,
  title: 'Communication coach',
  machine: communicationCoachMachine,
  menu: { label: 'Practise talking and listening', order: 40 },
  commands: ['talk'],
};
