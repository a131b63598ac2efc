import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** How to make a key, quoted in every error about keys. */
const HOW_TO_MAKE_A_KEY = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

/** Marks a value as sealed by {@link SessionCipher}, format version 1. Plain session JSON starts with `{`. */
const SEALED_PREFIX = 'enc1';

/**
 * Reads the value of `SESSION_ENCRYPTION_KEYS`: comma-separated 32-byte keys, newest first,
 * each as base64 (44 characters) or hex (64 characters). An empty value means "no encryption".
 * Errors name the bad entry by position and never echo key material.
 *
 * @example parseEncryptionKeys(process.env.SESSION_ENCRYPTION_KEYS ?? '') // [Buffer(32), …]
 * @throws Error saying how to generate a valid key when an entry is not a 32-byte key.
 */
export function parseEncryptionKeys(value: string, variable = 'SESSION_ENCRYPTION_KEYS'): Buffer[] {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const keys: Buffer[] = [];
  entries.forEach((entry, index) => {
    const key = decodeKey(entry);
    if (key.length !== 32) {
      throw new Error(
        `${variable}: entry ${index + 1} of ${entries.length} is not a 32-byte key in base64 or hex ` +
          `(it decodes to ${key.length} bytes). Set ${variable} to comma-separated keys, newest first; ` +
          `generate one with: ${HOW_TO_MAKE_A_KEY}`,
      );
    }
    if (!keys.some((known) => known.equals(key))) keys.push(key);
  });
  return keys;
}

function decodeKey(entry: string): Buffer {
  if (/^[0-9a-fA-F]{64}$/.test(entry)) return Buffer.from(entry, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(entry)) return Buffer.from(entry, 'base64');
  return Buffer.alloc(0);
}

/**
 * A short, stable, non-secret name for a key, stored beside each ciphertext so the right key
 * is picked when several are configured.
 *
 * @example keyIdOf(key) // 'a1b2c3d4'
 */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('kintsugi session key id\0').update(key).digest('hex').slice(0, 8);
}

/** Thrown when a stored value cannot be decrypted: a missing key, or a value that was tampered with. */
export class SessionDecryptError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SessionDecryptError';
  }
}

/**
 * Encrypts session documents at rest with AES-256-GCM. Writes always use the newest key (the
 * first); reads accept any configured key, so keys can be rotated: put the new key first,
 * keep the old one until every session has been written again (or expired), then drop it.
 * The conversation key is bound in as associated data, so a ciphertext copied onto another
 * conversation does not decrypt. Without keys, values pass through as plain JSON.
 *
 * @example const cipher = new SessionCipher(parseEncryptionKeys(process.env.SESSION_ENCRYPTION_KEYS ?? ''));
 */
export class SessionCipher {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #newest: { id: string; key: Buffer } | undefined;

  /** @param keys 32-byte keys, newest first; empty for no encryption. */
  constructor(keys: readonly Buffer[]) {
    for (const key of keys) {
      if (key.length !== 32) {
        throw new Error(`Session encryption keys must be 32 bytes (got ${key.length}); generate one with: ${HOW_TO_MAKE_A_KEY}`);
      }
    }
    this.#keys = new Map(keys.map((key) => [keyIdOf(key), key]));
    const newest = keys[0];
    this.#newest = newest ? { id: keyIdOf(newest), key: newest } : undefined;
  }

  /** True when values are written encrypted. */
  get encrypts(): boolean {
    return this.#newest !== undefined;
  }

  /**
   * Encrypts `plain` with the newest key, or returns it unchanged when no key is configured.
   * @param context what the value belongs to (the conversation key); needed again to open it.
   */
  seal(plain: string, context: string): string {
    if (!this.#newest) return plain;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#newest.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
    return [SEALED_PREFIX, this.#newest.id, ...parts].join('.');
  }

  /**
   * Decrypts a value written by {@link seal}; plain values (written before encryption was
   * turned on) are returned unchanged and get encrypted on their next write.
   * @throws SessionDecryptError when the key is not configured or the value was altered.
   */
  open(stored: string, context: string): string {
    if (!stored.startsWith(`${SEALED_PREFIX}.`)) return stored;
    const [, id, iv, tag, body] = stored.split('.');
    const key = id === undefined ? undefined : this.#keys.get(id);
    if (!key || iv === undefined || tag === undefined || body === undefined) {
      throw new SessionDecryptError(
        `A stored session is encrypted with key id ${id ?? '?'}, which is not among the configured keys. ` +
          'Add that key to SESSION_ENCRYPTION_KEYS (after the newest one) to read it.',
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch (cause) {
      throw new SessionDecryptError(
        `A stored session (key id ${id}) failed its integrity check: it was altered or belongs to another conversation.`,
        { cause },
      );
    }
  }
}
