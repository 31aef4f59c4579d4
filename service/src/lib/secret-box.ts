import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Written today: `v2.<iv>.<ciphertext>.<tag>` (base64url), AES-256-GCM under an HKDF-SHA256 key. */
const CURRENT = 'v2';
/** Written until 2026-12: the same layout under an HMAC-SHA256 key. Still opened, never written. */
const LEGACY = 'v1';

/**
 * Symmetric authenticated encryption (AES-256-GCM) of JSON values under a key derived from SECRET_KEY, for
 * data that must rest in the database but be readable only by the service: queued job payloads, stored
 * idempotent responses, webhook endpoint secrets, the dev mailbox outside loopback.
 */
export class SecretBox {
  readonly #key: Buffer;
  readonly #legacyKey: Buffer;

  /**
   * `purpose` separates keys: a value sealed for one purpose does not open for another. The key is
   * HKDF-SHA256(SECRET_KEY, info = `foyer secret box: <purpose>`) — one secret, independent keys per purpose.
   */
  constructor(secretKey: string, purpose: string) {
    this.#key = Buffer.from(hkdfSync('sha256', secretKey, '', `foyer secret box: ${purpose}`, 32));
    this.#legacyKey = createHmac('sha256', secretKey).update(`foyer sealed box: ${purpose}`).digest();
  }

  /**
   * `context` (optional) binds the value to where it rests, e.g. the row's key: it is authenticated but not
   * stored, and {@link open} needs the same context, so a sealed value moved to another row does not open.
   */
  seal(value: unknown, context?: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    if (context !== undefined) cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return [CURRENT, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  /** Throws when the value was not sealed by this key, purpose and context, or was altered. */
  open(sealed: string, context?: string): unknown {
    const [version, iv, body, tag] = sealed.split('.');
    const key = version === CURRENT ? this.#key : version === LEGACY ? this.#legacyKey : undefined;
    if (!key || !iv || body === undefined || !tag) throw new Error('not a sealed value');
    // The full 16-byte tag only: GCM would otherwise check a truncated one, as short as 4 bytes.
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    if (context !== undefined) decipher.setAAD(Buffer.from(context, 'utf8'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  }
}
