import type { FlowDefinition } from '../flows/flow.ts';
import { forgetFlow } from '../flows/forget/index.ts';
import { onboardingFlow } from '../flows/onboarding/index.ts';

/**
 * Every flow the bot runs. To add a flow: write its machine and copy under `flows/<id>/`,
 * export a `FlowDefinition` from `flows/<id>/index.ts`, and list it here; a `menu` entry puts
 * it on the main menu, `commands` gives it slash commands.
 */
export const allFlows: FlowDefinition[] = [onboardingFlow, forgetFlow];

/** The ids of the flows the engine needs by role. */
export const flowRoles = { onboarding: 'onboarding', crisis: 'crisis', forget: 'forget' } as const;
