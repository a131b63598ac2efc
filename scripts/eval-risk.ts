/**
 * Measures the crisis screen against labelled messages.
 *
 * Run: `npx tsx scripts/eval-risk.ts` prints a table for the development set and each held-out
 * set and exits 1 when any held-out set misses its targets (recall ≥ 0.98 for suicide,
 * partner_violence, sexual_violence and child_abuse; false alarms ≤ 5%). Add `--misses` to
 * list the development sets' mistakes (`--misses=suicide` only those expected or given that
 * category, `--misses=none` only false alarms), and `--dev-only` to skip the held-out sets
 * while working on rules, so their scores cannot steer the work. Held-out mistakes are never printed: reading them
 * invites tuning to them, which would spoil the measure.
 *
 * How each held-out set was written, its first-contact scores and what each round of rules
 * changed are in docs/screen-measurements.md (a log: add to it, never rewrite it).
 *
 * Scoring: a result counts as a detection for recall when its category equals the label,
 * whatever its level (`possible` means the bot asks, which is what we want); any result on a
 * message labelled `null` is a false alarm.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RISK_CATEGORIES, type RiskCategory, type RiskLevel } from '../src/safety/risk.ts';
import { screenText } from '../src/safety/screen.ts';

/** One labelled line of a risk fixture file. */
export interface RiskExample {
  /** The message as a person might type it. */
  text: string;
  /** The danger it shows, or null when the screen should stay quiet. */
  category: RiskCategory | null;
  /** How strong that danger is, or null for negatives. */
  level: RiskLevel | null;
}

/** Scores for one category. */
export interface CategoryScore {
  /** The category scored. */
  category: RiskCategory;
  /** Messages labelled with this category. */
  support: number;
  /** Of those, how many the screen gave this category. */
  found: number;
  /** Messages the screen gave this category, labelled or not. */
  predicted: number;
  /** found / predicted (1 when nothing was predicted). */
  precision: number;
  /** found / support (1 when there is no support). */
  recall: number;
}

/** One message the screen got wrong. */
export interface RiskMiss {
  /** The message. */
  text: string;
  /** Its label. */
  expected: { category: RiskCategory | null; level: RiskLevel | null };
  /** What the screen said. */
  got: { category: RiskCategory; level: RiskLevel } | null;
}

/** The full result of {@link evaluateRisk}. */
export interface RiskEvaluation {
  /** The file evaluated. */
  file: string;
  /** Labelled messages in it. */
  total: number;
  /** Per-category precision, recall and support, in RISK_CATEGORIES order. */
  categories: CategoryScore[];
  /** Share of risky messages where the screen found some risk, of any category. */
  anyRiskRecall: number;
  /** Messages labelled null. */
  negatives: number;
  /** Negatives the screen flagged. */
  falseAlarms: number;
  /** falseAlarms / negatives. */
  falseAlarmRate: number;
  /** Among correctly categorised risky messages, the share whose level matched the label too. */
  levelAgreement: number;
  /** Every message with a wrong category or a false alarm. */
  misses: RiskMiss[];
}

/** Categories whose held-out recall is a release target. */
export const RECALL_TARGET_CATEGORIES: readonly RiskCategory[] = ['suicide', 'partner_violence', 'sexual_violence', 'child_abuse'];
/** Minimum held-out recall for {@link RECALL_TARGET_CATEGORIES}. */
export const RECALL_TARGET = 0.98;
/** Maximum held-out false-alarm rate on negatives. */
export const FALSE_ALARM_TARGET = 0.05;

/**
 * Reads a JSONL fixture of `{"text", "category", "level"}` lines.
 *
 * @example readRiskExamples('test/fixtures/risk-dev.jsonl').length > 200
 */
export function readRiskExamples(file: string): RiskExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as RiskExample;
      } catch {
        throw new Error(`${file}:${n} is not valid JSON; each line must be {"text": ..., "category": ..., "level": ...}.`);
      }
    });
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * Runs the screen over a labelled file and scores it.
 *
 * @example evaluateRisk('test/fixtures/risk-heldout.jsonl').falseAlarmRate <= 0.05
 */
export function evaluateRisk(file: string): RiskEvaluation {
  const examples = readRiskExamples(file);
  const results = examples.map((example) => ({ example, risk: screenText(example.text) }));
  const categories = RISK_CATEGORIES.map((category): CategoryScore => {
    const support = results.filter((r) => r.example.category === category).length;
    const predicted = results.filter((r) => r.risk?.category === category).length;
    const found = results.filter((r) => r.example.category === category && r.risk?.category === category).length;
    return { category, support, found, predicted, precision: ratio(found, predicted), recall: ratio(found, support) };
  });
  const risky = results.filter((r) => r.example.category !== null);
  const negatives = results.filter((r) => r.example.category === null);
  const correct = risky.filter((r) => r.risk?.category === r.example.category);
  const misses = results
    .filter((r) => (r.risk?.category ?? null) !== r.example.category)
    .map((r) => ({
      text: r.example.text,
      expected: { category: r.example.category, level: r.example.level },
      got: r.risk === null ? null : { category: r.risk.category, level: r.risk.level },
    }));
  const falseAlarms = negatives.filter((r) => r.risk !== null).length;
  return {
    file,
    total: results.length,
    categories,
    anyRiskRecall: ratio(risky.filter((r) => r.risk !== null).length, risky.length),
    negatives: negatives.length,
    falseAlarms,
    falseAlarmRate: ratio(falseAlarms, negatives.length) * (negatives.length === 0 ? 0 : 1),
    levelAgreement: ratio(correct.filter((r) => r.risk?.level === r.example.level).length, correct.length),
    misses,
  };
}

/** The targets the held-out set must meet; an empty list means it passes. */
export function targetFailures(evaluation: RiskEvaluation): string[] {
  const failures = evaluation.categories
    .filter((c) => RECALL_TARGET_CATEGORIES.includes(c.category) && c.recall < RECALL_TARGET)
    .map((c) => `${c.category} recall ${c.recall.toFixed(3)} < ${RECALL_TARGET}`);
  if (evaluation.falseAlarmRate > FALSE_ALARM_TARGET) {
    failures.push(`false alarms ${(evaluation.falseAlarmRate * 100).toFixed(1)}% > ${FALSE_ALARM_TARGET * 100}%`);
  }
  return failures;
}

/** Renders an evaluation as a plain-text table. */
export function formatEvaluation(title: string, e: RiskEvaluation): string {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (x: number): string => x.toFixed(3).padStart(9);
  const lines = [
    `${title} — ${e.file} (${e.total} messages)`,
    `${pad('category', 18)}${'support'.padStart(9)}${'precision'.padStart(10)}${'recall'.padStart(9)}`,
    ...e.categories.map((c) => `${pad(c.category, 18)}${String(c.support).padStart(9)}${num(c.precision).padStart(10)}${num(c.recall)}`),
    `${pad('any risk detected', 18)}${String(e.total - e.negatives).padStart(9)}${''.padStart(10)}${num(e.anyRiskRecall)}`,
    `false alarms on negatives: ${e.falseAlarms}/${e.negatives} = ${(e.falseAlarmRate * 100).toFixed(1)}%`,
    `level agreement (when the category is right): ${(e.levelAgreement * 100).toFixed(1)}%`,
  ];
  return lines.join('\n');
}

function formatMisses(misses: readonly RiskMiss[]): string {
  return misses
    .map((m) => `  ${JSON.stringify(m.text)}  expected ${m.expected.category ?? 'none'}/${m.expected.level ?? '-'}, got ${m.got ? `${m.got.category}/${m.got.level}` : 'none'}`)
    .join('\n');
}

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/**
 * Every development file the screen may be tuned on: test/fixtures/risk-dev*.jsonl, sorted,
 * as absolute paths. Held-out files never match.
 *
 * @example devFiles().some((f) => f.endsWith('risk-dev.jsonl')) // true
 */
export function devFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => /^risk-dev(-[a-z0-9-]+)?\.jsonl$/.test(name))
    .sort()
    .map((name) => FIXTURES + name);
}

/**
 * Every held-out file: test/fixtures/risk-heldout*.jsonl in the order they were written (the
 * first set, then by number), as file names. A new blind set is picked up by the evaluation
 * and by the tests as soon as it is committed; the tests then ask for its floor.
 *
 * @example heldoutFiles()[0] // 'risk-heldout.jsonl'
 */
export function heldoutFiles(): string[] {
  const order = (name: string): number => Number(/-(\d+)\.jsonl$/.exec(name)?.[1] ?? 1);
  return readdirSync(FIXTURES)
    .filter((name) => /^risk-heldout(-\d+)?\.jsonl$/.test(name))
    .sort((a, b) => order(a) - order(b));
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const missesArg = process.argv.find((a) => a === '--misses' || a.startsWith('--misses='));
  const only = missesArg?.split('=')[1];
  const devOnly = process.argv.includes('--dev-only');
  for (const file of devFiles()) {
    const dev = evaluateRisk(file);
    console.log(formatEvaluation('Development set (tuned on)', dev));
    const misses = dev.misses.filter((m) => only === undefined || m.expected.category === only || m.got?.category === only || (only === 'none' && m.expected.category === null));
    if (missesArg !== undefined && misses.length > 0) console.log(`misses:\n${formatMisses(misses)}`);
    console.log('');
  }
  let failed = false;
  for (const name of devOnly ? [] : heldoutFiles()) {
    const heldout = evaluateRisk(`${root}test/fixtures/${name}`);
    console.log(formatEvaluation('Held-out set (not tuned on)', heldout));
    const failures = targetFailures(heldout);
    if (failures.length === 0) console.log('targets met');
    else {
      console.log(`targets MISSED: ${failures.join('; ')}`);
      failed = true;
    }
    console.log('');
  }
  console.log(`Targets: recall ≥ ${RECALL_TARGET} for ${RECALL_TARGET_CATEGORIES.join(', ')}; false alarms ≤ ${FALSE_ALARM_TARGET * 100}%.`);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
