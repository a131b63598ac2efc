/**
 * Chat shorthand spelled out for the crisis screen's lexicon rules, so a rule written once in
 * plain English also hears the way people text: "i dont wanna b here", "he has to kno where im
 * at", "gonna do it once the kids r asleep", "ur lucky im patient".
 *
 * Only shorthand with one reading is expanded ("u", "r", "kno", "wanna", "bc"); words that
 * stand for several ("ur" is "your" or "you're"; "n" is "and" or "in") stay as typed. "w" before
 * a word is "with" ("slept w him") and "w/o" (arriving as "w o") is "without"; a "w" with no word
 * after it stays as typed ("that's a w"). Works on normalised text (screen-normalize.ts), whose
 * letters are already squashed: "wanna" arrives as "wana".
 */
import { squashLetters } from './screen-normalize.ts';

/** Shorthand → what it stands for, in plain spelling (squashed below like the text). */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  ure: 'youre',
  urself: 'yourself',
  r: 'are',
  b: 'be',
  kno: 'know',
  knw: 'know',
  wanna: 'want to',
  wana: 'want to',
  gotta: 'got to',
  lemme: 'let me',
  dunno: 'dont know',
  bc: 'because',
  bcos: 'because',
  bcoz: 'because',
  bcuz: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  tho: 'though',
  thru: 'through',
  abt: 'about',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  nvr: 'never',
  evr: 'ever',
  smth: 'something',
  sth: 'something',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tonite: 'tonight',
  nite: 'night',
  '2nite': 'tonight',
  '2night': 'tonight',
  '2day': 'today',
  '2morrow': 'tomorrow',
  b4: 'before',
  msg: 'message',
  msgs: 'messages',
  every1: 'everyone',
  some1: 'someone',
  any1: 'anyone',
  no1: 'no one',
};

/** Where a letter is half of a starred-out word instead ("r*ped" arrives as "r ped"). */
const CENSORED_REST: Readonly<Record<string, ReadonlySet<string>>> = { r: new Set(['ped', 'pe', 'pes', 'pist', 'ping']) };

const EXPANSIONS = new Map(Object.entries(SHORTHAND).map(([from, to]) => [squashLetters(from), squashLetters(to)]));

/**
 * Normalised text with chat shorthand spelled out.
 *
 * @example expandShorthand('i dont wana b here') === 'i dont want to be here'
 */
export function expandShorthand(normalized: string): string {
  const words = normalized.split(' ');
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1] ?? '';
    if (word === 'w' && /^[a-z0-9]/.test(next)) {
      out.push(next === 'o' ? 'without' : 'with');
      if (next === 'o') i++;
      changed = true;
      continue;
    }
    const expanded = CENSORED_REST[word]?.has(next) ? undefined : EXPANSIONS.get(word);
    changed ||= expanded !== undefined;
    out.push(expanded ?? word);
  }
  return changed ? out.join(' ') : normalized;
}
