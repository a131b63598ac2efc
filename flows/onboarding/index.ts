import type { FlowDefinition } from '../flow.ts';
import { onboardingMachine } from './machine.ts';

/**
 * The first conversation: what the bot is, consent, role, relationship, what happened.
 *
 * @example createEngine({ flows: [onboardingFlow, ...], roles: { onboarding: 'onboarding', ... } })
 */
export const onboardingFlow: FlowDefinition = {
  id: 'onboarding',
  version: 1,
  title: 'Getting started',
  machine: onboardingMachine,
};
