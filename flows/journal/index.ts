export { journalFlow } from './flow.ts';
