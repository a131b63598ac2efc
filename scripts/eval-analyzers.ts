/**
 * Measures the free-text analyzers (apology, statement, listening) against our labelled sets in test/fixtures/: precision,
 * recall and F1 per label, on the development sets (which the analyzers were tuned on) and on
 * the held-out sets (which they were not). Run directly it prints the table and exits non-zero
 * when any held-out label falls below F1 0.9.
 *
 * @example npx tsx scripts/eval-analyzers.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeApology, APOLOGY_ANTIPATTERNS, APOLOGY_COMPONENTS } from '../src/analyzers/apology.ts';
import { analyzeListening, HELPFUL_MOVES, UNHELPFUL_MOVES } from '../src/analyzers/listening.ts';
import { analyzeStatement } from '../src/analyzers/statement.ts';

/** The F1 every held-out label must reach. */
export const HELD_OUT_TARGET = 0.9;

/** Counts and scores for one label on one set. */
export interface LabelScore {
  /** Label name, e.g. `regret` or `kind:you_statement`. */
  label: string;
  /** True positives, false positives, false negatives. */
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was predicted and nothing expected. */
  precision: number;
  /** tp / (tp + fn); 1 when nothing was expected. */
  recall: number;
  /** Harmonic mean of precision and recall. */
  f1: number;
}

/** One set's results. */
export interface SetScore {
  /** e.g. `apology-heldout`. */
  set: string;
  /** How many examples it has. */
  size: number;
  /** Scores per label. */
  labels: LabelScore[];
  /** Texts whose predictions differ from the labels, with the labels that differ (for tuning dev only). */
  misses: Array<{ text: string; wrong: string[] }>;
}

interface ApologyRow { text: string; components: string[]; antipatterns: string[]; isApology: boolean }
interface StatementRow { text: string; kind: string; absolutes: string[]; labels: string[]; mindReading: boolean; feeling: boolean; behaviour: boolean; need: boolean; request: boolean }

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** Reads a JSON-lines fixture. */
function readJsonl<T>(name: string): T[] {
  return readFileSync(`${FIXTURES}${name}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`test/fixtures/${name}.jsonl line ${i + 1} is not valid JSON; fix that line.`);
      }
    });
}

/** Scores predicted vs expected label sets, one pair per example. */
function score(set: string, labelNames: readonly string[], pairs: Array<{ text: string; expected: Set<string>; predicted: Set<string> }>): SetScore {
  const labels = labelNames.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      const e = p.expected.has(label);
      const g = p.predicted.has(label);
      if (e && g) tp += 1;
      else if (g) fp += 1;
      else if (e) fn += 1;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, tp, fp, fn, precision, recall, f1 };
  });
  const misses = pairs
    .map((p) => ({ text: p.text, wrong: labelNames.filter((l) => p.expected.has(l) !== p.predicted.has(l)).map((l) => (p.expected.has(l) ? `-${l}` : `+${l}`)) }))
    .filter((m) => m.wrong.length > 0);
  return { set, size: pairs.length, labels, misses };
}

const APOLOGY_LABELS = [...APOLOGY_COMPONENTS, ...APOLOGY_ANTIPATTERNS, 'isApology'];
const STATEMENT_LABELS = ['kind:you_statement', 'kind:i_statement', 'kind:neutral', 'absolutes', 'labels', 'mindReading', 'feeling', 'behaviour', 'need', 'request'];

/** Scores the apology analyzer on one fixture. */
function evaluateApology(name: string): SetScore {
  const pairs = readJsonl<ApologyRow>(name).map((row) => {
    const a = analyzeApology(row.text);
    const expected = new Set([...row.components, ...row.antipatterns, ...(row.isApology ? ['isApology'] : [])]);
    const predicted = new Set<string>([...APOLOGY_COMPONENTS.filter((c) => a.components[c]), ...a.antipatterns, ...(a.isApology ? ['isApology'] : [])]);
    return { text: row.text, expected, predicted };
  });
  return score(name, APOLOGY_LABELS, pairs);
}

/** Turns a statement (expected or analysed) into the label names it has. */
function statementLabels(s: Omit<StatementRow, 'text'>): Set<string> {
  const out = new Set<string>([`kind:${s.kind}`]);
  if (s.absolutes.length > 0) out.add('absolutes');
  if (s.labels.length > 0) out.add('labels');
  for (const key of ['mindReading', 'feeling', 'behaviour', 'need', 'request'] as const) if (s[key]) out.add(key);
  return out;
}

/** Scores the statement analyzer on one fixture. */
function evaluateStatement(name: string): SetScore {
  const pairs = readJsonl<StatementRow>(name).map((row) => ({ text: row.text, expected: statementLabels(row), predicted: statementLabels(analyzeStatement(row.text)) }));
  return score(name, STATEMENT_LABELS, pairs);
}

const LISTENING_LABELS = [...HELPFUL_MOVES, ...UNHELPFUL_MOVES];

/** Scores the listening analyzer on one fixture (rows carry one boolean per move). */
function evaluateListening(name: string): SetScore {
  const pairs = readJsonl<Record<string, unknown> & { text: string }>(name).map((row) => {
    const a = analyzeListening(row.text);
    return { text: row.text, expected: new Set(LISTENING_LABELS.filter((l) => row[l] === true)), predicted: new Set(LISTENING_LABELS.filter((l) => a[l])) };
  });
  return score(name, LISTENING_LABELS, pairs);
}

/**
 * Scores the three analyzers on the development and held-out sets.
 *
 * @example evaluateAnalyzers().find((s) => s.set === 'apology-heldout')
 */
export function evaluateAnalyzers(): SetScore[] {
  return [
    evaluateApology('apology-dev'),
    evaluateApology('apology-heldout'),
    evaluateStatement('statement-dev'),
    evaluateStatement('statement-heldout'),
    evaluateListening('listening-dev'),
    evaluateListening('listening-heldout'),
  ];
}

/** The held-out labels below the target, as `set label f1` strings. */
export function heldOutShortfalls(scores: SetScore[]): string[] {
  return scores
    .filter((s) => s.set.endsWith('heldout'))
    .flatMap((s) => s.labels.filter((l) => l.f1 < HELD_OUT_TARGET).map((l) => `${s.set} ${l.label} F1 ${l.f1.toFixed(2)}`));
}

/** Formats one set as a plain-text table. */
function table(s: SetScore): string {
  const rows = s.labels.map((l) => `  ${l.label.padEnd(20)} ${l.precision.toFixed(2).padStart(9)} ${l.recall.toFixed(2).padStart(7)} ${l.f1.toFixed(2).padStart(5)}   (tp ${l.tp}, fp ${l.fp}, fn ${l.fn})`);
  return [`${s.set} (${s.size} examples)`, `  ${'label'.padEnd(20)} precision  recall    F1`, ...rows].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const scores = evaluateAnalyzers();
  for (const s of scores) console.log(`${table(s)}\n`);
  if (process.argv.includes('--misses')) {
    for (const s of scores.filter((x) => x.set.endsWith('dev'))) for (const m of s.misses) console.log(`${s.set}: ${m.wrong.join(' ')}  <- ${m.text}`);
  }
  const short = heldOutShortfalls(scores);
  if (short.length > 0) {
    console.log(`Held-out labels below F1 ${HELD_OUT_TARGET}:\n  ${short.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`Every held-out label reaches F1 ${HELD_OUT_TARGET}.`);
  }
}
