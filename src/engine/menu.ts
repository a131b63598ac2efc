import type { FlowDefinition } from '../../flows/flow.ts';
import type { Profile } from '../profile.ts';
import type { Reply } from '../reply.ts';
import { engineCopy } from './copy.ts';

/** Choice id prefix for menu entries: `menu:<flowId>`. */
export const MENU_PREFIX = 'menu:';
/** Choice id of the "Get help now" button shown on every menu. */
export const HELP_NOW_CHOICE = 'help:now';

/**
 * Builds the main menu from the flows that exist and are visible for this person, always
 * ending with a "Get help now" button. Before onboarding is finished it leads with set-up.
 *
 * @example buildMenu(flows, profile).choices?.map((c) => c.label)
 */
export function buildMenu(flows: readonly FlowDefinition[], profile: Profile, setupFlowId: string): Reply {
  const entries = flows
    .filter((f) => f.menu && (f.menu.visible?.(profile) ?? true))
    .sort((a, b) => a.menu!.order - b.menu!.order)
    .map((f) => ({ id: MENU_PREFIX + f.id, label: f.menu!.label }));
  const setup = profile.onboardedAt ? [] : [{ id: MENU_PREFIX + setupFlowId, label: engineCopy.menuSetup }];
  return {
    text: engineCopy.menuPrompt,
    choices: [...setup, ...entries, { id: HELP_NOW_CHOICE, label: engineCopy.menuHelpNow }],
  };
}
