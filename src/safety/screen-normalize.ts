/**
 * Text normalisation for the crisis screen: one canonical spelling so that a pattern written
 * once ("kill myself") also catches "K1LL   mys3lf!!", "kiiill myself" and "kill my-self".
 *
 * Steps, in order: Unicode compatibility form without accents; "SA'd" spelled out (it would
 * otherwise read as "sad"); lower case; apostrophes removed
 * ("don't" → "dont", "he'll" → "hell"); emoji spaced out as their own words; leetspeak inside
 * words (1→i, 3→e, 0→o, 4→a, @→a, $→s, !→i, 5→s, 7→t); sentence ends (. ! ? ; new line)
 * become " . "; other punctuation becomes a space; every run of a repeated letter becomes one
 * letter ("kill" → "kil", "sooo" → "so"); spaces collapsed.
 *
 * Lexicon patterns go through {@link squashLetters} too, so pattern authors write normal
 * English and never think about the squashing.
 */

const LEET: Readonly<Record<string, string>> = {
  '1': 'i',
  '3': 'e',
  '0': 'o',
  '4': 'a',
  '@': 'a',
  $: 's',
  '!': 'i',
  '5': 's',
  '7': 't',
};

/** Number-with-unit tokens that must keep their digits ("3am", "20mg", "15yo", "our 14yo's room", which read "1ayos" before round 25). */
const NUMBER_WITH_UNIT = /^\d+(am|pm|st|nd|rd|th|s|yo|yos|yr|yrs|yro|k|x|h|hr|hrs|min|mins|mo|mos|wk|wks|mg|ml|ish|m|kg|lb|lbs)$/;
/** "SA'd" / "s/a'd" (sexually assaulted), which would otherwise become the word "sad". */
const SA_SHORTHAND = /(?<![\p{L}\p{N}])(?:[sS]\/?[aA]['’][dD]|S\/?Ad)(?![\p{L}\p{N}])/gu;
const PICTOGRAPH = /(\p{Extended_Pictographic})/gu;
const SKIN_TONE_AND_JOINERS = /[\u{1F3FB}-\u{1F3FF}\u200D]/gu;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Collapses each run of one repeated letter to a single letter.
 *
 * @example squashLetters('kiiill myself') === 'kil myself'
 */
export function squashLetters(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/** Chat words whose digit is a number, not leet ("every1" is "everyone"): kept for screen-shorthand.ts to spell out. */
const NUMBER_IN_WORD = new Set(['every1', 'some1', 'any1', 'no1']);

/** Replaces leetspeak characters that sit inside a word ("k1ll", "r@ped", "mys3lf", "suic1d3"). */
function unLeetWord(word: string): string {
  if (!/[0-9@$!]/.test(word) || !/[a-z]/.test(word) || NUMBER_WITH_UNIT.test(word) || NUMBER_IN_WORD.has(word)) return word;
  const chars = [...word];
  const out = chars.map((ch, i) => {
    const mapped = LEET[ch];
    if (mapped === undefined) return ch;
    const before = chars[i - 1];
    const after = chars[i + 1];
    const leetOrLetter = (c: string | undefined): boolean => isLetter(c) || (c !== undefined && c in LEET);
    // Punctuation-like leet ("!", "$", "@") needs real letters on both sides, so "myself!!!" stays.
    const inside = /[!$@]/.test(ch) ? isLetter(before) && isLetter(after) : leetOrLetter(before) && leetOrLetter(after);
    // A trailing digit after two letters ("suicid3", "d13") is leet too; "!" at the end is punctuation.
    const trailing = after === undefined && ch !== '!' && ch !== '$' && isLetter(before) && isLetter(chars[i - 2]);
    return inside || trailing ? mapped : ch;
  });
  return out.join('');
}

/**
 * The canonical form the lexicon is matched against.
 *
 * @example normalizeForScreen("I'm gonna K1LL mys3lf!!!") === 'im gona kil myself .'
 */
export function normalizeForScreen(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(SA_SHORTHAND, ' sexually assaulted ')
    .replace(COMBINING_MARKS, '')
    .replace(SKIN_TONE_AND_JOINERS, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(PICTOGRAPH, ' $1 ');
  const words = folded.split(/\s+/).map(unLeetWord).join(' ');
  const spaced = words
    .replace(/[.!?;\n…]+/g, ' . ')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}. ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return squashLetters(spaced);
}

/**
 * Normalised text with each emoji outside `meaningful` read as the end of a sentence, the way
 * people use them in chat ("my back is still scarred 😔", "he hit me 😭 idk what to do"), so a
 * rule that needs a sentence to end after a word still matches. Emoji in `meaningful` (the ones
 * the lexicon or the laughter check reads) stay as words.
 *
 * @example emojiAsSentenceEnds('im 12 😔', new Set()) === 'im 12 .'
 */
export function emojiAsSentenceEnds(normalized: string, meaningful: ReadonlySet<string>): string {
  if (!/\p{Extended_Pictographic}/u.test(normalized)) return normalized;
  const words = normalized.split(' ').map((word) => (/^\p{Extended_Pictographic}+$/u.test(word) && ![...word].some((ch) => meaningful.has(ch)) ? '.' : word));
  return words
    .filter((word, i) => word !== '.' || words[i - 1] !== '.')
    .join(' ')
    .replace(/^\. ?/, '');
}

/** Emoji that laugh: a message carrying one is joking unless it says it is not. */
export const LAUGHTER_EMOJI: readonly string[] = ['😂', '🤣', '💀', '😆', '😅', '😹', '☠'];

const LAUGHTER = new RegExp(`(?<![a-z])(lo+l[lo]*|lmf?ao+|rofl|ha(?:h+a)+h?|ah(?:a+h)+|he(?:he)+|jk|xd|kek)(?![a-z])|${LAUGHTER_EMOJI.join('|')}`, 'u');

/**
 * True when the message laughs at itself ("kill me lol", "I'm dead 😂"), which turns
 * hyperbole idioms into jokes, unless it also says it is not joking ("lol i mean it").
 * Works on normalised text.
 *
 * @example hasLaughter(normalizeForScreen('kill me lol')) === true
 */
export function hasLaughter(normalized: string): boolean {
  return LAUGHTER.test(normalized) && !SERIOUS.test(normalized);
}

/** "lol but I'm not joking": the person says the laughter does not make it a joke. */
const SERIOUS = /(?<![a-z])(not (a )?joke|no joke|not joking|not kiding|im not kiding|im serious|i mean it|dead serious|for real tho|not even joking|no cap)(?![a-z])/;

/** Punctuation a speech recogniser writes out as words ("full stop", "new line"), in normalised spelling. */
const SPOKEN_SENTENCE_END = / (ful stop|new line|new paragraph|question mark|exclamation (mark|point))(?= |$)/g;
/** "Comma" said aloud (squashed to "coma"), but not someone in a coma ("she's in a coma"). */
const SPOKEN_COMMA = /(?<!\b(a|in a|into a|the|induced|out of a|from a)) coma(?= |$)/g;
/** Words a speech recogniser mishears: "it wood be easier", "i no he's lying" ("wood" is squashed to "wod"). */
const MISHEARD = [
  [/\bwod (be|have|ve|never|rather|not|like|you|it|kil|hurt|end|die)\b/g, 'would $1'],
  [/\bi no (he|hes|she|shes|they|theyre|it|its|that|what|how|why|where|when|im|i)\b/g, 'i know $1'],
] as const;
const DICTATION_SLIPS = [SPOKEN_SENTENCE_END, SPOKEN_COMMA, ...MISHEARD.map(([slip]) => slip)];

/**
 * Dictated text read as it was meant: spoken punctuation becomes punctuation and a few common
 * mishearings are put right, so sentence-bound rules see the sentences the speaker said.
 * Works on normalised text (see `normalizeForScreen`); text with none of them comes back as it was.
 *
 * @example asDictated('i cant do this ful stop im done') === 'i cant do this . im done'
 */
export function asDictated(normalized: string): string {
  const padded = ` ${normalized}`;
  if (!DICTATION_SLIPS.some((slip) => padded.search(slip) >= 0)) return normalized;
  let out = padded.replace(SPOKEN_SENTENCE_END, ' .').replace(SPOKEN_COMMA, '');
  for (const [slip, meant] of MISHEARD) out = out.replace(slip, meant);
  return out.replace(/\s+/g, ' ').replace(/( \.)+/g, ' .').replace(/^ ?\. ?/, '').trim();
}
