import { createHmac } from 'node:crypto';

/**
 * A short, stable name for a conversation key, for logs and metrics, so log lines can be
 * correlated without naming anyone. The secret `salt` keeps it from being reversed by hashing
 * every possible platform id.
 *
 * @example pseudonym('telegram:42', salt) // 'c-3f9a1b2c4d5e'
 */
export function pseudonym(key: string, salt: string): string {
  return 'c-' + createHmac('sha256', salt).update(key).digest('hex').slice(0, 12);
}
