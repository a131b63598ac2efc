/**
 * Coaching on an answer in active-listening practice: praise for reflecting, validating and
 * asking (quoting the person), and a gentle note on defending, arguing or fixing.
 */
import { HELPFUL_MOVES, UNHELPFUL_MOVES, type ListeningAnalysis } from '../../src/analyzers/listening.ts';
import { say, type Reply } from '../../src/reply.ts';
import * as copy from './copy.ts';

/**
 * The coaching messages for one answer.
 *
 * @example listeningFeedback(analyzeListening('It sounds like you felt alone.'))
 */
export function listeningFeedback(a: ListeningAnalysis): Reply[] {
  const helpful = HELPFUL_MOVES.filter((m) => a[m]);
  const unhelpful = UNHELPFUL_MOVES.filter((m) => a[m]);
  const replies: Reply[] = [];
  const praise = helpful.map((m) => `• ${copy.helpfulNote[m as keyof typeof copy.helpfulNote]}: "${a.evidence[m] ?? ''}"`);
  if (praise.length > 0) replies.push(say(praise.join('\n')));
  const notes = unhelpful.map((m) => `• "${a.evidence[m] ?? ''}" ${copy.unhelpfulNote[m as keyof typeof copy.unhelpfulNote]}`);
  if (notes.length > 0) replies.push(say(notes.join('\n')));
  if (helpful.length === 0) replies.push(say(copy.tryReflecting));
  else if (unhelpful.length === 0 && helpful.length === HELPFUL_MOVES.length) replies.push(say(copy.heardWell));
  else {
    const missing = HELPFUL_MOVES.find((m) => !a[m]);
    if (missing !== undefined) replies.push(say(copy.addOne(copy.addMove[missing as keyof typeof copy.addMove])));
  }
  return replies;
}
