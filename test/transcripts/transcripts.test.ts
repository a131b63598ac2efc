/**
 * Replays the scripted conversations in this folder through the real `kintsugi chat` command
 * (console channel, in-memory store) and checks every line the bot says. The person's lines are
 * the `you:` lines of each transcript; `#` lines at the top describe the script.
 *
 * After an intended change to what the bot says, regenerate with
 *   UPDATE_TRANSCRIPTS=1 npx vitest run test/transcripts/transcripts.test.ts
 * and review the diff.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', '..', 'bin', 'kintsugi.js');

/** Settings blanked so a developer's .env (Redis, Telegram, escalation) cannot change the run. */
const isolated = {
  REDIS_URL: '',
  TELEGRAM_BOT_TOKEN: '',
  TELEGRAM_WEBHOOK_URL: '',
  TELEGRAM_API_ROOT: '',
  ESCALATION_WEBHOOK_URL: '',
  ESCALATION_SLACK_WEBHOOK_URL: '',
  RESOURCES_DIR: '',
  LOG_LEVEL: 'error',
};

function chat(lines: string[], user: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [bin, 'chat', '--user', user],
      { cwd, env: { ...process.env, ...isolated }, timeout: 60_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`kintsugi chat failed: ${error.message}\n${stderr}`)) : resolve(stdout)),
    );
    child.stdin?.end(lines.map((l) => `${l}\n`).join(''));
  });
}

function split(transcript: string): { header: string; body: string; said: string[] } {
  const lines = transcript.split('\n');
  const firstReal = lines.findIndex((l) => !l.startsWith('#'));
  const header = lines.slice(0, firstReal).map((l) => `${l}\n`).join('');
  const body = lines.slice(firstReal).join('\n');
  const said = body.split('\n').filter((l) => l.startsWith('you: ')).map((l) => l.slice('you: '.length));
  return { header, body, said };
}

/** What each script exists to show; checked on top of the exact playback. */
const mustShow: Record<string, RegExp[]> = {
  'apology-coach.txt': [/bot: • "but you made me lie" hands part of the blame/, /bot: • "Sorry if you were hurt"/, /5 of 5 parts/, /saved your final version to your journal/],
  'i-statement.txt': [/bot: • "never"/, /bot: • "selfish"/, /bot: Before:\nbot: "You never listen to me/, /bot: After:\nbot: "I feel unheard when/],
  'repair-broke.txt': [/Step 7 of 7/, /Welcome back/],
  'repair-hurt.txt': [/Step 7 of 7/, /Welcome back/],
};

describe.each(readdirSync(here).filter((f) => f.endsWith('.txt')).sort())('transcript %s', (name) => {
  it('plays back exactly through `kintsugi chat`', async () => {
    const file = join(here, name);
    const { header, body, said } = split(await readFile(file, 'utf8'));
    expect(said.length).toBeGreaterThan(5);
    const cwd = await mkdtemp(join(tmpdir(), 'kintsugi-transcript-'));
    try {
      const output = await chat(said, `transcript-${name}-${Date.now()}`, cwd);
      for (const pattern of mustShow[name] ?? []) expect(output).toMatch(pattern);
      if (process.env.UPDATE_TRANSCRIPTS) await writeFile(file, header + output);
      else expect(output).toBe(body);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 90_000);
});
