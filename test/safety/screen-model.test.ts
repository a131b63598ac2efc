import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { devFiles, heldoutFiles, readRiskExamples } from '../../scripts/eval-risk.ts';
import { TRAINING_FILES, TRAINING_FILES_OF, WIDE_HELD_BACK, readProductNegativeExamples, readTrainingExamples, train } from '../../scripts/train-screen-model.ts';
import { BACKSTOPS, classify, loadScreenModel, modelScreen } from '../../src/safety/screen-model.ts';
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

  it.each(BACKSTOPS)('the %s backstop learns from dev files and from the product’s everyday coaching text (dev files only), never from held-out text', (backstop) => {
    const examples = readTrainingExamples(backstop);
    const dev = devFiles().map((f) => f.split('/').pop());
    for (const name of TRAINING_FILES_OF[backstop]) expect(dev).toContain(name);
    const product = readProductNegativeExamples();
    expect(product.length).toBeGreaterThan(400);
    expect(examples.filter((e) => e.source === 'product')).toHaveLength(product.length);
    const devTexts = new Set(devFiles().flatMap((f) => readRiskExamples(f).map((e) => e.text)));
    expect(devTexts.size).toBeGreaterThan(3000);
    const heldOut = heldoutFiles().flatMap((f) => readRiskExamples(fixture(f)).map((e) => e.text)).filter((t) => !devTexts.has(t));
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

describe('crisis-screen backstop model: the wide backstop', () => {
  it('learns from every dev file but the few held back, so a new one teaches it without being listed', () => {
    const dev = devFiles().map((f) => f.split('/').pop() ?? '');
    for (const name of WIDE_HELD_BACK) expect(dev).toContain(name);
    expect([...TRAINING_FILES_OF.wide].sort()).toEqual(dev.filter((name) => name.startsWith('risk-dev') && !WIDE_HELD_BACK.has(name)).sort());
    expect(TRAINING_FILES_OF.wide.length).toBeGreaterThan(TRAINING_FILES.length);
  });

  it('is asked first, and the core backstop still answers when the wide one is silent', () => {
    const core = loadScreenModel('core');
    const wide = loadScreenModel('wide');
    const hears = (model: typeof core, text: string): boolean => classify(model, text).risk >= model.threshold;
    const pasted = readRiskExamples(fixture('risk-dev-forwarded.jsonl')).filter((e) => e.category !== null);
    // Someone else's words pasted in: a style the core backstop never learned from, the wide one did.
    const wideOnly = pasted.filter((e) => hears(wide, e.text) && !hears(core, e.text));
    expect(wideOnly.length).toBeGreaterThan(10);
    for (const { text } of wideOnly) expect(modelScreen(text)).toEqual({ category: classify(wide, text).category, level: 'possible' });
    const coreOnly = readRiskExamples(fixture('risk-dev.jsonl')).filter((e) => e.category !== null && hears(core, e.text) && !hears(wide, e.text));
    expect(coreOnly.length).toBeGreaterThan(0);
    for (const { text } of coreOnly) expect(modelScreen(text)).toEqual({ category: classify(core, text).category, level: 'possible' });
  });
});
