import { createHash } from 'node:crypto';

/** Telegram's limit for a button's `callback_data`, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

const PLAIN = 'c:';
const HASHED = 'h:';
const REMEMBERED_HASHES = 10_000;

/**
 * Turns choice ids into `callback_data` and back. Ids that fit Telegram's 64-byte limit are
 * sent as they are (`c:<id>`), so they survive a restart; longer ids are sent as a short
 * hash (`h:<hash>`) and remembered in memory — after a restart such a press decodes to
 * `undefined` and is treated as an old button.
 *
 * @example const codec = new ChoiceCodec(); codec.decode(codec.encode('partner')) // 'partner'
 */
export class ChoiceCodec {
  readonly #byHash = new Map<string, string>();

  /** The `callback_data` for a choice id; always within {@link CALLBACK_DATA_LIMIT} bytes. */
  encode(id: string): string {
    const plain = PLAIN + id;
    if (Buffer.byteLength(plain, 'utf8') <= CALLBACK_DATA_LIMIT) return plain;
    const hash = createHash('sha256').update(id).digest('base64url').slice(0, 32);
    this.#byHash.delete(hash);
    this.#byHash.set(hash, id);
    if (this.#byHash.size > REMEMBERED_HASHES) this.#byHash.delete(this.#byHash.keys().next().value!);
    return HASHED + hash;
  }

  /** The choice id a button stood for, or `undefined` when the data is not ours or forgotten. */
  decode(data: string): string | undefined {
    if (data.startsWith(PLAIN)) return data.slice(PLAIN.length);
    if (data.startsWith(HASHED)) return this.#byHash.get(data.slice(HASHED.length));
    return undefined;
  }
}
