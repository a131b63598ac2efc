/**
 * Benchmark: how fast the crisis screen is. Prints messages per second and milliseconds per
 * message over a mix of labelled fixture texts, and the time for one 20 kB message.
 *
 * Run: `npx tsx bench/screen.ts` (or through `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { screenText } from '../src/safety/screen.ts';

const FIXTURES = ['risk-dev.jsonl', 'risk-heldout.jsonl', 'risk-heldout-2.jsonl'];

function fixtureTexts(): string[] {
  return FIXTURES.flatMap((name) =>
    readFileSync(fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url)), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

function time(runs: number, fn: (i: number) => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs the benchmark and prints one line per measurement. */
export default async function run(): Promise<void> {
  const texts = fixtureTexts();
  const messages = 20_000;
  time(2_000, (i) => screenText(texts[i % texts.length] as string)); // warm up the regex engine
  const ms = time(messages, (i) => screenText(texts[i % texts.length] as string));
  console.log(`screen: ${(ms / messages).toFixed(4)} ms/message, ${Math.round((messages / ms) * 1000)} messages/s (${messages} fixture messages)`);

  let big = '';
  for (let i = 0; big.length < 20_000; i++) big += `${texts[i % texts.length]} `;
  big = big.slice(0, 20_000);
  const bigRuns = 50;
  const bigMs = time(bigRuns, () => screenText(big));
  console.log(`screen: ${(bigMs / bigRuns).toFixed(3)} ms/message (one 20 kB message, ${bigRuns} runs)`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
