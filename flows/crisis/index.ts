import type { FlowDefinition } from '../flow.ts';
import { crisisMachine } from './machine.ts';

/**
 * The crisis response: started by the engine when the screen finds risk
 * (`args: { category, level, timeframe?, thirdParty?, locale?, timeZone? }`) or for `/help now`
 * and the "Get help now" button (`args: { reason: 'help_now', locale?, timeZone? }`).
 * It holds the floor until the person says they are safe.
 *
 * @example createEngine({ flows: [crisisFlow, ...], roles: { crisis: 'crisis', ... } })
 */
export const crisisFlow: FlowDefinition = {
  id: 'crisis',
  version: 1,
  title: 'Help now',
  machine: crisisMachine,
  holdsFloor: true,
};
