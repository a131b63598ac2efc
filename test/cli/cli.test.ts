import { describe, expect, inject, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('kintsugi chat (transcript mode)', () => {
  it('prints the greeting and the next question for `/start` then `1`', async () => {
    const run = await runCli(['chat'], '/start\n1\n');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('you: /start');
    expect(run.stdout).toMatch(/^bot: Hi, I'm Kintsugi/m);
    expect(run.stdout).toMatch(/^bot: .*automated coach/m);
    expect(run.stdout).toMatch(/^bot: {3}1\. Yes, remember them$/m);
    expect(run.stdout).toMatch(/^you: 1\nbot: Thank you/m);
    expect(run.stdout).toMatch(/^bot: Which of these fits best right now\?$/m);
    expect(run.stderr).toBe('');
  });

  it('answers by typed words as well as numbers, and exits at the end of input', async () => {
    const run = await runCli(['chat', '--user', 'words'], '/start\nyes, remember them\nsomeone broke my trust\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bot: Who is this about\?/);
  });

  it('shows crisis resources, and never logs what the person wrote', async () => {
    const run = await runCli(['chat'], 'I want to kill myself\n', { LOG_LEVEL: 'debug' });
    expect(run.stdout).toMatch(/988/);
    expect(run.stderr).toMatch(/"evt":"risk"/);
    expect(run.stderr).not.toMatch(/kill myself/);
  });

  it('remembers a person across runs when REDIS_URL is set', async () => {
    const env = { REDIS_URL: inject('redisUrl'), LOG_LEVEL: 'silent' };
    const user = `cli-${Date.now()}`;
    const first = await runCli(['chat', '--user', user], '/start\n1\n2\n1\n3\n1\n', env);
    expect(first.stdout).toMatch(/What would you like to work on\?/);
    const second = await runCli(['chat', '--user', user], '/start\n', env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Welcome back/);
    const stranger = await runCli(['chat', '--user', `${user}-other`], '/start\n', env);
    expect(stranger.stdout).not.toMatch(/Welcome back/);
  });
});

describe.concurrent('kintsugi configuration errors', () => {
  it('explains a bad Telegram token and how to fix it, and exits 2', async () => {
    const run = await runCli([], '', { TELEGRAM_BOT_TOKEN: 'not-a-token' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TELEGRAM_BOT_TOKEN does not look like a token/);
    expect(run.stderr).toMatch(/unset it to chat locally/);
  });

  it('lists every problem at once', async () => {
    const run = await runCli(['chat'], '', { REDIS_URL: 'localhost:6379', SESSION_TTL_DAYS: 'forever' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/REDIS_URL must look like redis:\/\//);
    expect(run.stderr).toMatch(/SESSION_TTL_DAYS/);
  });

  it('refuses a webhook without a secret', async () => {
    const run = await runCli([], '', { TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/tg' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TELEGRAM_WEBHOOK_SECRET is required/);
  });

  it('rejects an unknown command with the usage', async () => {
    const run = await runCli(['chatt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown command "chatt"/);
    expect(run.stderr).toMatch(/kintsugi chat/);
  });
});

describe.concurrent('kintsugi analyze', () => {
  it('risk --json prints null for an idiom and a category and level for danger', async () => {
    const idiom = await runCli(['analyze', 'risk', 'this fight is killing me', '--json']);
    expect(JSON.parse(idiom.stdout)).toEqual({ risk: null });
    const danger = await runCli(['analyze', 'risk', "i'm going to kill myself tonight", '--json']);
    expect(JSON.parse(danger.stdout).risk).toMatchObject({ category: 'suicide', level: 'imminent' });
  });

  it('apology --json prints components, antipatterns and a score', async () => {
    const run = await runCli(['analyze', 'apology', "I'm sorry if you were hurt, but you made me do it", '--json']);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result).sort()).toEqual(['antipatterns', 'components', 'score']);
    expect(result.antipatterns).toEqual(expect.arrayContaining(['conditional', 'blame_shift']));
    expect(result.score).toBeLessThan(50);
  });

  it('statement --json finds a blaming you-statement with an absolute', async () => {
    const run = await runCli(['analyze', 'statement', 'You never listen to me', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'you_statement', absolutes: ['never'] });
  });

  it('--jsonl reads one {"text"} per line and prints one result per line, flagging bad lines', async () => {
    const input = '{"text": "I feel unheard when my concerns are not acknowledged"}\nnot json\n{"text": "You always lie"}\n';
    const run = await runCli(['analyze', 'statement', '--jsonl'], input);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].kind).toBe('i_statement');
    expect(lines[1]).toEqual({ error: 'invalid line', line: 2 });
    expect(lines[2].kind).toBe('you_statement');
    expect(run.stderr).toMatch(/Line 2 is not a JSON object/);
    expect(run.code).toBe(1);
  });

  it('says how to call it when the text is missing or the kind is unknown', async () => {
    expect((await runCli(['analyze', 'apology'])).stderr).toMatch(/Give the text to analyse in quotes/);
    const unknown = await runCli(['analyze', 'mood', 'hi']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Use one of: risk, apology, statement/);
  });
});
