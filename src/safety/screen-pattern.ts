/**
 * The small pattern language the crisis lexicon is written in, compiled to regular
 * expressions that run on {@link normalizeForScreen} output.
 *
 * Syntax (write patterns in plain lower-case English, without apostrophes: "dont", "hes"):
 * - words separated by single spaces match those words in order: `kill myself`
 * - `(a|b|c)` one of several words or phrases: `(want|wanna) to die`
 * - `(...)?` an optional part: `end (my )?life` (put the space inside the group), or last: `hit me (again)?`
 * - `word*` any word starting with "word": `suicid*` matches suicide, suicidal, suicidally
 * - `~` up to three filler words, never crossing a sentence end and never "not"/"never"/"no":
 *   `he ~ hit me` matches "he hit me", "he literally hit me", not "he never hit me"; `~~` allows six,
 *   and fillers in a row add up (`~~ ~~` allows twelve)
 * - `$` the end of a sentence: `he forced me $`
 * - `#` a number: `# (year|yr)s? old`; `[1-9]` a digit range: `(im|i am) 1[0-7]`
 * - `{name}` a shared word list from the lexicon's MACROS: `{partner} ~ {hit} me`
 * - `A & B` both A and B somewhere in the message: `on purpose & (crash|drive) into`
 * - emoji are written as themselves: `⚰`
 * Repeated letters are squashed on both sides, so `kill` also matches "kil" and "kiiill".
 */
import { anchorsOf, requiredWordsOf } from './screen-anchors.ts';
import { squashLetters } from './screen-normalize.ts';

/**
 * Pads normalised text so that compiled patterns can match at its start and end.
 *
 * @example padForPatterns('kil myself') === ' kil myself '
 */
export function padForPatterns(normalized: string): string {
  return ` ${normalized} `;
}

/** Negating words a `~` filler may not swallow ("he never hit me" must not match `he ~ hit me`). */
export const NEGATORS = ['not', 'never', 'no', 'dont', 'didnt', 'doesnt', 'wont', 'wouldnt', 'isnt', 'hasnt', 'havent', 'nobody'];

const NOT_A_NEGATOR = `(?!(?:${NEGATORS.map(squashLetters).join('|')}) )`;
const filler = (max: number): string => `(?:${NOT_A_NEGATOR}[^ .]+ ){0,${max}}`;
// Screened text is padded with spaces and every word, emoji and "." is space-separated, so a
// word boundary is just a space: cheaper than look-behinds, which keeps the screen fast.
const BEFORE = ' ';
// A match ends at a word boundary: before a space, or just after one when the pattern's last
// part was an optional group that took the separating space with it ("kill me (now)?").
const AFTER = '(?:(?= )|(?<= ))';
// An emoji after a word ends its sentence too ("im 12 😭"); patterns compile without the u flag,
// so emoji are matched by their UTF-16 halves (most sit in U+1F000–U+1FAFF, the rest in U+2600–U+27BF).
const SENTENCE_END = '(?= ?(?:\\.|$|[\\ud83c-\\ud83e][\\udc00-\\udfff]|[\\u2600-\\u27bf]))';

/** A compiled pattern: every part must match somewhere; `first` locates the match. */
export interface CompiledPattern {
  /** The pattern as written, for error messages and debugging. */
  source: string;
  /** One expression per `&` part; all must match. */
  parts: RegExp[];
  /** Per part, the prefixes its first word starts with (null: unknown); see screen-anchors.ts. */
  anchors: (string[] | null)[];
  /** Per part, every group of prefixes a word of the message must start with for it to match. */
  required: string[][][];
}

/**
 * False when the message cannot match the pattern because no word in it starts with one of
 * the pattern's anchors; true when it might.
 *
 * @example mightMatch(compilePattern('kill me', {}), wordPrefixes(' kil me ')) === true
 */
export function mightMatch(pattern: CompiledPattern, prefixes: ReadonlySet<string>): boolean {
  return pattern.required.every((part) => hasRequiredWords(part, prefixes));
}

/**
 * True when, for every group, some word of the message starts with one of its prefixes.
 *
 * @example hasRequiredWords([['he', 'she'], ['hit']], wordPrefixes(' he hit me ')) === true
 */
export function hasRequiredWords(groups: readonly (readonly string[])[], prefixes: ReadonlySet<string>): boolean {
  return groups.every((group) => group.some((p) => prefixes.has(p)));
}

function expandMacros(pattern: string, macros: Readonly<Record<string, string>>, depth = 0): string {
  if (depth > 5) throw new Error(`Lexicon macros nest too deeply in "${pattern}"; check MACROS for a macro that uses itself.`);
  return pattern.replace(/\{(\w+)\}/g, (_all, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new Error(`Lexicon pattern "${pattern}" uses {${name}}, which is not in MACROS; add it there or fix the spelling.`);
    return `(${expandMacros(value, macros, depth + 1)})`;
  });
}

function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Compiles one `&`-free part of a pattern into a regular expression body. */
function compilePart(part: string): string {
  let body = '';
  let literal = '';
  const flush = (): void => {
    body += [...squashLetters(literal)].map(escapeLiteral).join('');
    literal = '';
  };
  // Where the last filler ends in `body`, and how many words it allows: "~~ ~~" is one longer filler.
  let fillerEnd = -1;
  let fillerWords = 0;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i] as string;
    if (ch === '~') {
      flush();
      const long = part[i + 1] === '~';
      if (long) i++;
      const words = long ? 6 : 3;
      if (body.length === fillerEnd) {
        body = body.slice(0, -filler(fillerWords).length);
        fillerWords += words;
      } else {
        // "a ~ b": the spaces around ~ are consumed by the filler itself.
        if (body.endsWith(' ')) body = body.slice(0, -1);
        // After an optional group ("(about|of)? ~") the space may already be consumed or absent.
        body += body.endsWith(')?') ? ' ?' : ' ';
        fillerWords = words;
      }
      body += filler(fillerWords);
      fillerEnd = body.length;
      if (part[i + 1] === ' ') i++;
    } else if (ch === '(') {
      flush();
      body += '(?:';
    } else if (ch === ')' || ch === '|' || ch === '?') {
      flush();
      body += ch;
    } else if (ch === '*') {
      flush();
      body += '[^ .]*';
    } else if (ch === '[') {
      flush();
      const end = part.indexOf(']', i);
      if (end < 0) throw new Error(`Lexicon pattern part "${part}" opens [ without closing ]; write a digit range like [1-9].`);
      body += part.slice(i, end + 1);
      i = end;
    } else if (ch === '#') {
      flush();
      body += '\\d+';
    } else if (ch === '$') {
      flush();
      if (body.endsWith(' ')) body = body.slice(0, -1);
      body += SENTENCE_END;
    } else {
      literal += ch;
    }
  }
  flush();
  return `${BEFORE}${body}${body.endsWith(SENTENCE_END) ? '' : AFTER}`;
}

/**
 * Throws a clear error for brackets that don't pair up and for a `|` outside brackets, which
 * would otherwise compile to an expression matching almost anything (and stall the anchor parser).
 */
function checkBrackets(pattern: string, part: string): void {
  let depth = 0;
  for (const ch of part) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth < 0) throw new Error(`Lexicon pattern "${pattern}" closes a bracket it never opened; check its brackets.`);
    if (ch === '|' && depth === 0) {
      throw new Error(`Lexicon pattern "${pattern}" has "|" outside brackets; wrap the alternatives in brackets, like "(hit|slap) me", or split it into two patterns.`);
    }
  }
  if (depth !== 0) throw new Error(`Lexicon pattern "${pattern}" opens a bracket it never closes; check its brackets.`);
}

/**
 * Compiles a lexicon pattern. The expressions expect text from {@link normalizeForScreen}
 * padded with one space on each side (see {@link padForPatterns}).
 *
 * @example compilePattern('{partner} ~ hit me', { partner: 'he|she' }).parts[0]!.test('he hit me') === true
 */
export function compilePattern(pattern: string, macros: Readonly<Record<string, string>>): CompiledPattern {
  const expanded = expandMacros(pattern.trim(), macros);
  if (/~\s*$/.test(expanded) || /^\s*~/.test(expanded) || / ~ &|& ~ /.test(expanded)) {
    throw new Error(`Lexicon pattern "${pattern}" starts or ends with ~; a filler must sit between two words.`);
  }
  const sources = expanded.split(' & ').map((p) => p.trim());
  for (const source of sources) checkBrackets(pattern, source);
  const parts = sources.map((p) => {
    try {
      return new RegExp(compilePart(p), 'g');
    } catch (error) {
      throw new Error(`Lexicon pattern "${pattern}" is not valid (${(error as Error).message}); check its brackets.`);
    }
  });
  const required = sources.map(requiredWordsOf);
  return { source: pattern, parts, anchors: required.map(anchorsOf), required };
}
