/**
 * Typo repair for the crisis screen: a word the screen does not know, one slip of the thumb
 * away from a word people often write, is read as that word ("chocked" → "choked", "wnat" →
 * "want", "sucidal" → "suicidal"), so one typo cannot hide a disclosure from the lexicon.
 *
 * A slip is one letter dropped, added, changed, or two neighbours swapped. Only words of four
 * letters or more are repaired, and never a word the screen knows: an English word, a lexicon
 * word or common chat spelling ("bill" stays "bill", though it is one letter from "kill"). When
 * two candidates are equally common the word is left as written.
 *
 * The word lists come from data/screen-spelling.json, built by scripts/build-screen-spelling.ts
 * from the development fixtures, the lexicon and an English word list. Pure and synchronous:
 * the list is read once, on first use, from a file in the repo.
 */
import { readScreenData } from './screen-data.ts';

/** Format version of data/screen-spelling.json; bump when its meaning changes. */
export const SPELLING_VERSION = 1;

/** Where the list lives, relative to this file. */
export const SPELLING_URL = new URL('../../data/screen-spelling.json', import.meta.url);

/** The list as stored in data/screen-spelling.json (all words in the screen's squashed spelling). */
export interface SpellingList {
  /** Format version. */
  version: number;
  /** Words a typo may be read as, with how often people wrote each one. */
  targets: Record<string, number>;
  /** Known words one edit from a target, which are never changed. */
  keep: string[];
}

/** Shortest word the screen repairs. */
const MIN_REPAIR_LENGTH = 4;

/** Every string with one letter of `word` left out. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** How a typed word differs from the word meant, when it is one slip away. */
export interface Slip {
  /** `dropped`: a letter left out; `extra`: one letter too many; `swapped`: two neighbours swapped; `changed`: one letter changed. */
  kind: 'dropped' | 'extra' | 'swapped' | 'changed';
  /** Where in the meant word the slip is. */
  at: number;
  /** For `changed`, whether the typed letter's key touches the meant letter's key; for `extra`, whether the extra letter's key touches a neighbour's. */
  nearKey: boolean;
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_POSITION = new Map<string, [number, number]>(KEY_ROWS.flatMap((row, r) => [...row].map((ch, c): [string, [number, number]] => [ch, [r, c + r * 0.5]])));

/** True when two letters' keys touch on a QWERTY keyboard. */
function keysTouch(a: string | undefined, b: string | undefined): boolean {
  const pa = a === undefined ? undefined : KEY_POSITION.get(a);
  const pb = b === undefined ? undefined : KEY_POSITION.get(b);
  if (pa === undefined || pb === undefined) return false;
  return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
}

/**
 * The single slip that turns `meant` into `typed`, or undefined when they are equal or further
 * apart.
 *
 * @example slipBetween('slef', 'self')?.kind === 'swapped'
 */
export function slipBetween(typed: string, meant: string): Slip | undefined {
  if (typed === meant) return undefined;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (typed.length === meant.length) {
    if (typed.slice(i + 1) === meant.slice(i + 1)) return { kind: 'changed', at: i, nearKey: keysTouch(typed[i], meant[i]) };
    if (typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2)) return { kind: 'swapped', at: i, nearKey: true };
    return undefined;
  }
  if (typed.length + 1 === meant.length && typed.slice(i) === meant.slice(i + 1)) return { kind: 'dropped', at: i, nearKey: false };
  if (typed.length === meant.length + 1 && typed.slice(i + 1) === meant.slice(i)) {
    return { kind: 'extra', at: i, nearKey: keysTouch(typed[i], typed[i - 1]) || keysTouch(typed[i], typed[i + 1]) };
  }
  return undefined;
}

/**
 * How likely a slip is, relative to the others: dropped letters and swapped neighbours are the
 * commonest phone typos, then a neighbouring key; the first letter is rarely wrong.
 */
function slipLikelihood(slip: Slip): number {
  const base = slip.kind === 'dropped' || slip.kind === 'swapped' ? 1 : slip.nearKey ? 0.7 : 0.1;
  return slip.at === 0 && slip.kind !== 'swapped' ? base * 0.1 : base;
}

/**
 * Finds, for any word, the targets one slip away, without comparing against every target: each
 * target is filed under itself and under each of its one-letter deletions, and a word looks up
 * itself and its own deletions.
 */
export class SpellingIndex {
  private readonly byKey = new Map<string, string[]>();

  /** Indexes the given target words. */
  constructor(targets: Iterable<string>) {
    for (const target of targets) {
      for (const key of [target, ...deletions(target)]) {
        const filed = this.byKey.get(key);
        if (filed === undefined) this.byKey.set(key, [target]);
        else if (!filed.includes(target)) filed.push(target);
      }
    }
  }

  /**
   * Targets exactly one slip from `word`, each with that slip.
   *
   * @example new SpellingIndex(['self']).near('slef') // Map { 'self' => { kind: 'swapped', … } }
   */
  near(word: string): Map<string, Slip> {
    const found = new Map<string, Slip>();
    for (const key of [word, ...deletions(word)]) {
      for (const target of this.byKey.get(key) ?? []) {
        const slip = found.has(target) ? undefined : slipBetween(word, target);
        if (slip !== undefined) found.set(target, slip);
      }
    }
    return found;
  }
}

interface Speller {
  targets: ReadonlyMap<string, number>;
  keep: ReadonlySet<string>;
  index: SpellingIndex;
  /** Words already looked at, so a repeat costs one map lookup. */
  memo: Map<string, string>;
}

let speller: Speller | undefined;

function loadSpeller(): Speller {
  if (speller !== undefined) return speller;
  const list = readScreenData<SpellingList>(SPELLING_URL, SPELLING_VERSION, 'npm run spelling');
  const targets = new Map(Object.entries(list.targets));
  speller = { targets, keep: new Set(list.keep), index: new SpellingIndex(targets.keys()), memo: new Map() };
  return speller;
}

/** The word the person most likely meant, or the word itself. */
function repairWord(word: string, s: Speller): string {
  if (word.length < MIN_REPAIR_LENGTH || s.targets.has(word) || s.keep.has(word) || !/^[a-z]+$/.test(word)) return word;
  const cached = s.memo.get(word);
  if (cached !== undefined) return cached;
  let best = word;
  let bestScore = 0;
  let tied = false;
  for (const [candidate, slip] of s.index.near(word)) {
    const score = Math.sqrt(s.targets.get(candidate) ?? 0) * slipLikelihood(slip);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) tied = true;
  }
  const repaired = tied ? word : best;
  if (s.memo.size < 10_000) s.memo.set(word, repaired);
  return repaired;
}

/**
 * Repairs one-slip typos in text already normalised by normalizeForScreen.
 *
 * @example repairTypos('he chocked me') === 'he choked me'
 */
export function repairTypos(normalized: string): string {
  const s = loadSpeller();
  const words = normalized.split(' ');
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const repaired = repairWord(word, s);
    if (repaired !== word) {
      words[i] = repaired;
      changed = true;
    }
  }
  return changed ? words.join(' ') : normalized;
}
