import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELDOUT_FILES, devFiles, readRiskExamples } from '../../scripts/eval-risk.ts';
import { TRAINING_FILES, readProductNegativeExamples, readTrainingExamples, train } from '../../scripts/train-screen-model.ts';
import { modelScreen } from '../../src/safety/screen-model.ts';
import { screenText } from '../../src/safety/screen.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('crisis-screen backstop model: ordinary relationship pain stays quiet', () => {
  it.each(["this fight is killing me", 'kill me lol', "she'll murder me for forgetting", 'I want to end it with him', "I'm done with him"])(
    '%j → null from the model and from the screen',
    (text) => {
      expect(modelScreen(text)).toBeNull();
      expect(screenText(text)).toBeNull();
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

  it('learns from dev files and from the product’s everyday coaching text (dev files only), never from held-out text', () => {
    const examples = readTrainingExamples();
    const dev = devFiles().map((f) => f.split('/').pop());
    for (const name of TRAINING_FILES) expect(dev).toContain(name);
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
    const sentence = 'Some nights I sit in the car in the garage and think about not going back inside at all.';
    expect(modelScreen(sentence)).not.toBeNull();
    expect(modelScreen(story)).toBeNull();
    expect(modelScreen(`${story}${sentence}`)).not.toBeNull();
    expect(screenText(story)).toBeNull();
    expect(screenText(`${story}${sentence}`)).not.toBeNull();
  });
});
