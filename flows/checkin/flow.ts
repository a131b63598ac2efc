import type { FlowDefinition } from '../flow.ts';
import { checkinMachine } from './machine.ts';

/** The weekly check-in, on the menu and as `/checkin`. */
export const checkinFlow: FlowDefinition = {
  id: 'checkin',
  version: 1,
  title: 'Weekly check-in',
  machine: checkinMachine,
  menu: { label: 'Weekly check-in', order: 50 },
  commands: ['checkin'],
};
