import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Creates the structured logger. Logs never contain message text: the engine logs ids,
 * pseudonyms, flow names, counts and timings only.
 *
 * @example const logger = createLogger({ level: 'info' });
 */
export function createLogger(options: { level?: string; destination?: 'stdout' | 'stderr' } = {}): Logger {
  const fd = options.destination === 'stderr' ? 2 : 1;
  return pino({ level: options.level ?? 'info', base: { app: 'kintsugi' } }, pino.destination({ fd, sync: true }));
}

/** A logger that drops everything; for tests and benchmarks. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
