import type { FlowDefinition } from '../flow.ts';
import { safetyCheckMachine } from './machine.ts';

/**
 * The safety check that follows onboarding (onboarding ends with `{ next: 'safety-check' }`):
 * "do you feel safe with them?", a four-item HITS screen when it matters, and the safety path
 * after a positive screen. Ends with `{ next: 'menu' }`.
 *
 * @example createEngine({ flows: [safetyCheckFlow, ...] })
 */
export const safetyCheckFlow: FlowDefinition = {
  id: 'safety-check',
  version: 1,
  title: 'Safety check',
  machine: safetyCheckMachine,
};
