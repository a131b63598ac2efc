import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/safety/screen.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const transcripts = fileURLToPath(new URL('../transcripts/', import.meta.url));

/** What people write while being coached: apology drafts, statements, listening replies, scripted chats. */
function coachingTexts(): string[] {
  const fromFixtures = readdirSync(fixtures)
    .filter((f) => /^(apology|statement|listening)-.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(fixtures + f, 'utf8').split('\n').filter((l) => l.trim()))
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const fromChats = readdirSync(transcripts)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(transcripts + f, 'utf8').split('\n'))
    .filter((l) => l.startsWith('you: ') && !l.startsWith('you: /'))
    .map((l) => l.slice(5));
  return [...fromFixtures, ...fromChats];
}

describe('the crisis screen stays quiet on ordinary coaching text', () => {
  const texts = coachingTexts();

  it('has a real corpus to check', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('never interrupts an apology draft, an I-statement or a reflection with a crisis question', () => {
    const alarms = texts.filter((t) => screenText(t) !== null);
    expect(alarms).toEqual([]);
  });
});
