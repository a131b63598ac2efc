/** The two tracks of the repair program: for the person who broke trust, and for the person who was hurt. */
export type Track = 'broke' | 'hurt';

/**
 * Where a person is in the repair program. Kept in the profile (`profile.repair`) so leaving
 * with /menu and coming back days later resumes at the same step.
 *
 * @example { track: 'hurt', step: 2, done: ['name', 'decide'], skipped: [], startedAt: 1763800000000 }
 */
export interface RepairProgress {
  /** Which track these steps belong to. */
  track: Track;
  /** Index of the step they are on (equal to the number of steps once finished). */
  step: number;
  /** Ids of the steps they marked done. */
  done: string[];
  /** Ids of the steps they chose to skip. */
  skipped: string[];
  /** When they began this track (ms since epoch). */
  startedAt: number;
  /** When they last moved on (ms since epoch). */
  updatedAt?: number;
  /** When they reached the end of the last step (ms since epoch). */
  finishedAt?: number;
}

/**
 * A fresh start on a track.
 *
 * @example freshProgress('broke', Date.now())
 */
export function freshProgress(track: Track, now: number): RepairProgress {
  return { track, step: 0, done: [], skipped: [], startedAt: now };
}

/**
 * Records the outcome of the current step and moves to the next one.
 *
 * @example completeStep(progress, 'acknowledge', 'done', Date.now())
 */
export function completeStep(
  progress: RepairProgress,
  stepId: string,
  outcome: 'done' | 'skipped',
  at: number,
): RepairProgress {
  const done = progress.done.filter((id) => id !== stepId);
  const skipped = progress.skipped.filter((id) => id !== stepId);
  if (outcome === 'done') done.push(stepId);
  else skipped.push(stepId);
  return { ...progress, done, skipped, step: progress.step + 1, updatedAt: at };
}
