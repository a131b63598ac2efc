/**
 * `npm run bench`: runs every benchmark in this folder (each file's default export) one after
 * another and prints their numbers. Pass names to run only some: `npm run bench -- screen store`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

for (const name of names) {
  console.log(`\n── ${name} ──`);
  const module = (await import(pathToFileURL(`${dir}${name}.ts`).href)) as { default?: () => Promise<void> };
  if (typeof module.default !== 'function') throw new Error(`bench/${name}.ts must export a default async function that prints its numbers.`);
  await module.default();
}
