/**
 * Builds the crisis screen's spelling list (data/screen-spelling.json), which lets the screen
 * read "he chocked me", "i wnat to die" and "sucidal" as what the person meant to type.
 *
 * Run:
 *   npx tsx scripts/build-screen-spelling.ts           build and write data/screen-spelling.json
 *   npx tsx scripts/build-screen-spelling.ts --check   exit 1 when the committed list differs
 *                                                      from what building would write (for CI)
 *
 * Sources, all committed or pinned, so the same input always gives a byte-identical file:
 * - the words people write to the bot: every risk dev file and the everyday coaching dev files
 *   (test/fixtures/*-dev*.jsonl; held-out files are never read);
 * - the words the lexicon's patterns and word lists spell out (src/safety/lexicon.ts);
 * - an English word list (the `word-list` package, a dev dependency), to tell real words from
 *   typos.
 *
 * Output, every word in the screen's squashed spelling (screen-normalize.ts):
 * - `targets`: word → how often people wrote it. A word is a target when it appears at least
 *   MIN_COUNT times in the fixtures and is an English word or a lexicon word, so a typo that
 *   happens to repeat in the fixtures never becomes a spelling to correct towards.
 * - `keep`: real words one edit away from a target ("chores" beside "chokes", "bill" beside
 *   "kill"). The screen never changes a word it knows, so these stay as written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import { allPatternSources } from '../src/safety/lexicon.ts';
import { SPELLING_URL, SPELLING_VERSION, SpellingIndex, type SpellingList } from '../src/safety/screen-spelling.ts';
import { normalizeForScreen } from '../src/safety/screen-normalize.ts';
import { writeOrCheck } from './generated-file.ts';

/** Times a word must appear in the fixtures to be a target. */
const MIN_COUNT = 2;
/** Shortest target; shorter words have too many neighbours to guess between. */
const MIN_TARGET_LENGTH = 3;

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** Normalised words of a text, letters only. */
function wordsOf(text: string): string[] {
  return normalizeForScreen(text)
    .split(' ')
    .filter((w) => /^[a-z]+$/.test(w));
}

/** How often each word appears in the development fixtures (never the held-out ones). */
export function fixtureCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const files = readdirSync(fixtures)
    .filter((name) => name.endsWith('.jsonl') && /-dev(-[a-z-]+)?\.jsonl$/.test(name))
    .sort();
  for (const name of files) {
    for (const line of readFileSync(fixtures + name, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { text } = JSON.parse(line) as { text?: unknown };
      if (typeof text !== 'string') continue;
      for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** Every plain word the lexicon spells out, in screen spelling. */
export function lexiconWords(): Set<string> {
  const words = new Set<string>();
  for (const source of allPatternSources()) {
    // Macro names ({partner}) are not words; stems before a wildcard ("chok*") are not either.
    const plain = source.replace(/\{[a-z]+\}/g, ' ').replace(/[a-z]+\*/g, ' ');
    for (const word of plain.split(/[^a-z]+/)) if (word.length >= MIN_TARGET_LENGTH) words.add(normalizeForScreen(word));
  }
  return words;
}

/** The English word list, in screen spelling. */
export function englishWords(): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(wordListPath, 'utf8').split('\n')) {
    const word = line.trim();
    if (/^[a-z]+$/.test(word)) words.add(normalizeForScreen(word));
  }
  return words;
}

/** Builds the list from its sources. */
export function buildSpellingList(): SpellingList {
  const counts = fixtureCounts();
  const lexicon = lexiconWords();
  const english = englishWords();
  const targets: Record<string, number> = {};
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count >= MIN_COUNT && word.length >= MIN_TARGET_LENGTH && (english.has(word) || lexicon.has(word))) targets[word] = count;
  }
  // A real word, or one people write often (slang like "bc", "tho"), is never corrected; only
  // those a single edit from some target need listing.
  const index = new SpellingIndex(Object.keys(targets));
  const known = new Set([...english, ...lexicon, ...[...counts].filter(([, n]) => n > MIN_COUNT).map(([w]) => w)]);
  const keep = [...known]
    .filter((word) => !(word in targets) && index.near(word).size > 0)
    .sort();
  return { version: SPELLING_VERSION, targets, keep };
}

const serialise = (list: SpellingList): string => `${JSON.stringify(list)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = buildSpellingList();
  const summary = `${Object.keys(list.targets).length} targets, ${list.keep.length} words kept as written`;
  writeOrCheck(fileURLToPath(SPELLING_URL), serialise(list), 'npm run spelling', summary);
}
