import { createHash } from 'node:crypto';

/** A Lua script for Redis, with the SHA1 that `EVALSHA` knows it by. */
export interface RedisScript {
  /** A name for logs and errors. */
  name: string;
  /** The Lua source. */
  source: string;
  /** SHA1 of the source, as Redis computes it. */
  sha: string;
}

function script(name: string, source: string): RedisScript {
  return { name, source, sha: createHash('sha1').update(source).digest('hex') };
}

/** Redis server time in milliseconds; scripts use it so every process agrees on "now". */
const NOW_MS = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;

/**
 * Reads a conversation in one round trip.
 * KEYS: session hash, dedupe sorted set. ARGV: message id ('' for none).
 * Returns `{revision, duplicate (0|1), data or nil}`.
 */
export const LOAD_SCRIPT = script(
  'load',
  `${NOW_MS}
local revision = redis.call('HGET', KEYS[1], 'rev') or '0'
local data = redis.call('HGET', KEYS[1], 'data')
local duplicate = 0
if ARGV[1] ~= '' then
  local expires = redis.call('ZSCORE', KEYS[2], ARGV[1])
  if expires and tonumber(expires) > now then duplicate = 1 end
end
return {revision, duplicate, data}
`,
);

/**
 * Compare-and-swap of a conversation in one atomic step. Every check runs before the first
 * write, so the commit applies fully or not at all.
 * KEYS: session hash, dedupe sorted set.
 * ARGV: expected revision, data, message id ('' for none), inactivity TTL ms, dedupe TTL ms.
 * Returns `'ok'`, `'conflict'` or `'duplicate'`.
 */
export const COMMIT_SCRIPT = script(
  'commit',
  `${NOW_MS}
local messageId = ARGV[3]
local ttl = tonumber(ARGV[4])
local dedupeTtl = tonumber(ARGV[5])
if messageId ~= '' then
  local expires = redis.call('ZSCORE', KEYS[2], messageId)
  if expires and tonumber(expires) > now then return 'duplicate' end
end
local current = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if current ~= tonumber(ARGV[1]) then return 'conflict' end
redis.call('HSET', KEYS[1], 'rev', current + 1, 'data', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ttl)
if messageId ~= '' then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  redis.call('ZADD', KEYS[2], now + dedupeTtl, messageId)
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('PEXPIRE', KEYS[2], math.max(ttl, dedupeTtl))
end
return 'ok'
`,
);
