/**
 * The Telegram channel: chat with the coach in Telegram through `telegraf`.
 *
 * @example
 * const channel = await startTelegramFromConfig(loadConfig(), engine, logger);
 */
export {
  ALLOWED_UPDATES,
  createTelegramChannel,
  type TelegramChannel,
  type TelegramChannelOptions,
  type TelegramWebhookOptions,
} from './channel.ts';
export { startTelegramFromConfig, telegramOptionsFromConfig } from './from-config.ts';
export { TELEGRAM_CHANNEL, telegramAddress } from './inbound-from-update.ts';
export { DEFAULT_RETRY, type RetryPolicy } from './telegram-call.ts';
