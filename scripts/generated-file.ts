/**
 * Helpers for files the scripts generate and the repo commits (the crisis screen's model and
 * spelling list), whose `--check` mode must tell whether the committed copy is current.
 */
import { readFileSync } from 'node:fs';

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
