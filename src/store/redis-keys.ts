/** The default prefix of every Redis key Kintsugi writes. */
export const DEFAULT_KEY_PREFIX = 'kintsugi';

/**
 * The Redis key for one part of a conversation's data. All parts of a conversation share the
 * hash tag `{<conversation key>}`, so they live in one cluster slot (a Lua script may touch
 * them together) and `/forget` finds them all with one pattern. Other modules that store data
 * about a conversation (schedules, journals) should name their keys with this, so erasure
 * covers them.
 *
 * @example redisKeyOf('kintsugi', 'telegram:42', 'session') // 'kintsugi:{telegram:42}:session'
 */
export function redisKeyOf(prefix: string, conversationKey: string, part: string): string {
  return `${prefix}:{${conversationKey}}:${part}`;
}

/**
 * A `SCAN MATCH` pattern matching every key of one conversation under `prefix`, with glob
 * characters in the prefix and key escaped so they match only themselves.
 *
 * @example conversationPattern('kintsugi', 'telegram:42') // 'kintsugi:\\{telegram:42\\}:*'
 */
export function conversationPattern(prefix: string, conversationKey: string): string {
  return `${escapeGlob(`${prefix}:{${conversationKey}}:`)}*`;
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\{}^-]/g, (char) => `\\${char}`);
}

/** The keys the session store itself writes for one conversation. */
export interface ConversationKeys {
  /** Hash with fields `rev` (the revision) and `data` (the session JSON, maybe encrypted). */
  session: string;
  /** Sorted set of handled message ids, scored by when the record expires (ms since epoch). */
  dedupe: string;
}

/** The store's own keys for one conversation. */
export function conversationKeys(prefix: string, conversationKey: string): ConversationKeys {
  return {
    session: redisKeyOf(prefix, conversationKey, 'session'),
    dedupe: redisKeyOf(prefix, conversationKey, 'dedupe'),
  };
}
