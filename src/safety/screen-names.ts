/**
 * People named instead of labelled: "Dan grabbed my wrist", "I'm scared of what Priya will do",
 * "it wasn't the car seat, it was Marcus". The lexicon's rules name the one doing harm with a
 * pronoun or a role ("he", "my husband"), so for the screen's second reading a person's name
 * becomes a pronoun: "he grabbed my wrist", "what he will do", "it was him".
 *
 * A capitalised word inside a sentence is taken for a name (people rarely capitalise anything
 * else mid-sentence), unless it is a family word or a title ("Mum", "Dad", "God", "Dr"). At the
 * start of a sentence, where every word is capitalised, only a known first name counts
 * (data/screen-names.json, built by scripts/build-screen-names.ts), and a name that is also an
 * English word ("Will", "Hope") only when a verb-like word follows, not "he" or "you". Text
 * written in capitals or Title Case is left alone: its capitals say nothing.
 *
 * Pure and synchronous: the list is read once, on first use, from a file in the repo.
 */
import { readScreenData } from './screen-data.ts';

/** Format version of data/screen-names.json; bump when its meaning changes. */
export const NAMES_VERSION = 1;

/** Where the list lives, relative to this file. */
export const NAMES_URL = new URL('../../data/screen-names.json', import.meta.url);

/** The list as stored in data/screen-names.json: lower case, without accents. */
export interface NameList {
  /** Format version. */
  version: number;
  /** First names that are not English words. */
  names: string[];
  /** First names that are also English words ("will", "hope", "mark"). */
  alsoWords: string[];
}

/** Capitalised words that are not names: family words, titles, faith. */
const NOT_NAMES = new Set(
  (
    'mum mom mam mama mamma mummy mommy ma dad daddy papa pa nan nana nanna gran granny grandma grandmother grandad granddad grandpa ' +
    'grandfather mother father sister brother aunt auntie aunty uncle cousin son daughter baby babe hun hon love mate bro sis ' +
    'god jesus christ allah lord sir madam mr mrs ms miss dr doc doctor nurse officer sergeant pastor reverend imam rabbi ' +
    'bf gf ex hubby wifey ok okay yes no hi hey hello thanks please sorry lol omg ' +
    // Months, days and holidays are capitalised mid-sentence too ("last October"); April, May, June
    // and August are also first names, so they stay in the names list's hands.
    'january february march september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'christmas easter halloween thanksgiving ramadan eid diwali hanukkah passover'
  ).split(' '),
);

/** Words after which a name is who does something ("and Dan hit me", "she said Priya..."). */
const BEFORE_A_SUBJECT = new Set(
  (
    'and but so then because cause cos coz bc when whenever while if after before until till til since or that ' +
    'said says say think thought know knew guess mean feel felt like as once where why how what unless though although even'
  ).split(' '),
);

/** Words after "Name's" that make it "Name is" or "Name has" rather than "Name's coat". */
const AFTER_NAMES_IS = new Set(
  (
    'been got gone going gonna not never always so very really just a an the back out here there still done taken put made told ' +
    'started stopped threatened threatening in on at with off drunk angry mad scared sick fine ok okay like'
  ).split(' '),
);

/** Words that, after a capitalised word that is also an English word, show it is no name ("Will he", "Hope you"). */
const NOT_AFTER_A_NAME = new Set(
  'i you he she it we they me him her us them my your his our their the a an this that is are am to of for and or but not'.split(' '),
);

const KIN_OR_PARTNER = new Set(
  'my his her their our husband wife partner boyfriend girlfriend bf gf ex fiance fiancee son daughter brother sister dad mum mom father mother friend'.split(' '),
);

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const POSSESSIVE = /['’]s$/;

let list: { names: ReadonlySet<string>; alsoWords: ReadonlySet<string> } | undefined;

function loadNames(): { names: ReadonlySet<string>; alsoWords: ReadonlySet<string> } {
  if (list !== undefined) return list;
  const stored = readScreenData<NameList>(NAMES_URL, NAMES_VERSION, 'npm run names');
  list = { names: new Set(stored.names), alsoWords: new Set(stored.alsoWords) };
  return list;
}

/**
 * A name as the list stores it and the screen compares it: lower case, without accents.
 *
 * @example nameKey('Zoë') === 'zoe'
 */
export const nameKey = (word: string): string =>
  word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

interface Token {
  word: string;
  index: number;
}

/** True when nothing but a sentence end, an opening quote or an emoji comes between `from` and the previous word. */
function startsASentence(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 12), from).trimEnd();
  return before === '' || /[.!?:;\n"“(\p{Extended_Pictographic}]$/u.test(before);
}

/** Words after which a name is the object: "scared of Dan", "went with Priya". */
const PREPOSITIONS = new Set('of to for with at by from about on in against near around behind without than like'.split(' '));

/**
 * The pronoun a name stands for where it is: "he" when it does something ("grateful Dan only
 * slapped me once"), "him" when something is done to it or it ends a clause ("I told Priya",
 * "it was Marcus."), "his" or "hes" for "Dan's".
 */
function pronounFor(text: string, token: Token, previous: Token | undefined, next: Token | undefined, sentenceStart: boolean): string {
  const after = next?.word.toLowerCase() ?? '';
  if (POSSESSIVE.test(token.word)) return AFTER_NAMES_IS.has(after) || after.endsWith('ing') ? 'hes' : 'his';
  if (sentenceStart || previous === undefined || BEFORE_A_SUBJECT.has(previous.word.toLowerCase())) return 'he';
  const endsClause = next === undefined || /^\s*[^\s\p{L}]/u.test(text.slice(token.index + token.word.length, next.index));
  if (PREPOSITIONS.has(previous.word.toLowerCase()) || endsClause || NOT_AFTER_A_NAME.has(after) || BEFORE_A_SUBJECT.has(after)) return 'him';
  return 'he';
}

/**
 * The text with the names of people in it replaced by pronouns; the text itself when it names
 * nobody.
 *
 * @example namesAsPronouns('Dan grabbed my wrist and I told Priya') === 'he grabbed my wrist and I told him'
 */
export function namesAsPronouns(text: string): string {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], index: m.index }));
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t.word) && t.word !== 'I' && !/^I['’]/.test(t.word)).length;
  if (tokens.length === 0 || capitalised > tokens.length * 0.6) return text;
  const { names, alsoWords } = loadNames();
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const bare = token.word.replace(POSSESSIVE, '');
    if (!CAPITALISED.test(bare)) continue;
    const key = nameKey(bare);
    if (NOT_NAMES.has(key)) continue;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const sentenceStart = startsASentence(text, token.index);
    if (sentenceStart) {
      const followedByVerb = next !== undefined && /^\p{Ll}/u.test(next.word) && !NOT_AFTER_A_NAME.has(next.word.toLowerCase());
      if (!(names.has(key) || (alsoWords.has(key) && followedByVerb))) continue;
    } else if (previous !== undefined && KIN_OR_PARTNER.has(previous.word.toLowerCase())) {
      // "my husband Dan": the role already says who.
      continue;
    }
    out += text.slice(at, token.index) + pronounFor(text, token, previous, next, sentenceStart);
    at = token.index + token.word.length;
  }
  return at === 0 ? text : out + text.slice(at);
}
