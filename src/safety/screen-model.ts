/**
 * The crisis screen's learned backstop: a small multinomial logistic-regression classifier
 * over normalised word unigrams, bigrams and skip-bigrams, character 3–5-grams, and the same
 * word shapes over concept tags (screen-concepts.ts), trained by
 * scripts/train-screen-model.ts on the development files only (test/fixtures/risk-dev*.jsonl
 * plus everyday coaching text as negatives; weights in data/screen-model.json).
 *
 * screen.ts asks it only when no lexicon rule matched. When its probability that a message
 * carries some risk (1 − P(no risk)) reaches the threshold chosen by cross-validation on the
 * dev files, it returns the most likely category at level `possible`, so the bot asks one
 * caring question rather than asserting anything.
 *
 * There are two such models, asked in turn: the `wide` one (data/screen-model-wide.json),
 * learned from every dev file but any held back (WIDE_HELD_BACK in the training script, empty now),
 * including someone else's words pasted in, run-ons and long, heavy updates; then, when it is
 * silent, the `core` one (data/screen-model.json), learned from the first nine dev styles, so
 * everything the core model caught on its own is still caught.
 *
 * Pure and synchronous: the weights are read once, on first use, from files in the repo.
 */
import { readFileSync } from 'node:fs';
import type { Risk, RiskCategory } from './risk.ts';
import { conceptOf } from './screen-concepts.ts';
import { normalizeForScreen } from './screen-normalize.ts';

/** The classes the model scores: index 0 is "no risk", the rest are risk categories. */
export type ModelClass = RiskCategory | 'none';

/** The trained model as stored in data/screen-model.json. */
export interface ScreenModel {
  /** Format version; bump when the feature extraction changes. */
  version: number;
  /** Class names, `none` first. */
  classes: ModelClass[];
  /** Minimum P(some risk) at which the backstop speaks. */
  threshold: number;
  /** Per-class bias. */
  bias: number[];
  /** Feature → per-class weight. */
  weights: Record<string, number[]>;
}

/** Feature-extraction version; stored in the model so a stale model file is caught. */
export const FEATURE_VERSION = 2;

/** A word, or its concept tag (`{partner}`) when it belongs to one (see screen-concepts.ts). */
const tokenOf = (word: string): string => {
  const concept = conceptOf(word);
  return concept === undefined ? word : `{${concept}}`;
};

/**
 * The features of one message, each with weight 1/√n so long messages are not louder.
 * Keys: `w:word`, `b:word word`, `s:word _ word` (one word skipped), `c:abc` (character
 * 3–5-grams of the spaced text), and the same shapes over concept tags: `k:{hit}`,
 * `kb:my {partner}`, `ks:{partner} _ {hit}`.
 *
 * @example featuresOf('I want to die').has('w:die') // true
 * @example featuresOf('my fiance choked me').has('kb:{partner} {hit}') // true
 */
export function featuresOf(text: string): Map<string, number> {
  const words = normalizeForScreen(text)
    .split(' ')
    .filter((w) => w !== '' && w !== '.');
  const tokens = words.map(tokenOf);
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    keys.add(`w:${words[i]}`);
    if (i + 1 < words.length) keys.add(`b:${words[i]} ${words[i + 1]}`);
    if (i + 2 < words.length) keys.add(`s:${words[i]} _ ${words[i + 2]}`);
    if (tokens[i] !== words[i]) keys.add(`k:${tokens[i]}`);
    const pair = tokens[i + 1];
    if (pair !== undefined && (tokens[i] !== words[i] || pair !== words[i + 1])) keys.add(`kb:${tokens[i]} ${pair}`);
    const skip = tokens[i + 2];
    if (skip !== undefined && (tokens[i] !== words[i] || skip !== words[i + 2])) keys.add(`ks:${tokens[i]} _ ${skip}`);
  }
  const spaced = ` ${words.join(' ')} `;
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= spaced.length; i++) keys.add(`c:${spaced.slice(i, i + n)}`);
  }
  const value = keys.size === 0 ? 0 : 1 / Math.sqrt(keys.size);
  const features = new Map<string, number>();
  for (const key of keys) features.set(key, value);
  return features;
}

/**
 * Class probabilities for one message's features (softmax of bias + weights · features).
 *
 * @example probabilities(model, featuresOf('hi'))[0] // P(no risk)
 */
export function probabilities(model: Pick<ScreenModel, 'bias' | 'weights'>, features: ReadonlyMap<string, number>): number[] {
  const scores = [...model.bias];
  for (const [key, value] of features) {
    const w = model.weights[key];
    if (w === undefined) continue;
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0) * value;
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Where one sentence ends and the next begins. */
const SENTENCE_END = /(?<=[.!?\n…])\s+/;
/** Longer messages are scored sentence by sentence only, to keep the screen fast. */
const WHOLE_MESSAGE_LIMIT = 4000;

/**
 * What the model says about a message: P(some risk) and the most likely risk category. A
 * message of several sentences is also scored sentence by sentence and the riskiest reading
 * wins, so one dangerous clause inside a long story is not drowned out by the rest.
 *
 * @example classify(model, 'i want to sleep forever') // { risk: 0.93, category: 'suicide' }
 */
export function classify(model: ScreenModel, text: string): { risk: number; category: RiskCategory } {
  return bestReading(model, readingsOf(text));
}

/** The feature sets scored for a message: the whole (unless long and split) and each sentence. */
function readingsOf(text: string): Map<string, number>[] {
  const sentences = text.split(SENTENCE_END).filter((part) => part.trim() !== '');
  const readings = text.length <= WHOLE_MESSAGE_LIMIT || sentences.length <= 1 ? [featuresOf(text)] : [];
  if (sentences.length > 1) for (const sentence of sentences) readings.push(featuresOf(sentence));
  return readings;
}

/** The riskiest of a message's readings. */
function bestReading(model: ScreenModel, readings: readonly Map<string, number>[]): { risk: number; category: RiskCategory } {
  let out: { risk: number; category: RiskCategory } | undefined;
  for (const features of readings) {
    const result = classifyOne(model, features);
    if (out === undefined || result.risk > out.risk) out = result;
  }
  return out ?? classifyOne(model, new Map());
}

function classifyOne(model: ScreenModel, features: ReadonlyMap<string, number>): { risk: number; category: RiskCategory } {
  const p = probabilities(model, features);
  let best = 1;
  for (let k = 2; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
  return { risk: 1 - (p[0] ?? 0), category: model.classes[best] as RiskCategory };
}

/** The learned backstops, in the order they are asked. */
export const BACKSTOPS = ['wide', 'core'] as const;
/** One of the learned backstops. */
export type BackstopName = (typeof BACKSTOPS)[number];

/**
 * Where each backstop's trained weights live, relative to this file.
 *
 * @example MODEL_URLS.wide.pathname.endsWith('data/screen-model-wide.json') // true
 */
export const MODEL_URLS: Readonly<Record<BackstopName, URL>> = {
  core: new URL('../../data/screen-model.json', import.meta.url),
  wide: new URL('../../data/screen-model-wide.json', import.meta.url),
};

const loaded = new Map<BackstopName, ScreenModel>();

/**
 * A committed backstop model, read once.
 *
 * @example loadScreenModel('wide').classes[0] === 'none'
 */
export function loadScreenModel(name: BackstopName = 'core'): ScreenModel {
  const cached = loaded.get(name);
  if (cached !== undefined) return cached;
  const url = MODEL_URLS[name];
  let model: ScreenModel;
  try {
    model = JSON.parse(readFileSync(url, 'utf8')) as ScreenModel;
  } catch (error) {
    throw new Error(`Could not read the crisis-screen model at ${url.pathname}; run \`npm run train-screen\` to create it. (${String(error)})`);
  }
  if (model.version !== FEATURE_VERSION || model.classes[0] !== 'none') {
    throw new Error(`${url.pathname} is stale (version ${model.version}, expected ${FEATURE_VERSION}); run \`npm run train-screen\`.`);
  }
  loaded.set(name, model);
  return model;
}

/**
 * The backstop: a `possible` risk when the wide model is confident enough, else when the core
 * one is, else null. Call it only when the lexicon rules returned null.
 *
 * @example modelScreen('this fight is killing me') // null
 */
export function modelScreen(text: string): Risk | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const readings = readingsOf(text);
  for (const name of BACKSTOPS) {
    const model = loadScreenModel(name);
    const { risk, category } = bestReading(model, readings);
    if (risk >= model.threshold) return { category, level: 'possible' };
  }
  return null;
}
