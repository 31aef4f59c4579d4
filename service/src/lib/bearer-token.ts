import { randomBase32 } from './ids.ts';
import { randomSecret } from './secrets.ts';

/** The credentials presented as `Authorization: Bearer …`: API keys, client sessions, user sessions. */
export type BearerPrefix = 'sk' | 'cs' | 'us';

/** A bearer credential `<prefix>_<id>.<secret>`: the id names the row, only a keyed hash of the secret is stored. */
export interface BearerToken {
  /** 32 base32 characters: the row's id after its own prefix (`key_…`, `ses_…`, `uss_…`). */
  idPart: string;
  /** 43 base64url characters: 256 random bits. */
  secret: string;
}

// `<32 base32 chars>.<43 base64url chars>`, after the prefix.
const TOKEN_BODY = /^([0-9a-z]{32})\.([A-Za-z0-9_-]{43})$/;

/** A new credential of this kind; `token` is shown once. */
export function newBearerToken(prefix: BearerPrefix): BearerToken & { token: string } {
  const idPart = randomBase32(32);
  const secret = randomSecret(32);
  return { idPart, secret, token: `${prefix}_${idPart}.${secret}` };
}

/** The parts of a credential of this kind, or `undefined` when `token` does not have its shape. */
export function parseBearerToken(prefix: BearerPrefix, token: string): BearerToken | undefined {
  // No RegExp built at run time: every regex applied to input is a literal the ReDoS test can check.
  if (!token.startsWith(`${prefix}_`)) return undefined;
  const match = TOKEN_BODY.exec(token.slice(prefix.length + 1));
  if (!match) return undefined;
  return { idPart: match[1]!, secret: match[2]! };
}
