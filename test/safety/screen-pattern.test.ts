import { describe, expect, it } from 'vitest';
import { wordPrefixes } from '../../src/safety/screen-anchors.ts';
import { normalizeForScreen } from '../../src/safety/screen-normalize.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MACROS, RULES, SAFE_PHRASES, STORY_PHRASES } from '../../src/safety/lexicon.ts';
import { compilePattern, mightMatch, padForPatterns } from '../../src/safety/screen-pattern.ts';

/** True when the pattern (as a content designer writes it) matches the message. */
function matches(pattern: string, message: string, macros: Record<string, string> = {}): boolean {
  const compiled = compilePattern(pattern, macros);
  const text = padForPatterns(normalizeForScreen(message));
  if (!mightMatch(compiled, wordPrefixes(text))) return false;
  return compiled.parts.every((part) => {
    part.lastIndex = 0;
    return part.test(text);
  });
}

describe('crisis lexicon pattern language', () => {
  it('matches whole words only', () => {
    expect(matches('rape', 'he tried to rape me')).toBe(true);
    expect(matches('rape', 'we ate grapes')).toBe(false);
  });

  it('lets ~ skip up to three words but never a negation', () => {
    expect(matches('he ~ hit me', 'he literally just hit me')).toBe(true);
    expect(matches('he ~ hit me', 'he never hit me')).toBe(false);
    expect(matches('he ~ hit me', 'he was so so very angry and hit me')).toBe(false);
  });

  it('lets ~~ skip up to six words', () => {
    expect(matches('world ~~ without me', 'the world would honestly keep on spinning without me')).toBe(true);
  });

  it('adds up fillers in a row: ~~ ~~ skips up to twelve words, and no more', () => {
    const nine = 'we are moving into the bungalow near my sister next month so i wont be here';
    expect(matches('bungalow ~~ wont be here', nine)).toBe(false);
    expect(matches('bungalow ~~ ~~ wont be here', nine)).toBe(true);
    expect(matches('a ~~ ~~ b', `a ${'x '.repeat(12)}b`)).toBe(true);
    expect(matches('a ~~ ~~ b', `a ${'x '.repeat(13)}b`)).toBe(false);
    expect(matches('a ~ ~ b', 'a x x x x x x b')).toBe(true);
  });

  it('anchors $ to the end of a sentence', () => {
    expect(matches('he forced me $', 'He forced me. I never told anyone')).toBe(true);
    expect(matches('he forced me $', 'he forced me to watch a movie')).toBe(false);
  });

  it('lets an optional part end a pattern, with or without a filler before it', () => {
    expect(matches('kill me (now)?', 'kill me')).toBe(true);
    expect(matches('kill me (now)?', 'kill me now')).toBe(true);
    expect(matches('he ~ hit me (again)?', 'he hit me')).toBe(true);
    expect(matches('he hit ~ (again)?', 'he hit')).toBe(true);
    expect(matches('kill me (now)?', 'kill meat')).toBe(false);
  });

  it('requires every & part somewhere in the message', () => {
    expect(matches('on purpose & (crash|drive) into', 'I want to drive into a wall. On purpose.')).toBe(true);
    expect(matches('on purpose & (crash|drive) into', 'I did it on purpose')).toBe(false);
  });

  it('expands macros and word prefixes', () => {
    expect(matches('{who} ~ suicid*', 'my brother talks about suicide', { who: 'brother|sister' })).toBe(true);
  });

  it('ignores case, accents, leetspeak and stretched letters on the message side', () => {
    expect(matches('kill myself', 'KIIIILL MYS3LF!!!')).toBe(true);
    expect(matches('die', 'díe')).toBe(true);
  });

  it('explains an unknown macro', () => {
    expect(() => compilePattern('{nope} me', {})).toThrow(/MACROS/);
  });

  it('refuses a "|" outside brackets and brackets that do not pair, saying how to fix it', () => {
    expect(() => compilePattern('i volunteer|i help out', {})).toThrow(/outside brackets/);
    expect(() => compilePattern('(hit|slap me', {})).toThrow(/never closes/);
    expect(() => compilePattern('hit) me', {})).toThrow(/never opened/);
    expect(() => compilePattern('(he|she) ~ (hit|slap) me & (again|still)', {})).not.toThrow();
  });

  it('skips a pattern without running it only when a word it needs is missing', () => {
    // A lone "?" makes the space before it optional; it is not a word the message must contain.
    expect(matches('(a|the)? ?(big )?dog', 'dog')).toBe(true);
    expect(matches('(is|was) it ~ (stil )?(count)? ?(as )?asault', 'is it still assault if it was my husband?')).toBe(true);
    expect(matches('(he|she) ~ hit me', 'she hit the wall')).toBe(false);
  });

  it('never skips a lexicon pattern on a message its expression matches', () => {
    const lines = readFileSync(fileURLToPath(new URL('../fixtures/risk-dev.jsonl', import.meta.url)), 'utf8').split('\n').filter(Boolean);
    const texts = lines.filter((_, i) => i % 8 === 0).map((line) => padForPatterns(normalizeForScreen((JSON.parse(line) as { text: string }).text)));
    const patterns = [...RULES.flatMap((rule) => rule.patterns), ...SAFE_PHRASES, ...STORY_PHRASES].map((p) => compilePattern(p, MACROS));
    const wrongSkips: string[] = [];
    for (const text of texts) {
      const prefixes = wordPrefixes(text);
      for (const pattern of patterns) {
        if (mightMatch(pattern, prefixes)) continue;
        const matched = pattern.parts.every((part) => {
          part.lastIndex = 0;
          return part.test(text);
        });
        if (matched) wrongSkips.push(`${pattern.source} on "${text.trim()}"`);
      }
    }
    expect(wrongSkips).toEqual([]);
  });
});
