/**
 * A speed-up for the crisis screen: for each pattern, the prefixes of the words every match
 * must contain. The most selective group ("anchors") indexes the pattern, and a message
 * missing any group cannot match, so the screen skips that pattern without running its
 * regular expression. This keeps the screen well under a millisecond per message with
 * thousands of patterns.
 *
 * Works on the macro-expanded pattern language of screen-pattern.ts. When a pattern's first
 * word cannot be known (it starts with a number or a digit range), its anchors are `null` and
 * the pattern always runs.
 */
import { squashLetters } from './screen-normalize.ts';

interface Parsed {
  /** Prefixes the first word of a match starts with; null means "any word". */
  first: Set<string> | null;
  /** True when this part can match no words at all, so the next part's first word counts too. */
  nullable: boolean;
  /** Index just after the parsed part. */
  end: number;
}

const union = (a: Set<string> | null, b: Set<string> | null): Set<string> | null =>
  a === null || b === null ? null : new Set([...a, ...b]);

function parseWord(s: string, i: number): Parsed {
  let j = i;
  while (j < s.length && !' ()|'.includes(s[j] as string)) j++;
  const word = s.slice(i, j);
  // A lone "?" makes the space before it optional ("(a|the)? ?(big )?dog"): it is no word at all.
  if (word.startsWith('?')) return { first: null, nullable: true, end: j };
  let cut = word.search(/[*?[#]/);
  if (cut >= 0 && word[cut] === '?') cut -= 1; // "years?": the letter before ? is optional
  const prefix = squashLetters(cut >= 0 ? word.slice(0, Math.max(0, cut)) : word);
  return { first: prefix === '' ? null : new Set([prefix]), nullable: false, end: j };
}

function parseGroup(s: string, i: number): Parsed {
  let j = i + 1;
  let first: Set<string> | null = new Set();
  let nullable = false;
  for (;;) {
    const alt = parseSequence(s, j);
    first = union(first, alt.first);
    nullable ||= alt.nullable;
    j = alt.end;
    if (s[j] === '|') {
      j++;
      continue;
    }
    j++; // the closing bracket
    break;
  }
  if (s[j] === '?') {
    nullable = true;
    j++;
  }
  // Letters glued after a group ("(year|yr)s") extend its words; if the group can be empty
  // the first word would start with those letters instead, which we do not track.
  if (j < s.length && !' ()|'.includes(s[j] as string)) {
    if (nullable) first = null;
    while (j < s.length && !' ()|'.includes(s[j] as string)) j++;
  }
  return { first, nullable, end: j };
}

function parseSequence(s: string, start: number): Parsed {
  let i = start;
  let first: Set<string> | null = new Set();
  let nullable = true;
  while (i < s.length && s[i] !== ')' && s[i] !== '|') {
    if (s[i] === ' ') {
      i++;
      continue;
    }
    const part = parseElement(s, i);
    if (nullable) first = union(first, part.first);
    nullable &&= part.nullable;
    i = part.end;
  }
  return { first, nullable, end: i };
}

/**
 * Anchors for one `&`-free pattern part, from its {@link requiredWordsOf} groups: the most
 * selective group (longest shortest prefix: "wrists" beats "my"), or null when there is none.
 *
 * @example anchorsOf(requiredWordsOf('(he|she) ~ hit me')) // ['hit']
 */
export function anchorsOf(required: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  let bestScore = 0;
  for (const group of required) {
    const score = Math.min(...group.map((p) => p.length));
    if (score > bestScore) {
      best = group;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Every group of prefixes one of which some word of a match must start with: one group per
 * top-level element of the part that cannot be skipped and whose first word is known. A
 * message missing any group cannot match, so the screen can skip the pattern's expression.
 *
 * @example requiredWordsOf('(he|she) ~ hit me') // [['he', 'she'], ['hit'], ['me']]
 */
export function requiredWordsOf(expandedPart: string): string[][] {
  const groups: string[][] = [];
  let i = 0;
  while (i < expandedPart.length) {
    if (expandedPart[i] === ' ') {
      i++;
      continue;
    }
    // Parse one top-level element as a sequence of one, by stopping at the next space.
    const element = parseElement(expandedPart, i);
    if (!element.nullable && element.first !== null && element.first.size > 0) groups.push([...element.first]);
    i = element.end;
  }
  return groups;
}

function parseElement(s: string, i: number): Parsed {
  const ch = s[i] as string;
  if (ch === '(') return parseGroup(s, i);
  if (ch === '~' || ch === '$' || ch === '#' || ch === '[') {
    let j = i + 1;
    while (j < s.length && !' ()|'.includes(s[j] as string)) j++;
    return { first: null, nullable: ch === '$' || ch === '~', end: j };
  }
  return parseWord(s, i);
}

const MAX_PREFIX = 24;

/**
 * Every prefix of every word of a padded, normalised message, for anchor look-ups.
 *
 * @example wordPrefixes(' kil me ').has('ki') === true
 */
export function wordPrefixes(padded: string): Set<string> {
  const prefixes = new Set<string>();
  for (const word of new Set(padded.split(' '))) {
    for (let k = 1; k <= Math.min(word.length, MAX_PREFIX); k++) prefixes.add(word.slice(0, k));
  }
  return prefixes;
}

/**
 * An inverted index from anchor to the patterns it unlocks, so a message only looks at the
 * patterns whose first-part anchors one of its words starts with (plus those without anchors).
 *
 * @example const index = new AnchorIndex([{ anchors: [['kil']] }]); index.candidates(wordPrefixes(' kil me ')).size === 1
 */
export class AnchorIndex<T extends { anchors: readonly (readonly string[] | null)[] }> {
  private readonly always: T[] = [];
  private readonly byAnchor = new Map<string, T[]>();

  /** Indexes the given patterns by the anchors of their first part. */
  constructor(patterns: readonly T[]) {
    for (const pattern of patterns) {
      const anchors = pattern.anchors[0];
      if (anchors === null || anchors === undefined) {
        this.always.push(pattern);
        continue;
      }
      for (const anchor of anchors) {
        const list = this.byAnchor.get(anchor);
        if (list === undefined) this.byAnchor.set(anchor, [pattern]);
        else list.push(pattern);
      }
    }
  }

  /** The patterns a message with these word prefixes might match (first part only). */
  candidates(prefixes: ReadonlySet<string>): Set<T> {
    const found = new Set<T>(this.always);
    for (const prefix of prefixes) {
      const list = this.byAnchor.get(prefix);
      if (list !== undefined) for (const pattern of list) found.add(pattern);
    }
    return found;
  }
}
