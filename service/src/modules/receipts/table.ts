import type { Generated, Selectable } from 'kysely';

/** A workspace's Ed25519 receipt signing key: one current (`retired_at` null), the others retired. */
export interface ReceiptKeyTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  /** The raw 32-byte public key, base64url. */
  public_key: string;
  /** The PKCS #8 DER private key, base64, sealed (lib/secret-box) with the key's id as context. */
  private_key_sealed: string;
  created_at: Generated<Date>;
  retired_at: Date | null;
}

/** An issued receipt: the exact bytes signed and the signature. Immutable (a trigger refuses updates). */
export interface ApprovalReceiptTable {
  request_id: string;
  workspace_id: string;
  key_id: string;
  /** RFC 8785 canonical JSON of the receipt. */
  payload: string;
  /** Ed25519 signature of `payload`'s UTF-8 bytes, base64. */
  signature: string;
  issued_at: Date;
}

export type ReceiptKeyRow = Selectable<ReceiptKeyTable>;
export type ApprovalReceiptRow = Selectable<ApprovalReceiptTable>;
