import { createDecipheriv, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.ts';

const KEY = 'k'.repeat(40);

// Sealed by the previous code (lib/secret-box.ts, format v1: key = HMAC-SHA256(KEY, "foyer sealed box: <purpose>"))
// and kept here as text, so values resting in databases today keep opening.
const V1_WEBHOOK_SECRET = 'v1.ZUTn7PJEWRflk8fb.Hpmd5wZKKhI9N4AjFW6-HYGUAefX76eZJFaGYkf9TzOKAvVDzxYhrQ.JHHxyeCd7R4Jfvy_nqDOZw';
const V1_IDEMPOTENT_RESPONSE =
  'v1.1FFdVpI2b8Fy1Vl-.HR4D-iXIgZQ25oqKT6hkNolIyDSBHOi-kXRF6UVP-758hA-CsZ3nZnzvEmThzK-eJeu6gb-O.1Ssvqf0jtmlttb8ak2W8WQ';

describe('SecretBox', () => {
  it('round-trips JSON and hides it', () => {
    const box = new SecretBox(KEY, 'job payload');
    const sealed = box.seal({ code: '123456', to: 'dana@client.test' });
    expect(sealed).toMatch(/^v2\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('123456');
    expect(box.open(sealed)).toEqual({ code: '123456', to: 'dana@client.test' });
    expect(box.seal('x')).not.toBe(box.seal('x')); // a fresh IV each time
  });

  it('derives its key from SECRET_KEY with HKDF-SHA256, one info string per purpose', () => {
    const sealed = new SecretBox(KEY, 'job payload').seal({ a: 1 });
    const [, iv, body, tag] = sealed.split('.') as [string, string, string, string];
    const key = Buffer.from(hkdfSync('sha256', KEY, '', 'foyer secret box: job payload', 32));
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
    expect(JSON.parse(plain.toString('utf8'))).toEqual({ a: 1 });
  });

  it('refuses another key, another purpose and any alteration', () => {
    const sealed = new SecretBox(KEY, 'job payload').seal({ a: 1 });
    expect(() => new SecretBox('j'.repeat(40), 'job payload').open(sealed)).toThrow();
    expect(() => new SecretBox(KEY, 'something else').open(sealed)).toThrow();
    const [v, iv, body, tag] = sealed.split('.') as [string, string, string, string];
    const flipped = (body[0] === 'A' ? 'B' : 'A') + body.slice(1); // the first byte of the ciphertext
    expect(() => new SecretBox(KEY, 'job payload').open([v, iv, flipped, tag].join('.'))).toThrow();
    // A truncated tag (GCM accepts 4 bytes and up unless told otherwise) does not open either.
    const short = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => new SecretBox(KEY, 'job payload').open([v, iv, body, short].join('.'))).toThrow();
    // The same bytes under the old version's name are tried with the old key, and fail.
    expect(() => new SecretBox(KEY, 'job payload').open(['v1', iv, body, tag].join('.'))).toThrow();
    expect(() => new SecretBox(KEY, 'job payload').open('garbage')).toThrow('not a sealed value');
    expect(() => new SecretBox(KEY, 'job payload').open(['v3', iv, body, tag].join('.'))).toThrow('not a sealed value');
  });

  it('opens a value sealed with a context only with that same context', () => {
    const box = new SecretBox(KEY, 'idempotent response');
    const sealed = box.seal({ token: 'cs_x.y' }, 'client:mem_1\nkey-1');
    expect(box.open(sealed, 'client:mem_1\nkey-1')).toEqual({ token: 'cs_x.y' });
    expect(() => box.open(sealed, 'client:mem_2\nkey-1')).toThrow();
    expect(() => box.open(sealed)).toThrow();
    expect(() => box.open(box.seal(1), 'client:mem_1\nkey-1')).toThrow();
  });

  it('opens values sealed by the previous format (v1), with their purpose and context', () => {
    expect(new SecretBox(KEY, 'webhook endpoint secret').open(V1_WEBHOOK_SECRET)).toBe('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(() => new SecretBox(KEY, 'job payload').open(V1_WEBHOOK_SECRET)).toThrow();
    expect(() => new SecretBox('j'.repeat(40), 'webhook endpoint secret').open(V1_WEBHOOK_SECRET)).toThrow();
    const box = new SecretBox(KEY, 'idempotent response');
    expect(box.open(V1_IDEMPOTENT_RESPONSE, 'client:mem_1\nkey-1')).toEqual({ status: 201, body: '{"session_token":"cs_x.y"}' });
    expect(() => box.open(V1_IDEMPOTENT_RESPONSE, 'client:mem_2\nkey-1')).toThrow();
  });
});
