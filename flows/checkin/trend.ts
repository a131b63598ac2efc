/**
 * The numbers behind a check-in's feedback: a compact text chart of each sign over time, what
 * improved since last time, and when to suggest professional help.
 */
import { SIGNS, type CheckinRecord, type Concern, type Sign } from './record.ts';

const BARS = ['▁', '▂', '▄', '▆', '█'] as const;

/** Short names of the signs, for the chart. */
export const SIGN_NAMES: Record<Sign, string> = {
  consistency: 'Words match actions',
  openness: 'Opening up',
  conflict: 'Calmer conflict',
  safety: 'Safe and respected',
};

/**
 * One bar character for a rating from 1 to 5.
 *
 * @example bar(5) // '█'
 */
export function bar(rating: number): string {
  const index = Math.min(BARS.length, Math.max(1, Math.round(rating))) - 1;
  return BARS[index] ?? BARS[0];
}

/** The average of a check-in's four ratings. */
export function average(record: CheckinRecord): number {
  return SIGNS.reduce((sum, sign) => sum + record.ratings[sign], 0) / SIGNS.length;
}

/**
 * A compact chart of the last few check-ins (oldest on the left), one line per sign, ending
 * with the latest rating and how it moved.
 *
 * @example
 * trendChart(records)
 * // Words match actions  ▂▄▆  4 ↑
 * // Opening up           ▂▂▂  2 =
 */
export function trendChart(records: readonly CheckinRecord[], width = 8): string {
  const shown = records.slice(-width);
  const latest = shown.at(-1);
  const before = shown.at(-2);
  if (!latest) return '';
  const pad = Math.max(...SIGNS.map((s) => SIGN_NAMES[s].length));
  return SIGNS.map((sign) => {
    const bars = shown.map((r) => bar(r.ratings[sign])).join('');
    const now = latest.ratings[sign];
    const arrow = before ? arrowFor(now - before.ratings[sign]) : '';
    return `${SIGN_NAMES[sign].padEnd(pad)}  ${bars}  ${now}${arrow ? ` ${arrow}` : ''}`;
  }).join('\n');
}

function arrowFor(change: number): string {
  if (change > 0) return '↑';
  if (change < 0) return '↓';
  return '=';
}

/** How the latest check-in compares with the one before it. */
export interface Movement {
  /** Signs rated higher than last time, with both ratings. */
  up: { sign: Sign; from: number; to: number }[];
  /** Signs rated lower than last time. */
  down: Sign[];
  /** True when there is no earlier check-in to compare with. */
  first: boolean;
}

/**
 * Compares the latest check-in with the previous one.
 *
 * @example movement([older, newer]).up // [{ sign: 'openness', from: 2, to: 3 }]
 */
export function movement(records: readonly CheckinRecord[]): Movement {
  const latest = records.at(-1);
  const before = records.at(-2);
  if (!latest || !before) return { up: [], down: [], first: true };
  const up = SIGNS.filter((s) => latest.ratings[s] > before.ratings[s]).map((sign) => ({
    sign,
    from: before.ratings[sign],
    to: latest.ratings[sign],
  }));
  const down = SIGNS.filter((s) => latest.ratings[s] < before.ratings[s]);
  return { up, down, first: false };
}

/** Why professional help is being suggested. */
export type HelpReason = 'low' | 'unsafe' | Concern;

/**
 * Whether to suggest counselling: the last two check-ins both averaged 2 or less; feeling safe
 * was rated 1 last time, or 2 or less twice in a row; or the person raised a concern (every
 * talk ends in a fight, repeated betrayal, manipulation).
 *
 * @example helpReasons(records, ['fights']) // ['fights']
 */
export function helpReasons(records: readonly CheckinRecord[], concerns: readonly Concern[]): HelpReason[] {
  const lastTwo = records.slice(-2);
  const low = lastTwo.length === 2 && lastTwo.every((r) => average(r) <= 2);
  const latestSafety = records.at(-1)?.ratings.safety ?? 5;
  const unsafe = latestSafety <= 1 || (lastTwo.length === 2 && lastTwo.every((r) => r.ratings.safety <= 2));
  return [...(low ? (['low'] as const) : []), ...(unsafe ? (['unsafe'] as const) : []), ...concerns];
}

/**
 * Concerns recognised in free text typed at the end of a check-in.
 *
 * @example concernsIn('every talk ends in a fight') // ['fights']
 */
export function concernsIn(text: string): Concern[] {
  const t = text.toLowerCase();
  const found: Concern[] = [];
  if (/\b(fight|fights|fighting|argue|arguing|argument|arguments|row|rows|screaming match)\b/.test(t)) found.push('fights');
  if (/\b(again and again|keeps? (on )?(happening|cheating|lying)|still (cheating|lying|seeing)|did it again|(cheated|lied) again|over and over)\b/.test(t)) found.push('repeated');
  if (/\b(manipulat\w*|gaslight\w*|controlling|controls me|guilt[- ]trip\w*|twists? (my|the) words)\b/.test(t)) found.push('manipulation');
  return found;
}
