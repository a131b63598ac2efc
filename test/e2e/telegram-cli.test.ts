import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegramBotApi } from '../fakes/telegram-bot-api.ts';

/**
 * `kintsugi` with `TELEGRAM_BOT_TOKEN` set starts the Telegram channel: the real command, as
 * an operator runs it, against the local Bot API stand-in (`TELEGRAM_API_ROOT`).
 */
describe('kintsugi with TELEGRAM_BOT_TOKEN', () => {
  let child: ChildProcess | undefined;
  let api: FakeTelegramBotApi | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await api?.close();
    child = undefined;
    api = undefined;
  });

  it('serves Telegram by long polling, and stops cleanly on SIGTERM', async () => {
    api = await FakeTelegramBotApi.start();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
    };
    child = spawn(process.execPath, ['bin/kintsugi.js'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

    const fake = api;
    await fake.waitFor('the bot to poll', () => fake.callsTo('getUpdates').length > 0, 15_000).catch((error: Error) => {
      throw new Error(`${error.message}\nkintsugi said: ${stderr}`);
    });
    expect(fake.commands.map((c) => c.command)).toContain('start');

    const ana = fake.newUser();
    await fake.sendText(ana, '/start').processed(15_000);
    expect(fake.textsTo(ana.id).join('\n')).toMatch(/automated coach/i);

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
