import type { FlowDefinition } from '../flow.ts';
import { repairFlowFor } from './flow.ts';

export { repairFlowFor } from './flow.ts';
export type { RepairProgress, Track } from './progress.ts';

/**
 * The repair program as the registry lists it. The apology coach (`flows/apology-coach`, id
 * `apology`) ships with the bot, so the apology step offers it; a deployment without it can
 * register `repairFlowFor(allFlows.map((f) => f.id))` instead.
 */
export const repairFlow: FlowDefinition = repairFlowFor(['apology']);
