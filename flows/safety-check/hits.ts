/**
 * The HITS screen (Hurt, Insult, Threaten, Scream): four items about how often the other
 * person does each, scored never = 1 … frequently = 5. A total of 10 or more is positive.
 */

/** The answer ids, in score order. */
export const FREQUENCIES = ['never', 'rarely', 'sometimes', 'fairly_often', 'frequently'] as const;
/** One answer to a HITS item. */
export type Frequency = (typeof FREQUENCIES)[number];

/** Number of items in the screen. */
export const HITS_ITEMS = 4;
/** A total at or above this is a positive screen. */
export const HITS_POSITIVE = 10;

/** The score of one answer (never = 1 … frequently = 5), or `undefined` for an id that isn't an answer. */
export function frequencyScore(id: string): number | undefined {
  const index = FREQUENCIES.indexOf(id as Frequency);
  return index < 0 ? undefined : index + 1;
}

/**
 * Sums the four answers' scores.
 * @example hitsTotal([1, 3, 3, 3]) // 10 — positive
 */
export function hitsTotal(scores: readonly number[]): number {
  return scores.reduce((sum, score) => sum + score, 0);
}

/** True when a total is a positive screen. */
export function isPositive(total: number): boolean {
  return total >= HITS_POSITIVE;
}
