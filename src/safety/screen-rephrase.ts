/**
 * A plainer wording of a message for the crisis screen's second reading: the same words a rule
 * was written for, without the padding people put around them. "he like literally grabbed my
 * neck" reads as "he grabbed my neck", "I do not know if I would bother carrying on" as "i dont
 * know if id bother carrying on".
 *
 * The lexicon's patterns are written the way most people type ("dont", "im", "he hit me"), and
 * some spell out both forms; a rule cannot list every filler that might sit between its words.
 * screen.ts reads this wording only when the message as written matched no rule, so it can add
 * a match but never take one away. Works on normalised text (screen-normalize.ts).
 * `withoutFillers` gives the learned backstop the same text without its padding words only.
 */
import { squashLetters } from './screen-normalize.ts';

/** Negations written out, and the contraction most patterns are written with. */
const NEGATIONS: Readonly<Record<string, string>> = {
  'do not': 'dont',
  'does not': 'doesnt',
  'did not': 'didnt',
  'is not': 'isnt',
  'are not': 'arent',
  'was not': 'wasnt',
  'were not': 'werent',
  'has not': 'hasnt',
  'have not': 'havent',
  'had not': 'hadnt',
  'will not': 'wont',
  'would not': 'wouldnt',
  'could not': 'couldnt',
  'should not': 'shouldnt',
  'can not': 'cant',
  cannot: 'cant',
};

/** A pronoun and its verb written out ("he will", read after "will not" became "wont"). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  'i am': 'im',
  'i will': 'ill',
  'i would': 'id',
  'i have': 'ive',
  'he is': 'hes',
  'she is': 'shes',
  'he will': 'hell',
  'she will': 'shell',
  'he would': 'hed',
  'she would': 'shed',
  'they are': 'theyre',
  'you are': 'youre',
  'it is': 'its',
  'that is': 'thats',
  'going to': 'gonna',
  'want to': 'wanna',
};

/** Words that only pad a sentence: dropped wherever they stand. */
const FILLERS = [
  'literally',
  'basically',
  'actually',
  'honestly',
  'seriously',
  'genuinely',
  'totally',
  'really',
  'legit',
  'lowkey',
  'kinda',
  'sorta',
  'just',
  'um',
  'umm',
  'uh',
  'erm',
  'tbh',
  'ngl',
  'fr',
  'deadass',
];

/** Two-word fillers, dropped unless they name a kind of thing ("some kind of", "that sort of"). */
const HEDGES = ['kind of', 'sort of', 'i mean', 'you know'];
const KIND_OF_THING = new Set(['a', 'an', 'some', 'that', 'this', 'the', 'what', 'any', 'every', 'no', 'which', 'of', 'same', 'one', 'other', 'those', 'these', 'whatever']);

/** "like" as filler follows the one doing something ("he like hit me"), before anything but its object. */
const LIKE_AFTER = new Set(['i', 'he', 'she', 'they', 'we', 'you', 'it', 'and', 'then', 'so', 'but']);
const LIKE_BEFORE_OBJECT = new Set([
  'to',
  'a',
  'an',
  'the',
  'me',
  'him',
  'her',
  'it',
  'them',
  'you',
  'us',
  'that',
  'this',
  'my',
  'his',
  'their',
  'our',
  'your',
  'when',
  'how',
  'what',
  'someone',
  'somebody',
  'being',
  'doing',
  'i',
  'he',
  'she',
  'they',
  'we',
  '.',
]);

/** A replacer for whole-word phrases, in the screen's squashed spelling. */
function phraseReplacer(phrases: Readonly<Record<string, string>>): (text: string) => string {
  const map = new Map(Object.entries(phrases).map(([from, to]) => [squashLetters(from), squashLetters(to)]));
  const pattern = new RegExp(`(?<=^| )(?:${[...map.keys()].join('|')})(?= |$)`, 'g');
  return (text) => text.replace(pattern, (words) => map.get(words) ?? words);
}
const contractNegations = phraseReplacer(NEGATIONS);
const contractPronouns = phraseReplacer(CONTRACTIONS);
const FILLER_WORDS = new Set(FILLERS.map(squashLetters));
const HEDGE_PAIRS = new Set(HEDGES.map(squashLetters));

/**
 * The message in plainer words: contractions as most patterns spell them, and fillers
 * ("literally", "kinda", "like", "i mean") left out. Returns the text itself when nothing changed.
 *
 * @example plainerWording('he like literaly grabed my nek') === 'he grabed my nek'
 * @example plainerWording('i do not know') === 'i dont know'
 */
export function plainerWording(normalized: string): string {
  const contracted = contractPronouns(contractNegations(normalized));
  const words = contracted.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    const before = kept[kept.length - 1];
    if (FILLER_WORDS.has(word)) continue;
    if (next !== undefined && HEDGE_PAIRS.has(`${word} ${next}`) && !(before !== undefined && KIND_OF_THING.has(before))) {
      i++;
      continue;
    }
    if (word === 'like' && before !== undefined && LIKE_AFTER.has(before) && next !== undefined && !LIKE_BEFORE_OBJECT.has(next)) continue;
    kept.push(word);
  }
  const out = kept.join(' ');
  return out === normalized ? normalized : out;
}

/** Fillers the backstop reads past: words that pad a sentence without saying anything. */
const BACKSTOP_FILLERS = new Set(['literally', 'basically', 'honestly', 'seriously', 'genuinely', 'totally', 'legit', 'lowkey', 'kinda', 'sorta', 'um', 'umm', 'uh', 'erm', 'ngl', 'deadass'].map(squashLetters));

/**
 * The message without padding words, for the learned backstop.
 *
 * @example withoutFillers('he literaly hit me') === 'he hit me'
 */
export function withoutFillers(normalized: string): string {
  const words = normalized.split(' ');
  const kept = words.filter((w) => !BACKSTOP_FILLERS.has(w));
  return kept.length === words.length ? normalized : kept.join(' ');
}

/**
 * The message with written-out negations shortened ("i do not" → "i dont"), for the backstop.
 *
 * @example negationsContracted('i do not know') === 'i dont know'
 */
export function negationsContracted(normalized: string): string {
  return contractNegations(normalized);
}
