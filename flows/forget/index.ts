import type { FlowDefinition } from '../flow.ts';
import { forgetMachine } from './machine.ts';

/** `/forget`: erase everything about the person, after a confirmation. */
export const forgetFlow: FlowDefinition = { id: 'forget', version: 1, title: 'Erase my data', machine: forgetMachine };
