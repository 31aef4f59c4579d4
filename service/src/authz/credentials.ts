import type { Db } from '../db/database.ts';
import { keyedHash } from '../lib/secrets.ts';
import { findActiveApiKey } from '../modules/api-keys/repository.ts';
import { acceptApiKey, parseApiKey } from '../modules/api-keys/service.ts';
import { findLiveSession } from '../modules/sessions/repository.ts';
import { acceptSession, parseSessionToken } from '../modules/sessions/service.ts';
import type { Auth } from './auth.ts';

/**
 * A bearer token taken apart and its secret hashed (HMAC-SHA256 under SECRET_KEY) before any lookup, so an
 * unknown id costs the same as a known one: `id` is the API key's (`key_…`) or the session's (`ses_…`).
 */
export interface PresentedCredential {
  readonly kind: 'api_key' | 'session';
  readonly id: string;
  readonly hash: string;
}

/** `undefined` when the token has the shape of neither an API key nor a session token. */
export function presentCredential(secretKey: string, token: string): PresentedCredential | undefined {
  const session = token.startsWith('cs_');
  const parsed = session ? parseSessionToken(token) : parseApiKey(token);
  if (!parsed) return undefined;
  return { kind: session ? 'session' : 'api_key', id: parsed.id, hash: keyedHash(secretKey, parsed.secret) };
}

/**
 * Looks the credential up (a prepared primary-key lookup on every request, so a revocation counts from the
 * very next one) and accepts it when its hash matches (constant-time).
 */
export async function resolveCredential(db: Db, credential: PresentedCredential): Promise<Auth | undefined> {
  return credential.kind === 'session'
    ? acceptSession(db, credential.hash, await findLiveSession(db, credential.id))
    : acceptApiKey(db, credential.hash, await findActiveApiKey(db, credential.id));
}
