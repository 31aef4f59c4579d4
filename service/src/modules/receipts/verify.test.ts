import { generateKeyPairSync, sign } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { asKeySet, asSignedReceipt, ReceiptFormatError, verifyReceipt, type PublicReceiptKey, type SignedReceipt } from './verify.ts';

const WORKSPACE = 'wsp_00000000000000000000000000000001';

function signed(receipt: Record<string, unknown>, overrides: Partial<SignedReceipt> = {}) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const key: PublicReceiptKey = {
    kid: 'rkey_a',
    kty: 'OKP',
    crv: 'Ed25519',
    x: publicKey.export({ format: 'jwk' }).x!,
    workspace_id: WORKSPACE,
  };
  const body = { key_id: 'rkey_a', workspace: { id: WORKSPACE }, ...receipt };
  const payload = Buffer.from(canonicalize(body)!, 'utf8');
  const envelope: SignedReceipt = {
    receipt: body,
    payload: payload.toString('base64'),
    signature: sign(null, payload, privateKey).toString('base64'),
    key_id: 'rkey_a',
    alg: 'Ed25519',
    ...overrides,
  };
  return { envelope, key };
}

describe('verifyReceipt', () => {
  it('accepts a receipt signed by its workspace key whose readable copy is the payload', () => {
    const { envelope, key } = signed({ note: 'x\u007fy 😀' });
    const result = verifyReceipt(envelope, [key]);
    expect(result.checks.map((c) => [c.name, c.ok])).toEqual([
      ['key', true],
      ['signature', true],
      ['contents', true],
    ]);
    expect(result.valid).toBe(true);
  });

  it('refuses an unknown key, a truncated signature and a relabelled key id', () => {
    const { envelope, key } = signed({});
    expect(verifyReceipt(envelope, []).valid).toBe(false);
    expect(verifyReceipt({ ...envelope, signature: envelope.signature.slice(0, 40) }, [key]).checks[1]).toMatchObject({ ok: false });
    const relabelled = verifyReceipt({ ...envelope, key_id: 'rkey_b' }, [{ ...key, kid: 'rkey_b' }]);
    expect(relabelled.checks[0]).toMatchObject({ ok: false, detail: 'the signed receipt names key rkey_a, not rkey_b' });
  });

  it('refuses a payload that is not JSON without throwing', () => {
    const { envelope, key } = signed({});
    const result = verifyReceipt({ ...envelope, payload: Buffer.from('not json').toString('base64') }, [key]);
    expect(result.valid).toBe(false);
  });
});

describe('asSignedReceipt and asKeySet', () => {
  it('name what is missing', () => {
    expect(() => asSignedReceipt([])).toThrow(ReceiptFormatError);
    expect(() => asSignedReceipt({ payload: 'a', signature: 'b', key_id: 'c', alg: 'Ed25519' })).toThrow('"receipt" is missing');
    expect(() => asKeySet({ keys: 3 })).toThrow('no "keys" list');
    expect(asKeySet({ keys: [{ kid: 'k', x: 'x', kty: 'OKP' }, 'junk', null] })).toHaveLength(1);
  });
});
