/**
 * Helpers for files the scripts generate and the repo commits (the crisis screen's model and
 * spelling list), whose `--check` mode must tell whether the committed copy is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * True when the file at `path` holds exactly `content`; a missing file is not current.
 *
 * @example isCurrent('data/screen-spelling.json', built) // false after the lexicon changed
 */
export function isCurrent(path: string, content: string): boolean {
  try {
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * The command line of a script that builds a committed data file: with `--check`, exits 1 when
 * the committed copy differs from `built` (telling how to rebuild it); otherwise writes it and
 * prints `summary`.
 *
 * @example writeOrCheck('/repo/data/screen-names.json', built, 'npx tsx scripts/build-screen-names.ts', '4080 names')
 */
export function writeOrCheck(path: string, built: string, rebuild: string, summary: string): void {
  const name = path.slice(path.lastIndexOf('/data/') + 1);
  if (process.argv.includes('--check')) {
    if (!isCurrent(path, built)) {
      console.error(`${name} is out of date; run \`${rebuild}\` and commit it.`);
      process.exit(1);
    }
    console.log(`${name} is up to date.`);
  } else {
    writeFileSync(path, built);
    console.log(`wrote ${path}: ${summary}`);
  }
}
