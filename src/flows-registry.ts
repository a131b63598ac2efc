import { apologyCoachFlow } from '../flows/apology-coach/index.ts';
import { checkinFlow } from '../flows/checkin/flow.ts';
import { communicationCoachFlow } from '../flows/communication-coach/index.ts';
import { countryFlow } from '../flows/country/index.ts';
import { crisisFlow } from '../flows/crisis/index.ts';
import { exercisesFlow } from '../flows/exercises/flow.ts';
import type { FlowDefinition } from '../flows/flow.ts';
import { forgetFlow } from '../flows/forget/index.ts';
import { journalFlow } from '../flows/journal/flow.ts';
import { onboardingFlow } from '../flows/onboarding/index.ts';
import { progressFlow } from '../flows/progress/flow.ts';
import { repairFlow } from '../flows/repair/index.ts';
import { safetyCheckFlow } from '../flows/safety-check/index.ts';

/**
 * Every flow the bot runs. To add a flow: write its machine and copy under `flows/<id>/`,
 * export a `FlowDefinition` from `flows/<id>/index.ts`, and list it here; a `menu` entry puts
 * it on the main menu, `commands` gives it slash commands.
 */
export const allFlows: FlowDefinition[] = [
  onboardingFlow,
  safetyCheckFlow,
  repairFlow,
  exercisesFlow,
  apologyCoachFlow,
  communicationCoachFlow,
  checkinFlow,
  journalFlow,
  progressFlow,
  crisisFlow,
  countryFlow,
  forgetFlow,
];

/** The ids of the flows the engine needs by role. */
export const flowRoles = { onboarding: 'onboarding', crisis: 'crisis', forget: 'forget' } as const;
