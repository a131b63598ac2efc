import type { FlowDefinition } from '../flow.ts';
import { repairMachine } from './machine.ts';

/**
 * The guided repair program, on the main menu as "My repair plan".
 * Without the apology coach; use {@link repairFlowFor} to link it when that flow exists.
 */
export const repairFlow: FlowDefinition = {
  id: 'repair',
  version: 1,
  title: 'My repair plan',
  machine: repairMachine,
  menu: { label: 'My repair plan', order: 10 },
  commands: ['plan'],
};

/**
 * The repair program, offering the apology coach at the apology step when a flow with id
 * `apology` is among the registered flows.
 *
 * @example export const allFlows = [...others, repairFlowFor(others.map((f) => f.id))];
 */
export function repairFlowFor(flowIds: readonly string[]): FlowDefinition {
  const apology = flowIds.includes('apology');
  return { ...repairFlow, machine: repairMachine.provide({ guards: { apologyCoachAvailable: () => apology } }) };
}
