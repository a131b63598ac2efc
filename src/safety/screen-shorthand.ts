/**
 * Chat shorthand spelled out for the crisis screen's lexicon rules, so a rule written once in
 * plain English also hears the way people text: "i dont wanna b here", "he has to kno where im
 * at", "gonna do it once the kids r asleep", "ur lucky im patient".
 *
 * Only shorthand with one reading is expanded ("u", "r", "kno", "wanna", "bc"); words that
 * stand for several ("ur" is "your" or "you're"; "n" and "w" are written into the rules as they
 * are) stay as typed. Works on normalised text (screen-normalize.ts), whose letters are already
 * squashed: "wanna" arrives as "wana".
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
  let changed = false;
  const words = normalized.split(' ');
  const out = words.map((word, i) => {
    const expanded = EXPANSIONS.get(word);
    if (expanded === undefined || CENSORED_REST[word]?.has(words[i + 1] ?? '')) return word;
    changed = true;
    return expanded;
  });
  return changed ? out.join(' ') : normalized;
}
