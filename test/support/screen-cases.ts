import { expect, it } from 'vitest';
import type { RiskCategory } from '../../src/safety/risk.ts';
import { screenText } from '../../src/safety/screen.ts';

/**
 * One test per message: the screen must hear it, in the category given.
 * @example hears([['he took my passport', 'partner_violence']]);
 */
export function hears(cases: readonly (readonly [text: string, category: RiskCategory])[], title = 'hears %j as %s'): void {
  it.each(cases)(title, (text, category) => {
    expect(screenText(text)?.category).toBe(category);
  });
}

/**
 * One test per message: the screen must hear each as the same category.
 * @example hearsAs('child_abuse', ['my uncle makes me keep secrets']);
 */
export function hearsAs(category: RiskCategory, texts: readonly string[], title = `hears %j as ${category}`): void {
  hears(
    texts.map((text) => [text, category] as const),
    title,
  );
}

/**
 * One test per message: the screen must stay quiet (ordinary life, idioms, look-alikes).
 * @example staysQuiet(['this fight is killing me']);
 */
export function staysQuiet(texts: readonly string[], title = 'stays quiet on %j'): void {
  it.each(texts)(title, (text) => {
    expect(screenText(text)).toBeNull();
  });
}

/**
 * The messages the screen does not hear as one of the given categories: a grid test expects none.
 * @example expect(notHeardAs(['my dad stabbed me'], ['partner_violence', 'child_abuse'])).toEqual([]);
 */
export function notHeardAs(texts: readonly string[], categories: Iterable<RiskCategory>): string[] {
  const accepted = new Set(categories);
  return texts.filter((text) => {
    const category = screenText(text)?.category;
    return category === undefined || !accepted.has(category);
  });
}
