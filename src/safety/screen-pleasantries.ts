/**
 * Greetings and courtesies around a message ("hey.", "sorry to bother you.", "thanks for
 * listening") and hedges opening it ("idk if this counts but", "this might be nothing but"),
 * which carry no sign of danger but dilute the learned backstop's reading of a whole message:
 * "hey. im so done. with everything" must read as "im so done. with everything".
 * The lexicon rules do not need this (they match within sentences); screen.ts strips these
 * sentences only from what the backstop reads.
 */
import { squashLetters } from './screen-normalize.ts';

/** Whole sentences that are only a greeting, a courtesy or a filler, in plain English. */
const PLEASANTRY_WORDS = [
  'hi',
  'hey',
  'hello',
  'hiya',
  'heya',
  'yo',
  'hi there',
  'hey there',
  'ok',
  'okay',
  'ok so',
  'so',
  'um',
  'uhm',
  'erm',
  'hmm',
  'well',
  'right',
  'good morning',
  'good afternoon',
  'good evening',
  'morning',
  'evening',
  'sorry',
  'sorry to bother you',
  'sorry to bother',
  'sorry for the long message',
  'sorry for the long text',
  'sorry for the rant',
  'sorry for the essay',
  'sorry for rambling',
  'sorry this is long',
  'thanks',
  'thank you',
  'thanks for listening',
  'thanks for reading',
  'thank you for listening',
  'thank you for reading',
  'not sure where to start',
  'not sure how to say this',
  'idk where to start',
  'idk how to say this',
  'i dont know where to start',
  'i dont know how to say this',
  'this is hard to say',
  'this is hard to write',
  'this is weird to type',
];

const PLEASANTRY = new RegExp(`^(?:(?:${PLEASANTRY_WORDS.map(squashLetters).join('|')}) ?)+$`);

/** Hedges that open a message before what it is about: "idk if this counts but …". */
const OPENING_HEDGES = [
  '(idk|i dont know|not sure|im not sure|dunno) (if|whether) (this|it) (counts|matters|is relevant|is important|is a big deal|is a thing|is normal|is ok|is okay|is weird)( or not)?',
  '(this|it) (might|may|could) be nothing',
  '(its )?probably nothing',
  '(its )?(not|no) a big deal',
  '(random|weird|stupid|dumb|quick|odd) question',
  'this is (probably )?(stupid|silly|dumb|weird)',
  'i (guess|suppose)',
  'so basically',
  'basically',
  'honestly',
  'i mean',
];

const OPENING_HEDGE = new RegExp(`^(?:(?:${OPENING_HEDGES.map(squashLetters).join('|')}) (?:but |and |so )?)+`);

/**
 * Normalised text without greeting or courtesy sentences at its start or end, or a hedge opening
 * its first sentence; the text itself when there are none, and "" when that is all it says.
 *
 * @example withoutPleasantries('hey . im so done .') === 'im so done .'
 */
export function withoutPleasantries(normalized: string): string {
  const sentences = normalized.split(' . ');
  let first = 0;
  let last = sentences.length - 1;
  const isPleasantry = (i: number): boolean => PLEASANTRY.test((sentences[i] ?? '').replace(/ ?\.$/, '').trim());
  while (first <= last && isPleasantry(first)) first++;
  while (last >= first && isPleasantry(last)) last--;
  const opening = (sentences[first] ?? '').replace(OPENING_HEDGE, '');
  if (first === 0 && last === sentences.length - 1 && opening === sentences[0]) return normalized;
  return [opening, ...sentences.slice(first + 1, last + 1)].join(' . ');
}
