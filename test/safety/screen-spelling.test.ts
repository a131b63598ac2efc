import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { devFiles, readRiskExamples } from '../../scripts/eval-risk.ts';
import { buildSpellingList } from '../../scripts/build-screen-spelling.ts';
import { screenText } from '../../src/safety/screen.ts';
import { normalizeForScreen } from '../../src/safety/screen-normalize.ts';
import { SPELLING_URL, repairTypos, slipBetween } from '../../src/safety/screen-spelling.ts';

const repaired = (text: string): string => repairTypos(normalizeForScreen(text));

describe('screen spelling: what counts as one slip', () => {
  it.each([
    ['slef', 'self', 'swapped'],
    ['husbnad', 'husband', 'swapped'],
    ['kife', 'knife', 'dropped'],
    ['threatend', 'threatened', 'dropped'],
    ['choled', 'choked', 'changed'],
    ['hitts', 'hits', undefined],
    ['hirts', 'hits', 'extra'],
  ] as const)('%s for %s: %s', (typed, meant, kind) => {
    // "hitts" squashes to "hits" before the screen ever compares it, so it is no slip at all.
    const slip = slipBetween(typed === 'hitts' ? 'hits' : typed, meant);
    expect(slip?.kind).toBe(kind);
  });

  it('does not call two slips one', () => {
    expect(slipBetween('hsubnad', 'husband')).toBeUndefined();
    expect(slipBetween('kil', 'kil')).toBeUndefined();
  });
});

describe('screen spelling: repairs', () => {
  it('reads a slip of the thumb as the word meant', () => {
    expect(repaired('my husbnad hits me')).toBe('my husband hits me');
    expect(repaired('i wnat to kil mysefl')).toBe('i want to kil myself');
    expect(repaired('she picks up the kife')).toBe('she picks up the knife');
    expect(repaired('i lie awake hping')).toBe('i lie awake hoping');
  });

  it('never changes a real word, even one letter from a danger word', () => {
    for (const text of ['i need to pay the bill', 'she does the chores', 'the rabbis came', 'he got a hug']) {
      expect(repaired(text)).toBe(normalizeForScreen(text));
    }
  });

  it('leaves short words and words with digits alone', () => {
    expect(repaired('she took my kes')).toBe(normalizeForScreen('she took my kes'));
    expect(repaired('im 14yo')).toBe(normalizeForScreen('im 14yo'));
  });
});

describe('crisis screen with typos', () => {
  it.each([
    ['my husbnad hits me', 'partner_violence', 'high'],
    ['my boyfirend choked me last night', 'partner_violence', 'high'],
    ['she picks up the bread kife whenever we argue and just holds it', 'partner_violence', 'high'],
    ['i wnat to die', 'suicide', 'high'],
    ['i want to kil mysefl', 'suicide', 'high'],
  ] as const)('still hears "%s" (%s, %s)', (text, category, level) => {
    expect(screenText(text)).toMatchObject({ category, level });
  });

  it.each([
    'I work at a domestic abuse reufge and my new boyfriend keeps asking about my day',
    'we watched a docuemntary about domestic violence and it started a really good talk about how we fight',
    'stayed up all night writing an apolgoy letter to my wife',
    'i get 20 a week pocket money from my parnets',
    'he got physical thearpy for his knee',
    'I scratch my arms constantly because of my ecezma and he keeps asking if I\'m ok, it\'s just my skin',
  ])('a typo does not turn ordinary talk into an alarm: "%s"', (text) => {
    expect(screenText(text)).toBeNull();
  });
});

/** Deterministic pseudo-random numbers, so the sample is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

type Slip = 'swap' | 'drop' | 'change';
const KEYBOARD = 'qwertyuiop asdfghjkl zxcvbnm';

/** One typo of the given kind inside one word of five letters or more (never the first letter). */
function withTypo(text: string, kind: Slip, random: () => number): string | undefined {
  const words = [...text.matchAll(/\b[a-zA-Z]{5,}\b/g)];
  const word = words[Math.floor(random() * words.length)];
  if (word?.index === undefined) return undefined;
  const w = word[0];
  const i = 1 + Math.floor(random() * (w.length - 2));
  const key = KEYBOARD.indexOf((w[i] ?? '').toLowerCase());
  const neighbour = KEYBOARD[key + 1] !== undefined && KEYBOARD[key + 1] !== ' ' ? KEYBOARD[key + 1] : KEYBOARD[key - 1];
  const typed =
    kind === 'swap' ? w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2) : kind === 'drop' ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + (neighbour ?? '') + w.slice(i + 1);
  return text.slice(0, word.index) + typed + text.slice(word.index + w.length);
}

describe('crisis screen: one typo rarely hides a disclosure (all dev files)', () => {
  const examples = devFiles().flatMap((file) => readRiskExamples(file));
  const heard = examples.filter((e) => e.category !== null && screenText(e.text)?.category === e.category);

  // Before typo repair, one slip in a random long word hid 17-19% of these; with it, 1-5%.
  it.each([
    ['swap', 0.03],
    ['drop', 0.07],
    ['change', 0.04],
  ] as const)('one %s typo hides under %s of the disclosures the screen hears', (kind, ceiling) => {
    const random = seeded(11);
    let tried = 0;
    let lost = 0;
    for (const e of heard) {
      const typed = withTypo(e.text, kind, random);
      if (typed === undefined) continue;
      tried++;
      if (screenText(typed)?.category !== e.category) lost++;
    }
    expect(tried).toBeGreaterThan(3000);
    expect(lost / tried).toBeLessThan(ceiling);
  });

  it('one typo turns under 0.5% of quiet messages into alarms', () => {
    const random = seeded(5);
    const quiet = examples.filter((e) => e.category === null && screenText(e.text) === null);
    let tried = 0;
    let alarms = 0;
    for (const e of quiet) {
      for (const kind of ['swap', 'drop', 'change'] as const) {
        const typed = withTypo(e.text, kind, random);
        if (typed === undefined) continue;
        tried++;
        if (screenText(typed) !== null) alarms++;
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(alarms / tried).toBeLessThan(0.005);
    // Three typed copies of every quiet dev message: about 70 s alone once round 25's dev files
    // came in, past the 90 s default when the machine is busy, so this one test gets longer.
  }, 240_000);
});

describe('screen spelling list', () => {
  it('is what its sources build (run `npm run spelling` after changing fixtures or the lexicon)', () => {
    const committed = readFileSync(fileURLToPath(SPELLING_URL), 'utf8');
    expect(committed).toBe(`${JSON.stringify(buildSpellingList())}\n`);
  });
});
