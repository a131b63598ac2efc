import { randomBytes } from 'node:crypto';
import type { RedisClientType } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keyIdOf, parseEncryptionKeys, SessionCipher, SessionDecryptError } from '../../src/store/encryption.ts';
import { redisKeyOf } from '../../src/store/redis-keys.ts';
import type { RedisStore } from '../../src/store/redis-store.ts';
import { SECRET_REFLECTION, sessionFor } from '../support/redis-fixtures.ts';
import { connectTestStore, rawClient, scanKeys, uniquePrefix } from '../support/redis.ts';

describe('parseEncryptionKeys', () => {
  it('reads comma-separated base64 and hex keys, newest first, skipping blanks and repeats', () => {
    const a = randomBytes(32);
    const b = randomBytes(32);
    const keys = parseEncryptionKeys(` ${a.toString('base64')}, ${b.toString('hex')},,${a.toString('base64')}`);
    expect(keys).toHaveLength(2);
    expect(keys[0]?.equals(a)).toBe(true);
    expect(keys[1]?.equals(b)).toBe(true);
    expect(parseEncryptionKeys('')).toEqual([]);
  });

  it('says which entry is wrong and how to make a key, without echoing key material', () => {
    const short = randomBytes(16).toString('base64');
    let message = '';
    try {
      parseEncryptionKeys(`${randomBytes(32).toString('base64')},${short}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SESSION_ENCRYPTION_KEYS: entry 2 of 2 is not a 32-byte key');
    expect(message).toContain(`node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`);
    expect(message).not.toContain(short);
    expect(() => parseEncryptionKeys('not a key!')).toThrow(/entry 1 of 1/);
  });
});

describe('SessionCipher', () => {
  it('will not open a ciphertext moved onto another conversation', () => {
    const cipher = new SessionCipher([randomBytes(32)]);
    const sealed = cipher.seal('{"a":1}', 'telegram:1');
    expect(cipher.open(sealed, 'telegram:1')).toBe('{"a":1}');
    expect(() => cipher.open(sealed, 'telegram:2')).toThrow(SessionDecryptError);
  });
});

describe('RedisStore with encryption keys', () => {
  let raw: RedisClientType;
  const stores: RedisStore[] = [];
  const open = async (prefix: string, encryptionKeys: Buffer[]): Promise<RedisStore> => {
    const store = await connectTestStore({ keyPrefix: prefix, encryptionKeys });
    stores.push(store);
    return store;
  };
  const rawSession = async (prefix: string, key: string): Promise<string> =>
    (await raw.hGet(redisKeyOf(prefix, key, 'session'), 'data')) ?? '';

  beforeAll(async () => {
    raw = await rawClient();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    await raw.close();
  });

  it('stores nothing personal in readable form', async () => {
    const prefix = uniquePrefix();
    const store = await open(prefix, [randomBytes(32)]);
    await store.commit('telegram:1', 0, sessionFor('1', 3), 'm1');
    for (const key of await scanKeys(raw, prefix)) {
      const dump = JSON.stringify(key.endsWith(':session') ? await raw.hGetAll(key) : await raw.zRange(key, 0, -1));
      expect(dump).not.toContain('second phone');
      expect(dump).not.toContain('partner');
      expect(dump).not.toContain('repair:acknowledge');
    }
    expect((await store.load('telegram:1')).session?.journal[2]?.text).toBe(`${SECRET_REFLECTION} #2`);
  });

  it('rotates keys: reads with any configured key and writes with the newest', async () => {
    const prefix = uniquePrefix();
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const before = await open(prefix, [oldKey]);
    await before.commit('telegram:2', 0, sessionFor('2', 1), 'm1');
    expect(await rawSession(prefix, 'telegram:2')).toContain(keyIdOf(oldKey));

    const rotated = await open(prefix, [newKey, oldKey]);
    const loaded = await rotated.load('telegram:2', 'm2');
    expect(loaded.session).toEqual(sessionFor('2', 1));
    await rotated.commit('telegram:2', loaded.revision, sessionFor('2', 2), 'm2');
    expect(await rawSession(prefix, 'telegram:2')).toContain(keyIdOf(newKey));

    const newOnly = await open(prefix, [newKey]);
    expect((await newOnly.load('telegram:2')).session).toEqual(sessionFor('2', 2));
    const oldOnly = await open(prefix, [oldKey]);
    await expect(oldOnly.load('telegram:2')).rejects.toThrow(/not among the configured keys\. Add that key to SESSION_ENCRYPTION_KEYS/);
  });

  it('reads sessions written before encryption was turned on and encrypts them on the next write', async () => {
    const prefix = uniquePrefix();
    const plain = await open(prefix, []);
    await plain.commit('telegram:3', 0, sessionFor('3'), 'm1');
    expect(await rawSession(prefix, 'telegram:3')).toContain('second phone');

    const encrypted = await open(prefix, [randomBytes(32)]);
    const loaded = await encrypted.load('telegram:3', 'm2');
    expect(loaded.session).toEqual(sessionFor('3'));
    await encrypted.commit('telegram:3', loaded.revision, sessionFor('3', 2), 'm2');
    expect(await rawSession(prefix, 'telegram:3')).not.toContain('second phone');
  });
});
