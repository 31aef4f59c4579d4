import { describe, expect, it } from 'vitest';
import { SealedBox } from './sealed-box.ts';

const KEY = 'k'.repeat(40);

describe('SealedBox', () => {
  it('round-trips JSON and hides it', () => {
    const box = new SealedBox(KEY, 'job payload');
    const sealed = box.seal({ code: '123456', to: 'dana@client.test' });
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('123456');
    expect(box.open(sealed)).toEqual({ code: '123456', to: 'dana@client.test' });
    expect(box.seal('x')).not.toBe(box.seal('x')); // a fresh IV each time
  });

  it('refuses another key, another purpose and any alteration', () => {
    const sealed = new SealedBox(KEY, 'job payload').seal({ a: 1 });
    expect(() => new SealedBox('j'.repeat(40), 'job payload').open(sealed)).toThrow();
    expect(() => new SealedBox(KEY, 'something else').open(sealed)).toThrow();
    const [v, iv, body, tag] = sealed.split('.');
    const flipped = (body![0] === 'A' ? 'B' : 'A') + body!.slice(1); // the first byte of the ciphertext
    expect(() => new SealedBox(KEY, 'job payload').open([v, iv, flipped, tag].join('.'))).toThrow();
    expect(() => new SealedBox(KEY, 'job payload').open('garbage')).toThrow('not a sealed value');
  });

  it('opens a value sealed with a context only with that same context', () => {
    const box = new SealedBox(KEY, 'idempotent response');
    const sealed = box.seal({ token: 'cs_x.y' }, 'client:mem_1\nkey-1');
    expect(box.open(sealed, 'client:mem_1\nkey-1')).toEqual({ token: 'cs_x.y' });
    expect(() => box.open(sealed, 'client:mem_2\nkey-1')).toThrow();
    expect(() => box.open(sealed)).toThrow();
    expect(() => box.open(box.seal(1), 'client:mem_1\nkey-1')).toThrow();
  });
});
