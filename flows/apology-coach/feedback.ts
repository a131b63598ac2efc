/**
 * Turns an apology analysis into the coach's feedback: what is strong (quoting the person's
 * own words), what gets in the way, and one thing to add next.
 */
import { APOLOGY_ANTIPATTERNS, APOLOGY_COMPONENTS, type ApologyAnalysis } from '../../src/analyzers/apology.ts';
import { say, type Reply } from '../../src/reply.ts';
import * as copy from './copy.ts';

/** How many of the five parts an analysis has. */
export function partsPresent(a: ApologyAnalysis): number {
  return APOLOGY_COMPONENTS.filter((c) => a.components[c]).length;
}

/** Whether a draft is complete: all five parts, nothing that undoes it. */
export function isComplete(a: ApologyAnalysis): boolean {
  return partsPresent(a) === APOLOGY_COMPONENTS.length && a.antipatterns.length === 0;
}

/**
 * The feedback messages for one draft, without the closing choices. `previous` is the
 * analysis of the draft before, if there was one.
 *
 * @example apologyFeedback(analyzeApology("I'm sorry I lied.")).map((r) => r.text)
 */
export function apologyFeedback(text: string, a: ApologyAnalysis, previous?: ApologyAnalysis): Reply[] {
  if (!a.isApology) return [say(/\bnot\s+sorry\b|\bregret nothing\b|\bdont regret\b|\bdon't regret\b/i.test(text) ? copy.notSorry : copy.notAnApology)];
  const replies: Reply[] = [];
  if (previous?.isApology) replies.push(say(copy.progress(partsPresent(previous), partsPresent(a), APOLOGY_COMPONENTS.length)));

  const strengths = APOLOGY_COMPONENTS.filter((c) => a.components[c]).map((c) => `• ${copy.strengthLabel[c]}: "${a.evidence[c] ?? ''}"`);
  if (strengths.length > 0) replies.push(say([copy.strongHeading, ...strengths].join('\n')));

  const habits = APOLOGY_ANTIPATTERNS.filter((p) => a.antipatterns.includes(p)).map((p) => `• "${a.evidence[p] ?? ''}" ${copy.antipatternNote[p]}`);
  if (habits.length > 0) replies.push(say([copy.watchHeading, ...habits].join('\n')));

  const missing = APOLOGY_COMPONENTS.find((c) => !a.components[c]);
  if (missing !== undefined) replies.push(say(copy.nextStep(copy.missingHint[missing])));
  else if (a.antipatterns.length === 0) replies.push(say(copy.complete));
  return replies;
}
