/**
 * Recognises a handful of common questions in free text typed anywhere, and answers them.
 * Conservative on purpose: the text must look like a question and name the topic, so ordinary
 * reflections ("I can't forgive him") are left to the flow that asked for them.
 */
import type { Reply } from '../reply.ts';
import { ANSWERS, type FaqTopic } from './copy.ts';

const QUESTION_START =
  /^(?:(?:so|but|and|ok|okay|hey|hi|um|hmm|honestly|seriously|like)[,\s]+)*(?:how|can|could|what|whats|what's|is|isn't|should|shld|do|does|did|will|would|must|when|am|are|have|has|if|any ?one|anyone)\b/;

/**
 * Whether text reads as a question: it has a question mark, or opens with a question word.
 *
 * @example looksLikeQuestion('how long does this take') // true
 */
export function looksLikeQuestion(text: string): boolean {
  return text.includes('?') || QUESTION_START.test(text.trim().toLowerCase());
}

const TOPICS: ReadonlyArray<{ topic: FaqTopic; test: (t: string) => boolean }> = [
  {
    topic: 'infidelity',
    test: (t) =>
      /\b(cheat\w*|affair|infidelity|unfaithful|adultery)\b/.test(t) &&
      /\b(recover|survive|get (past|over|through)|heal|work( out)?|come back|rebuild|move on|last|fix|save)\b/.test(t) &&
      /\b(relationships?|marriages?|we|us|couples?|people|it|things)\b/.test(t),
  },
  {
    topic: 'forgiveness',
    test: (t) =>
      /\bforgiv\w*/.test(t) &&
      /\b(have to|need to|must|required|require|necessary|should|supposed to|obliged|expected to|mandatory|need)\b/.test(t),
  },
  {
    topic: 'therapist',
    test: (t) =>
      /\b(therap\w*|counsel\w*|psycholog\w*|marriage guidance|professional help)\b/.test(t) &&
      /\b(should|do|does|would|could|will|is|worth|need|go|see|try|get|find|help)\b/.test(t),
  },
  {
    topic: 'cant-rebuild',
    test: (t) =>
      /\bwhat if\b|\bwhat happens if\b|\bwhat do (i|we) do if\b|\bwhat now\b/.test(t) &&
      /\b(can'?t|cannot|never|don'?t|doesn'?t|won'?t|not)\b/.test(t) &&
      /\b(trust\w*|rebuil\w*|work|fix\w*|repair\w*|come back|get better)\b/.test(t),
  },
  {
    topic: 'how-long',
    test: (t) =>
      /\bhow (long|much time|many (months|weeks|years))\b|\bwhen will (i|we|they|he|she|it|trust|things)\b/.test(t) &&
      /\b(trust\w*|heal\w*|rebuil\w*|recover\w*|repair\w*|forgiv\w*|normal|better|get over|move on|take|takes|feel)\b/.test(t),
  },
];

/**
 * Which FAQ topic a text asks about, or `null`.
 *
 * @example faqTopic('is forgiveness required?') // 'forgiveness'
 */
export function faqTopic(text: string): FaqTopic | null {
  if (text.length > 300 || !looksLikeQuestion(text)) return null;
  const t = text.toLowerCase().replace(/[’‘]/g, "'");
  return TOPICS.find((entry) => entry.test(t))?.topic ?? null;
}

/**
 * The answer to a recognised question, or `null` when the text is not one of them. The engine
 * calls this for free text the current state does not expect.
 *
 * @example answerQuestion('How long does it take to rebuild trust?')?.[0]?.text
 */
export function answerQuestion(text: string): Reply[] | null {
  const topic = faqTopic(text);
  return topic ? ANSWERS[topic].map((r) => ({ ...r })) : null;
}
