import { createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * Offline verification of a signed approval receipt against a key set, for `foyer receipt verify`: no
 * database, no service — only the receipt file, the public keys and (optionally) the file itself.
 */

/** A public key as the key set publishes it (a JWK with Foyer's members). */
export interface PublicReceiptKey {
  kid: string;
  kty: string;
  crv: string;
  x: string;
  workspace_id?: string;
  status?: string;
  retired_at?: string | null;
}

/** The parts of a signed receipt a verifier reads. */
export interface SignedReceipt {
  receipt: unknown;
  payload: string;
  signature: string;
  key_id: string;
  alg: string;
}

/** What the signed bytes say, as far as the checks and the summary read them. */
export interface SignedFacts {
  key_id?: unknown;
  workspace?: { id?: unknown; name?: unknown };
  portal?: { name?: unknown };
  file?: { name?: unknown; version?: unknown; sha256?: unknown; size?: unknown };
  approval_request?: { id?: unknown; status?: unknown };
  decisions?: Array<{ decision?: unknown; email?: unknown; sign_in_method?: unknown; decided_at?: unknown; ip?: unknown }>;
}

export interface Check {
  name: 'key' | 'signature' | 'contents' | 'file';
  ok: boolean;
  detail: string;
}

export interface ReceiptVerification {
  /** Every check passed. */
  valid: boolean;
  checks: Check[];
  /** The signed document, parsed (only worth reading when `valid`). */
  signed: SignedFacts | undefined;
  key: PublicReceiptKey | undefined;
}

/** The input is not a signed receipt or key set at all (as opposed to one that fails to verify). */
export class ReceiptFormatError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a signed receipt from parsed JSON, or says why it is not one. */
export function asSignedReceipt(value: unknown): SignedReceipt {
  if (!isObject(value)) throw new ReceiptFormatError('not a JSON object');
  for (const field of ['payload', 'signature', 'key_id', 'alg'] as const) {
    if (typeof value[field] !== 'string') throw new ReceiptFormatError(`"${field}" is missing (is this a receipt from GET …/receipt?)`);
  }
  if (!isObject(value.receipt)) throw new ReceiptFormatError('"receipt" is missing');
  return value as unknown as SignedReceipt;
}

/** Reads a key set (`{keys: [...]}`, as /.well-known/foyer-receipt-keys.json serves it), or says why it is not one. */
export function asKeySet(value: unknown): PublicReceiptKey[] {
  if (!isObject(value) || !Array.isArray(value.keys)) throw new ReceiptFormatError('not a key set: no "keys" list');
  return value.keys.filter(
    (k): k is PublicReceiptKey => isObject(k) && typeof k.kid === 'string' && typeof k.x === 'string' && typeof k.kty === 'string',
  );
}

/**
 * Checks, in order: the key the receipt names is in the key set and belongs to the receipt's workspace; its
 * Ed25519 signature over `payload` holds; and `receipt` is exactly what was signed (its RFC 8785 canonical
 * JSON equals the payload's bytes), so what a reader sees is what the signature covers.
 */
export function verifyReceipt(receipt: SignedReceipt, keys: PublicReceiptKey[]): ReceiptVerification {
  const checks: Check[] = [];
  const payload = Buffer.from(receipt.payload, 'base64');
  let signed: SignedFacts | undefined;
  try {
    const parsed: unknown = JSON.parse(payload.toString('utf8'));
    if (isObject(parsed)) signed = parsed;
  } catch {
    // Not JSON: the signature may still be checked, but the contents check fails below.
  }

  const key = keys.find((k) => k.kid === receipt.key_id);
  const workspaceId = signed?.workspace?.id;
  if (!key) checks.push({ name: 'key', ok: false, detail: `no key ${receipt.key_id} in the key set` });
  else if (key.kty !== 'OKP' || key.crv !== 'Ed25519' || receipt.alg !== 'Ed25519')
    checks.push({ name: 'key', ok: false, detail: `key ${key.kid} is not an Ed25519 key, or the receipt's alg is not Ed25519` });
  else if (key.workspace_id !== undefined && key.workspace_id !== workspaceId)
    checks.push({
      name: 'key',
      ok: false,
      detail: `key ${key.kid} belongs to workspace ${key.workspace_id}, not to ${String(workspaceId)}`,
    });
  else if (signed?.key_id !== receipt.key_id)
    checks.push({ name: 'key', ok: false, detail: `the signed receipt names key ${String(signed?.key_id)}, not ${receipt.key_id}` });
  else {
    const retired = key.status === 'retired' ? ` (retired${key.retired_at ? ` ${key.retired_at}` : ''}; what it signed stays valid)` : '';
    checks.push({ name: 'key', ok: true, detail: `${key.kid} of workspace ${String(workspaceId)}${retired}` });
  }

  if (key && checks[0]!.ok) {
    const signature = Buffer.from(receipt.signature, 'base64');
    let good = false;
    try {
      const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.x }, format: 'jwk' });
      good = signature.length === 64 && verify(null, payload, publicKey, signature);
    } catch {
      good = false;
    }
    checks.push({
      name: 'signature',
      ok: good,
      detail: good ? 'Ed25519 over the receipt’s canonical JSON holds' : `does not verify with key ${key.kid}: the receipt was altered`,
    });
  }

  const canonical = canonicalize(receipt.receipt);
  const same = canonical !== undefined && Buffer.from(canonical, 'utf8').equals(payload);
  checks.push({
    name: 'contents',
    ok: same,
    detail: same ? 'the readable receipt is exactly the signed bytes' : 'the readable "receipt" differs from the signed "payload"',
  });

  return { valid: checks.length === 3 && checks.every((c) => c.ok), checks, signed, key };
}
