import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeApology, toApologyJson } from '../analyzers/apology.ts';
import { analyzeStatement, toStatementJson } from '../analyzers/statement.ts';
import { screenText } from '../safety/screen.ts';

/** The analyzers `kintsugi analyze` can run, each turning text into one JSON-ready object. */
export const analyzers = {
  risk: (text: string) => {
    const risk = screenText(text);
    return { risk: risk && { category: risk.category, level: risk.level } };
  },
  apology: (text: string) => toApologyJson(analyzeApology(text)),
  statement: (text: string) => toStatementJson(analyzeStatement(text)),
} as const;

/** A name of {@link analyzers}. */
export type AnalyzerName = keyof typeof analyzers;

/**
 * `kintsugi analyze <kind> "<text>" [--json]` prints one analysis; with `--jsonl` it reads
 * `{"text": …}` lines from `input` and prints one result per line. Returns the exit code.
 *
 * @example await runAnalyze('risk', 'I want to disappear', { json: true }, process.stdin, process.stdout, process.stderr)
 */
export async function runAnalyze(
  kind: string,
  text: string | undefined,
  flags: { json: boolean; jsonl: boolean },
  input: Readable,
  output: Writable,
  errors: Writable,
): Promise<number> {
  if (!(kind in analyzers)) {
    errors.write(`Unknown analyzer "${kind}". Use one of: ${Object.keys(analyzers).join(', ')}.\n`);
    return 2;
  }
  const analyze = analyzers[kind as AnalyzerName];
  if (flags.jsonl) {
    let line = 0;
    let failed = 0;
    for await (const raw of createInterface({ input })) {
      line++;
      if (!raw.trim()) continue;
      const parsed = parseLine(raw);
      if (parsed === undefined) {
        errors.write(`Line ${line} is not a JSON object with a "text" string, e.g. {"text": "I'm sorry"}; skipped.\n`);
        output.write(JSON.stringify({ error: 'invalid line', line }) + '\n');
        failed++;
        continue;
      }
      output.write(JSON.stringify(analyze(parsed)) + '\n');
    }
    return failed ? 1 : 0;
  }
  if (text === undefined) {
    errors.write(`Give the text to analyse in quotes, e.g. kintsugi analyze ${kind} "I'm sorry I lied" --json, or use --jsonl to read lines from stdin.\n`);
    return 2;
  }
  const result = analyze(text);
  output.write((flags.json ? JSON.stringify(result) : JSON.stringify(result, null, 2)) + '\n');
  return 0;
}

function parseLine(raw: string): string | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
      return (value as { text: string }).text;
    }
  } catch {
    // reported by the caller
  }
  return undefined;
}
