/** The four signs that trust is returning, in the order they are asked. */
export type Sign = 'consistency' | 'openness' | 'conflict' | 'safety';

/** All signs, in the order they are asked and charted. */
export const SIGNS: readonly Sign[] = ['consistency', 'openness', 'conflict', 'safety'];

/** Concerns a person can raise at the end of a check-in; each one suggests professional help. */
export type Concern = 'fights' | 'repeated' | 'manipulation';

/**
 * One weekly check-in: each sign rated 1 (not at all) to 5 (very much), with the date.
 *
 * @example { at: 1763800000000, ratings: { consistency: 3, openness: 2, conflict: 3, safety: 4 } }
 */
export interface CheckinRecord {
  /** When it was done (ms since epoch). */
  at: number;
  /** The ratings, 1–5. */
  ratings: Record<Sign, number>;
  /** Concerns they raised, if any. */
  concerns?: Concern[];
}
