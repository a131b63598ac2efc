/**
 * Text preparation shared by the free-text analyzers: lower case, contractions without
 * apostrophes (`I'm` → `im`, `don't` → `dont`), common texting spellings and typos mapped to
 * one form (`u` → `you`, `sory` → `sorry`, `apologize` → `apologise`), reported speech in
 * quotes blanked out, and the text cut into sentences. Every character of a prepared sentence
 * remembers where it came from, so findings can quote the person's own words back to them.
 */

/** One sentence, normalised for matching, with a map back to the original text. */
export interface PreparedSentence {
  /** Normalised words separated by single spaces, e.g. `im sorry i lied`. */
  norm: string;
  /** For each character of `norm`, its offset in the original text. */
  map: number[];
}

/** A text ready for pattern matching. */
export interface PreparedText {
  /** The text exactly as the person wrote it. */
  original: string;
  /** Its sentences, in order. */
  sentences: PreparedSentence[];
}

/** Where a pattern matched, and the person's own words around it. */
export interface Hit {
  /** Index of the sentence in {@link PreparedText.sentences}. */
  sentence: number;
  /** The regular-expression match on the normalised sentence. */
  match: RegExpExecArray;
  /** The clause of the original text that contains the match, trimmed. */
  quote: string;
}

/** Only this many characters are read, so a pasted novel cannot slow a turn down (Telegram's limit is 4096). */
export const MAX_CHARS = 5000;

/** Texting spellings and frequent typos, mapped to the word the patterns expect. */
const WORDS: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', yr: 'your', r: 'are', youre: 'youre',
  i: 'i', im: 'im', ima: 'im going to', imma: 'im going to',
  sory: 'sorry', sorrry: 'sorry', sorri: 'sorry', sowwy: 'sorry', sorr: 'sorry', srry: 'sorry', sry: 'sorry', soz: 'sorry', sozz: 'sorry', sorryyy: 'sorry', sorryy: 'sorry',
  apologize: 'apologise', appologise: 'apologise', appologize: 'apologise', apologies: 'apology', appology: 'apology', appologies: 'apology',
  apologized: 'apologised', apologizing: 'apologising', apologizes: 'apologises',
  realy: 'really', rly: 'really', relly: 'really',
  bc: 'because', bcs: 'because', becuase: 'because', becasue: 'because', cuz: 'because', coz: 'because', cos: 'because', cause: 'because', bcoz: 'because',
  tho: 'though', w: 'with', rn: 'right now', idk: 'i dont know', ppl: 'people', pls: 'please', plz: 'please', plzz: 'please',
  nvr: 'never', neva: 'never', nevr: 'never', allways: 'always', alwys: 'always', alwayz: 'always', alwyas: 'always', constanly: 'constantly',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', luv: 'love', b4: 'before', msg: 'message', msgs: 'messages', txt: 'text', ppl2: 'people',
  responsability: 'responsibility', responsibilty: 'responsibility', fualt: 'fault', falt: 'fault',
  forgetting: 'forgetting', promis: 'promise', definately: 'definitely', thx: 'thanks', ty: 'thank you',
};

const QUOTE_MARKS = /["“”«»]|(?<!\p{L})['‘’]|['‘’](?!\p{L})/gu;
const REPORTING = /\b(said|say|says|saying|told|tells|tell|texted|wrote|writes|asked|goes|went|like|replied|messaged)(?:\s+(?:me|you|him|her|them|us))?\s*[:,]?\s*$/i;
const SENTENCE_END = /[.!?\n]+|…/g;
const CLAUSE_BOUNDARY = /[.!?\n,;:()…]|\s[-–—]\s/;

/**
 * Blanks out quoted reported speech (`she said "I'm sorry"`) so it is not read as the
 * person's own words. A draft wrapped whole in quotes is kept: that is how some people paste.
 */
function blankReportedQuotes(text: string): string {
  const marks: number[] = [];
  for (const m of text.matchAll(QUOTE_MARKS)) marks.push(m.index);
  let out = text;
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k] as number;
    const close = marks[k + 1] as number;
    const before = text.slice(Math.max(0, open - 30), open);
    if (REPORTING.test(before)) out = out.slice(0, open) + ' '.repeat(close - open + 1) + out.slice(close + 1);
  }
  return out;
}

/** Normalises one raw token (already lower case, apostrophes inside words removed). */
function normaliseWord(word: string): string {
  const mapped = WORDS[word];
  if (mapped !== undefined) return mapped;
  // Stretched words: "sooo" → "so", "pleeease" → "please" (keeps real doubles like "sorry").
  if (/(.)\1\1/.test(word)) return normaliseWord(word.replace(/(.)\1{2,}/g, '$1$1').replace(/^so+$/, 'so'));
  return word;
}

/** Context fixes that need the previous word: "should of" → "should have". */
function fixInContext(prev: string | undefined, word: string): string {
  if (word === 'of' && prev !== undefined && /^(should|shouldnt|could|couldnt|would|wouldnt|must)$/.test(prev)) return 'have';
  return word;
}

/** Run-on sentences are cut into pieces of about this many characters, so matching stays linear. */
const MAX_SENTENCE = 300;

/** Cuts one sentence of the original text into normalised words with an offset map (several pieces if it runs on). */
function prepareSentence(text: string, from: number, to: number): PreparedSentence[] {
  const slice = text.slice(from, to);
  const pieces: PreparedSentence[] = [];
  let norm = '';
  let map: number[] = [];
  let prev: string | undefined;
  for (const m of slice.matchAll(/[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*/gu)) {
    const raw = m[0].toLowerCase().replace(/['’‘]/g, '');
    const word = fixInContext(prev, normaliseWord(raw));
    prev = word.split(' ').pop();
    const at = from + m.index;
    if (norm.length + word.length > MAX_SENTENCE) {
      pieces.push({ norm, map });
      norm = '';
      map = [];
    }
    if (norm.length > 0) {
      norm += ' ';
      map.push(at);
    }
    for (let c = 0; c < word.length; c += 1) {
      norm += word[c];
      map.push(at + Math.min(c, m[0].length - 1));
    }
  }
  pieces.push({ norm, map });
  return pieces.filter((p) => p.norm.length > 0);
}

/**
 * Prepares a text for the analyzers.
 *
 * @example prepare("Im so sory, I lied.").sentences[0].norm // 'im so sorry i lied'
 */
export function prepare(text: string): PreparedText {
  const cleaned = blankReportedQuotes(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const sentences: PreparedSentence[] = [];
  let start = 0;
  for (const m of cleaned.matchAll(SENTENCE_END)) {
    sentences.push(...prepareSentence(cleaned, start, m.index));
    start = m.index + m[0].length;
  }
  sentences.push(...prepareSentence(cleaned, start, cleaned.length));
  return { original: text, sentences };
}

/** Conjunctions that start a new subject ("… and you're overreacting"), where a long clause may be narrowed, so two findings in one clause get their own quotes. */
const CONJUNCTION = /\s(?:and|but|so|because|though|although|tho|cause|coz)\s(?=(?:i|im|i'm|i’m|you|you're|you’re|youre|u|ur|it|it's|it’s|its|that|this|we|he|she|they|my|your)\b)/gi;

/** Clauses longer than this are narrowed to the part between conjunctions around the match. */
const LONG_CLAUSE = 30;

/**
 * The clause of `original` around offsets `from`..`to`, cut at punctuation (and, for long
 * clauses, at conjunctions such as "and"/"but" that do not cut through the match), trimmed.
 */
export function clauseAround(original: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && !CLAUSE_BOUNDARY.test(original[a - 1] as string)) a -= 1;
  let b = Math.max(to, from);
  while (b < original.length && !CLAUSE_BOUNDARY.test(original[b] as string)) b += 1;
  if (b - a > LONG_CLAUSE) {
    const base = a;
    for (const m of original.slice(base, b).matchAll(CONJUNCTION)) {
      const at = base + m.index;
      if (at + m[0].length <= from) a = /^\s(?:and)\s/i.test(m[0]) ? at + m[0].length : at + 1;
      else if (at >= to) {
        b = at;
        break;
      }
    }
  }
  return stripQuotes(original.slice(a, b));
}

/** Trims spaces and wrapping quote marks from a quote. */
function stripQuotes(quote: string): string {
  return quote.trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '').trim();
}

/**
 * The person's words from the start of a hit up to where `stop` matches (or the clause ends),
 * e.g. just the "when …" part of "I feel hurt when you leave because I need…".
 */
export function quoteFromHit(text: PreparedText, hit: Hit, stop?: RegExp): string {
  const s = text.sentences[hit.sentence] as PreparedSentence;
  const from = s.map[hit.match.index] ?? 0;
  let end = from;
  while (end < text.original.length && !CLAUSE_BOUNDARY.test(text.original[end] as string)) end += 1;
  if (stop !== undefined) {
    const cut = s.norm.slice(hit.match.index).search(stop);
    const stopAt = cut > 0 ? s.map[hit.match.index + cut] : undefined;
    if (stopAt !== undefined && stopAt < end) end = stopAt;
  }
  return stripQuotes(text.original.slice(from, end));
}

/** Builds a {@link Hit} for a match in sentence `index`. */
export function hitAt(text: PreparedText, index: number, match: RegExpExecArray): Hit {
  const s = text.sentences[index] as PreparedSentence;
  const from = s.map[match.index] ?? 0;
  const endChar = Math.max(match.index, match.index + match[0].length - 1);
  const to = (s.map[endChar] ?? from) + 1;
  return { sentence: index, match, quote: clauseAround(text.original, from, to) };
}

/**
 * Finds the first match of any pattern, sentence by sentence, skipping matches the filter
 * rejects (for example a negated "sorry").
 */
export function findFirst(
  text: PreparedText,
  patterns: readonly RegExp[],
  accept: (sentence: string, match: RegExpExecArray) => boolean = () => true,
): Hit | undefined {
  for (const { index, norm, match } of eachMatch(text, patterns)) {
    if (accept(norm, match)) return hitAt(text, index, match);
  }
  return undefined;
}

/** All matches of all patterns, in sentence order (for lists such as absolutes). */
export function findAll(text: PreparedText, patterns: readonly RegExp[]): Hit[] {
  const hits = [...eachMatch(text, patterns)].map(({ index, match }) => hitAt(text, index, match));
  return hits.sort((x, y) => x.sentence - y.sentence || x.match.index - y.match.index);
}

/** Every match of every pattern, sentence by sentence, pattern by pattern. */
function* eachMatch(text: PreparedText, patterns: readonly RegExp[]): Generator<{ index: number; norm: string; match: RegExpExecArray }> {
  for (let index = 0; index < text.sentences.length; index += 1) {
    const norm = (text.sentences[index] as PreparedSentence).norm;
    for (const pattern of patterns) {
      const re = globalOf(pattern);
      re.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = re.exec(norm)) !== null) {
        const lastIndex = re.lastIndex;
        yield { index, norm, match };
        // The caller may have used the same cached regex meanwhile; resume where this match ended.
        re.lastIndex = match[0].length === 0 ? lastIndex + 1 : lastIndex;
      }
    }
  }
}

const globals = new WeakMap<RegExp, RegExp>();

/** The pattern itself when it is global, else a cached global copy (so `exec` can loop). */
function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let g = globals.get(pattern);
  if (g === undefined) {
    g = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, g);
  }
  return g;
}

/** Whether the words just before `index` in `sentence` negate what follows ("not sorry"). */
export function negatedBefore(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 24), index);
  return /\b(not|never|no|dont|didnt|wont|cant|isnt|arent|wasnt|aint|hardly|nothing to be)\s+(\w+\s+)?$/.test(before);
}
