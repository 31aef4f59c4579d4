import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Authenticated encryption (AES-256-GCM) of JSON values under a key derived from SECRET_KEY, for data that
 * must rest in the database but be readable only by the service — e.g. job payloads carrying a sign-in code.
 */
export class SealedBox {
  readonly #key: Buffer;

  /** `purpose` separates keys: a value sealed for one purpose does not open for another. */
  constructor(secretKey: string, purpose: string) {
    this.#key = createHmac('sha256', secretKey).update(`foyer sealed box: ${purpose}`).digest();
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
    return [VERSION, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  /** Throws when the value was not sealed by this key, purpose and context, or was altered. */
  open(sealed: string, context?: string): unknown {
    const [version, iv, body, tag] = sealed.split('.');
    if (version !== VERSION || !iv || body === undefined || !tag) throw new Error('not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    if (context !== undefined) decipher.setAAD(Buffer.from(context, 'utf8'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  }
}
