import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * Every setting, read from the environment (and `.env` when present). Each variable is
 * documented in `.env.example`; nothing is required for a local chat.
 */
export interface Config {
  /** `production` turns on warnings for risky set-ups (no encryption key). */
  nodeEnv: string;
  logLevel: string;
  /** Secret for pseudonymous ids in logs; random per process when unset. */
  logSalt?: string;
  redis?: { url: string; ttlDays: number; encryptionKeys?: string };
  telegram?: {
    token: string;
    apiRoot?: string;
    webhook?: { url: string; secret: string };
  };
  http: { host: string; port: number };
  escalation?: { webhookUrl?: string; slackWebhookUrl?: string; includeText: boolean; salt: string };
  resourcesDir?: string;
}

/** Thrown for a bad configuration; its message lists each problem and how to fix it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kintsugi can't start because of its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const isLocal = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

const schema = z.object({
  NODE_ENV: optional(z.string()),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
  })),
  LOG_SALT: optional(z.string().min(16, { error: 'LOG_SALT must be at least 16 characters. Generate one with: openssl rand -hex 16' })),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/.+/, {
    error: 'REDIS_URL must look like redis://127.0.0.1:6379 (or rediss:// for TLS). Unset it to keep sessions in memory.',
  })),
  SESSION_TTL_DAYS: optional(z.coerce.number({ error: 'SESSION_TTL_DAYS must be a number of days, e.g. 180.' }).int().positive({
    error: 'SESSION_TTL_DAYS must be a whole number of days above 0, e.g. 180.',
  })),
  SESSION_ENCRYPTION_KEYS: optional(z.string()),
  SESSION_ENCRYPTION_KEY: optional(z.string()),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, {
    error: 'TELEGRAM_BOT_TOKEN does not look like a token from @BotFather (digits, a colon, then letters). Set it, or unset it to chat locally.',
  })),
  TELEGRAM_API_ROOT: optional(z.url({ error: 'TELEGRAM_API_ROOT must be a URL such as http://127.0.0.1:8081. Unset it to use Telegram itself.' })),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ error: 'TELEGRAM_WEBHOOK_URL must be a URL such as https://bot.example.com/telegram. Unset it to use long polling.' })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, {
    error: 'TELEGRAM_WEBHOOK_SECRET must be 16–256 characters of letters, digits, _ or -. Generate one with: openssl rand -hex 32',
  })),
  HOST: optional(z.string()),
  PORT: optional(z.coerce.number({ error: 'PORT must be a port number, e.g. 3000.' }).int().min(0).max(65535, { error: 'PORT must be between 0 and 65535.' })),
  ESCALATION_WEBHOOK_URL: optional(z.url({ error: 'ESCALATION_WEBHOOK_URL must be an https:// URL. Unset it to turn escalation off.' })),
  ESCALATION_SLACK_WEBHOOK_URL: optional(z.url({ error: 'ESCALATION_SLACK_WEBHOOK_URL must be a Slack incoming-webhook URL. Unset it to turn escalation off.' })),
  ESCALATION_INCLUDE_TEXT: optional(z.enum(['true', 'false'], { error: 'ESCALATION_INCLUDE_TEXT must be true or false.' })),
  ESCALATION_SALT: optional(z.string().min(16, { error: 'ESCALATION_SALT must be at least 16 characters. Generate one with: openssl rand -hex 16' })),
  RESOURCES_DIR: optional(z.string()),
});

/**
 * Reads and validates the configuration. Throws {@link ConfigError} listing every problem.
 *
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => i.message));
  const e = parsed.data;
  const problems: string[] = [];

  for (const name of ['TELEGRAM_WEBHOOK_URL', 'ESCALATION_WEBHOOK_URL'] as const) {
    const value = e[name];
    if (value && new URL(value).protocol !== 'https:' && !isLocal(new URL(value))) {
      problems.push(`${name} must use https:// (plain http is only allowed for 127.0.0.1 while testing).`);
    }
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    problems.push('TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL, so forged updates can be rejected. Generate one with: openssl rand -hex 32');
  }
  if ((e.TELEGRAM_WEBHOOK_URL || e.TELEGRAM_API_ROOT) && !e.TELEGRAM_BOT_TOKEN) {
    problems.push('TELEGRAM_WEBHOOK_URL and TELEGRAM_API_ROOT need TELEGRAM_BOT_TOKEN. Set the token from @BotFather, or unset them to chat locally.');
  }
  const escalating = e.ESCALATION_WEBHOOK_URL || e.ESCALATION_SLACK_WEBHOOK_URL;
  if (escalating && !e.ESCALATION_SALT) {
    problems.push('ESCALATION_SALT is required when escalation is on, to pseudonymise user ids. Generate one with: openssl rand -hex 16');
  }
  if (problems.length) throw new ConfigError(problems);

  return {
    nodeEnv: e.NODE_ENV ?? 'development',
    logLevel: e.LOG_LEVEL ?? 'info',
    logSalt: e.LOG_SALT,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, ttlDays: e.SESSION_TTL_DAYS ?? 180, encryptionKeys: e.SESSION_ENCRYPTION_KEYS ?? e.SESSION_ENCRYPTION_KEY } : undefined,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          webhook: e.TELEGRAM_WEBHOOK_URL ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET! } : undefined,
        }
      : undefined,
    http: { host: e.HOST ?? '127.0.0.1', port: e.PORT ?? 3000 },
    escalation: escalating
      ? {
          webhookUrl: e.ESCALATION_WEBHOOK_URL,
          slackWebhookUrl: e.ESCALATION_SLACK_WEBHOOK_URL,
          includeText: e.ESCALATION_INCLUDE_TEXT === 'true',
          salt: e.ESCALATION_SALT!,
        }
      : undefined,
    resourcesDir: e.RESOURCES_DIR,
  };
}

/**
 * Adds the variables from a `.env` file to `env`, without overriding ones already set.
 *
 * @example loadDotEnv('.env');
 */
export function loadDotEnv(path = '.env', env: NodeJS.ProcessEnv = process.env): void {
  if (!existsSync(path)) return;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
}
