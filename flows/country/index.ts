import type { FlowDefinition } from '../flow.ts';
import { countryMachine } from './machine.ts';

/**
 * `/country`: confirm or change the country whose crisis lines are shown. Remembers
 * `{ country }` in the profile; the crisis flow and the safety check read it.
 *
 * @example createEngine({ flows: [countryFlow, ...] })
 */
export const countryFlow: FlowDefinition = {
  id: 'country',
  version: 1,
  title: 'Country for crisis lines',
  machine: countryMachine,
  commands: ['country'],
};
