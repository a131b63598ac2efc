export { progressFlow } from './flow.ts';
