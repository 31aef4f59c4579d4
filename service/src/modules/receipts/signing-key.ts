import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { components } from '@foyer/contract';
import { newId } from '../../lib/ids.ts';
import { SecretBox } from '../../lib/secret-box.ts';
import type { ReceiptKeyRow, ReceiptKeyTable } from './table.ts';

export type ReceiptKeyDto = components['schemas']['ReceiptKey'];

/** The secret box that seals receipt signing keys: its own purpose, so no other sealed value opens as one. */
function keyBox(secretKey: string): SecretBox {
  return new SecretBox(secretKey, 'receipt signing key');
}

/**
 * A new Ed25519 key pair for a workspace, as its row: the public key in clear (base64url, a JWK's `x`), the
 * private key (PKCS #8) sealed under SECRET_KEY and bound to the key's id, so a sealed key copied onto
 * another row does not open.
 */
export function newSigningKey(secretKey: string, workspaceId: string): Omit<ReceiptKeyTable, 'seq' | 'created_at' | 'retired_at'> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const id = newId('receiptKey');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  return {
    id,
    workspace_id: workspaceId,
    public_key: publicKey.export({ format: 'jwk' }).x!,
    private_key_sealed: keyBox(secretKey).seal(der, id),
  };
}

/** Signs `bytes` with the key of `row` (Ed25519 has no separate digest: the algorithm argument is null). */
export function signWith(secretKey: string, row: ReceiptKeyRow, bytes: Buffer): Buffer {
  const der = keyBox(secretKey).open(row.private_key_sealed, row.id) as string;
  const key: KeyObject = createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, bytes, key);
}

/** The public half of a key as a JSON Web Key (RFC 8037) with its workspace, status and PEM form. */
export function toReceiptKeyDto(row: ReceiptKeyRow): ReceiptKeyDto {
  const pem = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: row.public_key }, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return {
    kid: row.id,
    kty: 'OKP',
    crv: 'Ed25519',
    x: row.public_key,
    alg: 'EdDSA',
    use: 'sig',
    workspace_id: row.workspace_id,
    status: row.retired_at ? 'retired' : 'current',
    created_at: row.created_at.toISOString(),
    retired_at: row.retired_at?.toISOString() ?? null,
    public_key_pem: pem,
  };
}
