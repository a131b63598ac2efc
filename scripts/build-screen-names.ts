/**
 * Builds data/screen-names.json, the first names the crisis screen recognises at the start of a
 * sentence ("Dan grabbed my wrist"), from the `human-names` package's lists of popular first
 * names (English, French, German, Spanish, Italian and Dutch). Names that are also English words
 * ("Will", "Mark", "Hope") are listed apart, because "Will he change?" names nobody.
 *
 * Run:
 *   npx tsx scripts/build-screen-names.ts           write data/screen-names.json
 *   npx tsx scripts/build-screen-names.ts --check   exit 1 when the committed file is out of date
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMES_URL, NAMES_VERSION, nameKey, type NameList } from '../src/safety/screen-names.ts';
import { normalizeForScreen } from '../src/safety/screen-normalize.ts';
import { englishWords } from './build-screen-spelling.ts';
import { writeOrCheck } from './generated-file.ts';

/** Where the `human-names` package keeps its JSON lists. */
function namesDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('human-names/package.json')), 'data');
}


/** Builds the list from the package's data and the English word list. */
export function buildNameList(): NameList {
  const dir = namesDataDir();
  const all = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    for (const name of JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown[]) {
      if (typeof name === 'string' && /^\p{L}{2,}$/u.test(name)) all.add(nameKey(name));
    }
  }
  const english = englishWords();
  const sorted = [...all].sort();
  const isWord = (name: string): boolean => english.has(normalizeForScreen(name));
  return { version: NAMES_VERSION, names: sorted.filter((n) => !isWord(n)), alsoWords: sorted.filter(isWord) };
}

const serialise = (list: NameList): string => `${JSON.stringify(list)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = buildNameList();
  const summary = `${list.names.length} names, ${list.alsoWords.length} that are also English words`;
  writeOrCheck(fileURLToPath(NAMES_URL), serialise(list), 'npm run names', summary);
}
