/** How a typed answer to a yes/no question reads: yes, no, or not clear enough to act on. */
export type Answer = 'yes' | 'no' | 'unclear';

const NEGATED = /\b(not|isn'?t|aren'?t|am not|i'?m not|im not|don'?t feel)\s+(really\s+|very\s+|totally\s+)?(safe|ok|okay|fine|alright|all right)\b/;
const NO = /^(no|nope|nah|not really|not at all|never|n)\b/;
const YES = /^(yes|yeah|yea|yep|yup|ya|y|sure|i am|i'?m safe|im safe|i am safe|safe|ok|okay|i'?m ok(ay)?|im ok(ay)?|i'?m fine|im fine|fine|correct|right|definitely)\b/;

/**
 * Reads a typed yes/no answer. Negations of safety ("not safe", "I'm not ok") read as `no`,
 * even when they start with "yes" or "ok"; anything else unclear is `unclear`, so the
 * flow can ask again rather than guess.
 *
 * @example readAnswer("yes but I'm not safe") // 'no'
 */
export function readAnswer(text: string): Answer {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (NEGATED.test(t)) return 'no';
  if (NO.test(t)) return 'no';
  if (YES.test(t)) return 'yes';
  return 'unclear';
}

/** Only a clear statement of safety: a bare "ok", "sure" or "fine" is an acknowledgement, not an answer. */
const SAFE = /^(yes|yeah|yea|yep|yup|ya|y|i am|i'?m safe|im safe|i am safe|safe|i'?m ok(ay)?|im ok(ay)?|i am ok(ay)?|i'?m fine|im fine|i am fine|i'?m alright|im alright)\b/;

/**
 * Reads a typed answer to "are you safe right now?" more strictly than {@link readAnswer}: the
 * conversation leaves the crisis check only on a clear yes, so "ok" or "sure" (often just
 * "I read that") gets the question again.
 *
 * @example readSafety('ok') // 'unclear'
 * @example readSafety("yes I'm safe") // 'yes'
 */
export function readSafety(text: string): Answer {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (NEGATED.test(t)) return 'no';
  if (NO.test(t)) return 'no';
  if (SAFE.test(t)) return 'yes';
  return 'unclear';
}
