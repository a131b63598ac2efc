/**
 * Reading the crisis screen's committed data files (the typo-repair word list, the name list),
 * each a JSON object with a format `version` that must match the code reading it.
 */
import { readFileSync } from 'node:fs';

/**
 * The data file at `url`, parsed, after checking its format version; the errors say which
 * command rebuilds it.
 *
 * @example readScreenData<NameList>(NAMES_URL, 1, 'npm run names').names.length > 0
 */
export function readScreenData<T extends { version: number }>(url: URL, version: number, rebuild: string): T {
  const name = url.pathname.slice(url.pathname.lastIndexOf('/data/') + 1);
  let stored: T;
  try {
    stored = JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Could not read the crisis screen's ${name}; run \`${rebuild}\` to create it. (${String(error)})`);
  }
  if (stored.version !== version) {
    throw new Error(`${name} is stale (version ${stored.version}, expected ${version}); run \`${rebuild}\`.`);
  }
  return stored;
}
