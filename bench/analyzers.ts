/**
 * Speed of the free-text analyzers: milliseconds per message over every fixture text, run
 * many times. They run on every coaching message, so they must stay well under a millisecond.
 *
 * @example npx tsx -e "import('./bench/analyzers.ts').then((m) => m.default())"
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeApology } from '../src/analyzers/apology.ts';
import { analyzeListening } from '../src/analyzers/listening.ts';
import { analyzeStatement } from '../src/analyzers/statement.ts';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** The texts of one family of fixtures (dev and held-out). */
function texts(prefix: string): string[] {
  return ['dev', 'heldout'].flatMap((set) =>
    readFileSync(`${FIXTURES}${prefix}-${set}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim().length > 0)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

/** Times `analyze` over `inputs` until at least `total` messages are done; prints one line. */
function measure(name: string, inputs: string[], analyze: (text: string) => unknown, total = 20_000): void {
  for (let i = 0; i < 500; i += 1) analyze(inputs[i % inputs.length] as string);
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < total; i += 1) if (analyze(inputs[i % inputs.length] as string)) sink += 1;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (sink < 0) console.log(sink);
  console.log(`${name}: ${(ms / total).toFixed(4)} ms/message (${total} messages)`);
}

/** Prints the speed of each analyzer. */
export default async function run(): Promise<void> {
  measure('analyzeApology', texts('apology'), analyzeApology);
  measure('analyzeStatement', texts('statement'), analyzeStatement);
  measure('analyzeListening', texts('listening'), analyzeListening);
  const long = texts('apology').join(' ').slice(0, 4000);
  measure(`analyzeApology, one ${long.length}-character message (about Telegram's limit)`, [long], analyzeApology, 500);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
