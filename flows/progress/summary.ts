/** Where a person stands: their place in the repair plan, check-ins, exercises and journal. */
import type { Profile } from '../../src/profile.ts';
import { average, trendChart } from '../checkin/trend.ts';
import { day } from '../journal/format.ts';
import { stepsFor } from '../repair/steps.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The plan as a list of steps with a mark each: ✓ done, ↷ skipped, ▶ current, · still ahead.
 *
 * @example planLines(profile.repair!) // ['✓ 1. Name what you did', '▶ 2. Own it, without excuses', …]
 */
export function planLines(progress: NonNullable<Profile['repair']>): string[] {
  return stepsFor(progress.track).map((step, i) => {
    const mark = progress.done.includes(step.id)
      ? '✓'
      : progress.skipped.includes(step.id)
        ? '↷'
        : i === progress.step
          ? '▶'
          : '·';
    const note = mark === '↷' ? ' (skipped)' : '';
    return `${mark} ${i + 1}. ${step.title}${note}`;
  });
}

/**
 * "today", "yesterday" or "N days ago".
 *
 * @example ago(now - 3 * 86_400_000, now) // '3 days ago'
 */
export function ago(at: number, now: number): string {
  const days = Math.floor((now - at) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/**
 * The progress report as short messages.
 *
 * @example progressReport(profile, journal.length, Date.now())
 */
export function progressReport(profile: Profile, journalCount: number, now: number): string[] {
  const messages: string[] = [];
  const progress = profile.repair;
  if (!progress) {
    messages.push("You haven't started your repair plan yet. It takes a few minutes a day, one small step at a time.");
  } else {
    const total = stepsFor(progress.track).length;
    const heading = progress.track === 'broke' ? 'making amends' : 'healing after being hurt';
    const status =
      progress.finishedAt !== undefined
        ? `finished ${day(progress.finishedAt)}`
        : `step ${Math.min(progress.step + 1, total)} of ${total}`;
    messages.push(`Your repair plan (${heading}) — started ${ago(progress.startedAt, now)}, ${status}.\n\n${planLines(progress).join('\n')}`);
  }
  const checkins = profile.checkins ?? [];
  const latest = checkins.at(-1);
  if (latest) {
    const before = checkins.at(-2);
    const avg = average(latest).toFixed(1);
    const change = before ? `, ${average(latest) >= average(before) ? 'up' : 'down'} from ${average(before).toFixed(1)}` : '';
    messages.push(`Check-ins: ${checkins.length}, the latest ${ago(latest.at, now)} — average ${avg} of 5${change}.\n\n${trendChart(checkins)}`);
  } else {
    messages.push('No check-ins yet. A weekly /checkin shows whether the signs of trust are growing.');
  }
  const exercises = profile.exercisesDone?.length ?? 0;
  messages.push(
    `Exercises finished: ${exercises}. Reflections in your journal: ${journalCount}.\n\nRebuilding trust takes months, not days — every step here counts.`,
  );
  return messages;
}
