import type { Profile } from '../../src/profile.ts';

/**
 * Whether exercises done together with the other person may be offered. They are not, once a
 * screen found signs of abuse: couples-style work is not advised where there is abuse.
 *
 * @example jointAllowed({ safety: { abuse: true } }) // false
 */
export function jointAllowed(profile: Profile): boolean {
  return profile.safety?.abuse !== true;
}
