/**
 * Weak-signal scoring for the crisis screen: a message that matched no lexicon rule but holds
 * warning signs from several different families (finality, death, absence, means, hopelessness,
 * farewell, "tonight") is worth one caring question. Families and their words live in
 * lexicon.ts (SUICIDE_CUES); this file only compiles and counts them.
 */
import { CUE_BENIGN, CUE_MIN_FAMILIES, MACROS, SUICIDE_CUES } from './lexicon.ts';
import { compilePattern, type CompiledPattern } from './screen-pattern.ts';

/** The cue families and harmless contexts, compiled once. */
export interface CompiledCues {
  /** One list of compiled patterns per family. */
  families: readonly (readonly CompiledPattern[])[];
  /** Contexts that explain the cues away. */
  benign: readonly CompiledPattern[];
}

/**
 * Compiles {@link SUICIDE_CUES} and {@link CUE_BENIGN}.
 *
 * @example compileCues().families.length === Object.keys(SUICIDE_CUES).length
 */
export function compileCues(): CompiledCues {
  const compile = (p: string): CompiledPattern => compilePattern(p, MACROS);
  return {
    families: Object.values(SUICIDE_CUES).map((patterns) => patterns.map(compile)),
    benign: CUE_BENIGN.map(compile),
  };
}

/** Every pattern in the compiled cues, for the screen's anchor index. */
export function allCuePatterns(cues: CompiledCues): CompiledPattern[] {
  return [...cues.families.flat(), ...cues.benign];
}

/**
 * True when enough different cue families match and no harmless context does.
 * `matches` tells whether one compiled pattern matches the message being screened.
 *
 * @example hasWeakSignals(cues, (p) => matchesAll(p, message))
 */
export function hasWeakSignals(cues: CompiledCues, matches: (pattern: CompiledPattern) => boolean): boolean {
  let found = 0;
  for (const family of cues.families) {
    if (family.some(matches)) found++;
    if (found >= CUE_MIN_FAMILIES) break;
  }
  return found >= CUE_MIN_FAMILIES && !cues.benign.some(matches);
}
