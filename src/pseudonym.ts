import { createHash } from 'node:crypto';

/**
 * A short, stable, non-reversible name for a conversation key, for logs and metrics, so log
 * lines can be correlated without naming anyone.
 *
 * @example pseudonym('telegram:42') // 'c-3f9a1b2c4d5e'
 */
export function pseudonym(key: string, salt = ''): string {
  return 'c-' + createHash('sha256').update(salt).update(key).digest('hex').slice(0, 12);
}
