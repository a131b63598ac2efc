export { exercisesFlow } from './flow.ts';
export type { ExerciseId } from './catalog.ts';
