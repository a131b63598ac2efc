import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDotEnv } from '../src/config.ts';

describe('configuration', () => {
  it('needs nothing for a local chat: memory store, no channel, sensible defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ nodeEnv: 'development', logLevel: 'info', http: { host: '127.0.0.1', port: 3000 } });
    expect(config.redis).toBeUndefined();
    expect(config.telegram).toBeUndefined();
  });

  it('reads Redis settings, accepting one key as SESSION_ENCRYPTION_KEY', () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6380', SESSION_TTL_DAYS: '30', SESSION_ENCRYPTION_KEY: 'k' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6380', ttlDays: 30, encryptionKeys: 'k' });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ REDIS_URL: '', TELEGRAM_BOT_TOKEN: '  ' }).redis).toBeUndefined();
  });

  it('names every problem and how to fix it', () => {
    try {
      loadConfig({ LOG_LEVEL: 'loud', PORT: 'eighty', TELEGRAM_WEBHOOK_URL: 'http://bot.example.com/tg', TELEGRAM_BOT_TOKEN: '1:short' });
      expect.unreachable('a bad configuration must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/LOG_LEVEL must be one of/);
      expect(message).toMatch(/PORT must be a port number/);
      expect(message).toMatch(/TELEGRAM_BOT_TOKEN does not look like a token.*unset it to chat locally/);
      expect(message).toMatch(/See \.env\.example/);
    }
  });

  it('insists on https and a secret for a Telegram webhook', () => {
    const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'http://bot.example.com/tg', TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(32) })).toThrow(
      /must use https/,
    );
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/tg' })).toThrow(/TELEGRAM_WEBHOOK_SECRET is required/);
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/tg', TELEGRAM_WEBHOOK_SECRET: 'x'.repeat(32) });
    expect(config.telegram?.webhook).toEqual({ url: 'https://bot.example.com/tg', secret: 'x'.repeat(32) });
  });

  it('loads .env without overriding variables already set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kintsugi-env-'));
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=debug\nREDIS_URL=redis://127.0.0.1:6399\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    loadDotEnv(join(dir, '.env'), env);
    expect(env).toEqual({ LOG_LEVEL: 'warn', REDIS_URL: 'redis://127.0.0.1:6399' });
    loadDotEnv(join(dir, 'missing.env'), env);
    expect(Object.keys(env)).toHaveLength(2);
  });
});
