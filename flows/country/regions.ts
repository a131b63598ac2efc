import type { Choice } from '../../src/reply.ts';
import { resourceDirectory, type ResourceDirectory } from '../../src/safety/resources.ts';

/** Prefix of region choice ids: `region:GB`. */
export const REGION_CHOICE_PREFIX = 'region:';

/**
 * One choice per region in the resource directory, `INTL` ("another country") last, so a new
 * region file shows up here without code changes.
 *
 * @example regionChoices().map((c) => c.id) // ['region:AU', 'region:CA', …, 'region:INTL']
 */
export function regionChoices(directory: ResourceDirectory = resourceDirectory()): Choice[] {
  const regions = [...directory.regions].sort((a, b) => Number(a.region === 'INTL') - Number(b.region === 'INTL'));
  return regions.map((region) => ({ id: `${REGION_CHOICE_PREFIX}${region.region}`, label: region.name }));
}

/** The region code in a choice id, or `undefined` when the id isn't a region choice of the directory. */
export function regionOfChoice(id: string, directory: ResourceDirectory = resourceDirectory()): string | undefined {
  if (!id.startsWith(REGION_CHOICE_PREFIX)) return undefined;
  const code = id.slice(REGION_CHOICE_PREFIX.length);
  return directory.regions.some((region) => region.region === code) ? code : undefined;
}
