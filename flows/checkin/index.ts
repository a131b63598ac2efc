export { checkinFlow } from './flow.ts';
export type { CheckinRecord, Sign, Concern } from './record.ts';
