import type { Logger } from 'pino';
import type { Config } from '../../src/config.ts';
import type { TurnHandler } from '../../src/engine/turn-handler.ts';
import { createTelegramChannel, type TelegramChannel, type TelegramChannelOptions } from './channel.ts';

/**
 * The channel's options from the app configuration (see `src/config.ts`):
 * `TELEGRAM_BOT_TOKEN` → `token`, `TELEGRAM_API_ROOT` → `apiRoot`, and in webhook mode
 * `TELEGRAM_WEBHOOK_URL`/`TELEGRAM_WEBHOOK_SECRET` → `webhook.url`/`webhook.secret` with the
 * webhook server on `HOST`/`PORT` (`config.http`). `undefined` when no token is configured.
 *
 * @example const options = telegramOptionsFromConfig(loadConfig(), engine, logger);
 */
export function telegramOptionsFromConfig(config: Config, engine: TurnHandler, logger?: Logger): TelegramChannelOptions | undefined {
  const telegram = config.telegram;
  if (!telegram) return undefined;
  return {
    token: telegram.token,
    engine,
    ...(telegram.apiRoot ? { apiRoot: telegram.apiRoot } : {}),
    ...(telegram.webhook
      ? { webhook: { url: telegram.webhook.url, secret: telegram.webhook.secret, port: config.http.port, host: config.http.host } }
      : {}),
    ...(logger ? { logger } : {}),
  };
}

/**
 * Creates and starts the Telegram channel from the app configuration.
 *
 * @throws Error when no Telegram token is configured, or when Telegram refuses the token or webhook.
 * @example const channel = await startTelegramFromConfig(config, engine, logger); // later: await channel.stop();
 */
export async function startTelegramFromConfig(config: Config, engine: TurnHandler, logger?: Logger): Promise<TelegramChannel> {
  const options = telegramOptionsFromConfig(config, engine, logger);
  if (!options) throw new Error('The Telegram channel needs TELEGRAM_BOT_TOKEN; set it to the token @BotFather gave you.');
  const channel = createTelegramChannel(options);
  await channel.start();
  return channel;
}
