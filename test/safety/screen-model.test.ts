import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELDOUT_FILES, devFiles, evaluateRisk, readRiskExamples } from '../../scripts/eval-risk.ts';
import { readProductNegativeExamples, readTrainingExamples, train } from '../../scripts/train-screen-model.ts';
import type { RiskCategory } from '../../src/safety/risk.ts';
import { modelScreen } from '../../src/safety/screen-model.ts';
import { screenText } from '../../src/safety/screen.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The screen as it would be with the backstop wired in: rules first, the model only when they say null. */
const withBackstop = (text: string): { category: RiskCategory } | null => screenText(text) ?? modelScreen(text);

function score(file: string, screen: (text: string) => { category: RiskCategory } | null) {
  const results = readRiskExamples(fixture(file)).map((e) => ({ e, got: screen(e.text)?.category ?? null }));
  const recall = (category: RiskCategory): number => {
    const members = results.filter((r) => r.e.category === category);
    return members.filter((r) => r.got === category).length / members.length;
  };
  const negatives = results.filter((r) => r.e.category === null);
  return { recall, falseAlarms: negatives.filter((r) => r.got !== null).length, negatives: negatives.length };
}

describe('crisis-screen backstop model: ordinary relationship pain stays quiet', () => {
  it.each(["this fight is killing me", 'kill me lol', "she'll murder me for forgetting", 'I want to end it with him', "I'm done with him"])(
    '%j → null from the model and from the screen',
    (text) => {
      expect(modelScreen(text)).toBeNull();
      expect(withBackstop(text)).toBeNull();
    },
  );

  it('only ever asks (level possible), never asserts', () => {
    expect(modelScreen('i want to die')).toEqual({ category: 'suicide', level: 'possible' });
  });

  it('stays quiet on empty text', () => {
    expect(modelScreen('   ')).toBeNull();
  });
});

describe('crisis-screen backstop model: training', () => {
  it('is deterministic: the same examples give identical weights', () => {
    const examples = readRiskExamples(fixture('risk-dev.jsonl')).slice(0, 200);
    expect(JSON.stringify(train(examples))).toBe(JSON.stringify(train(examples)));
  });

  it('learns from every dev file and from the product’s everyday coaching text (dev files only), never from held-out text', () => {
    const examples = readTrainingExamples();
    const product = readProductNegativeExamples();
    expect(product.length).toBeGreaterThan(400);
    expect(examples.filter((e) => e.source === 'product')).toHaveLength(product.length);
    const devTexts = new Set(devFiles().flatMap((f) => readRiskExamples(f).map((e) => e.text)));
    expect(devTexts.size).toBeGreaterThan(3000);
    const heldOut = HELDOUT_FILES.flatMap((f) => readRiskExamples(fixture(f)).map((e) => e.text)).filter((t) => !devTexts.has(t));
    const trainingTexts = new Set(examples.map((e) => e.text));
    expect(heldOut.filter((t) => trainingTexts.has(t))).toEqual([]);
  });

  it('stays quiet on ordinary apologies and complaints an earlier, coaching-blind model flagged', () => {
    expect(
      modelScreen(
        "I'm sorry I lied to you about where I was on Friday night. That was my choice and it was wrong. I can see it made you doubt everything I said, and that hurt you. From now on I will tell you my plans before I go out. What would help you feel safe again?",
      ),
    ).toBeNull();
    expect(modelScreen("You never listen to me, you're so selfish and you don't care about anything I say.")).toBeNull();
  });

  it('hears one dangerous sentence inside a long, ordinary story', () => {
    const story =
      'We have been together nine years and the last two have been hard. He lost his job, I picked up more shifts, and we stopped talking about anything except bills. ' +
      'Last month I found messages to someone from his gym and we have been going round in circles since. ';
    expect(modelScreen(story)).toBeNull();
    expect(modelScreen(`${story}Some nights I sit in the car in the garage and think about not going back inside at all.`)).not.toBeNull();
  });
});

// Floors are the scores at first contact with risk-heldout-5.jsonl (its misses never read):
// raise them as the screen improves, never lower them, never edit the file.
describe('risk-heldout-5.jsonl: recorded first-contact floors', () => {
  it('rules alone (the shipped screen) do not fall below their first-contact scores', () => {
    const evaluation = evaluateRisk(fixture('risk-heldout-5.jsonl'));
    const recall = (category: string): number | undefined => evaluation.categories.find((c) => c.category === category)?.recall;
    expect(evaluation.falseAlarms).toBeLessThanOrEqual(5);
    expect(recall('suicide')).toBeGreaterThanOrEqual(0.555);
    expect(recall('partner_violence')).toBeGreaterThanOrEqual(0.72);
    expect(recall('sexual_violence')).toBeGreaterThanOrEqual(0.666);
    expect(recall('child_abuse')).toBeGreaterThanOrEqual(0.5);
  });

  it('rules plus the backstop do not fall below their first-contact scores', () => {
    const s = score('risk-heldout-5.jsonl', withBackstop);
    expect(s.falseAlarms).toBeLessThanOrEqual(5);
    expect(s.recall('suicide')).toBeGreaterThanOrEqual(0.866);
    expect(s.recall('partner_violence')).toBeGreaterThanOrEqual(0.72);
    expect(s.recall('sexual_violence')).toBeGreaterThanOrEqual(0.75);
    expect(s.recall('child_abuse')).toBeGreaterThanOrEqual(0.5);
  });
});
