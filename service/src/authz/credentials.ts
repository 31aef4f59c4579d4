import type { Db, PreparedStatement } from '../db/database.ts';
import { keyedHash } from '../lib/secrets.ts';
import { FIND_ACTIVE_API_KEY, findActiveApiKey, type ActiveApiKey } from '../modules/api-keys/repository.ts';
import { acceptApiKey, parseApiKey } from '../modules/api-keys/service.ts';
import { FIND_LIVE_SESSION, findLiveSession, type LiveSession } from '../modules/sessions/repository.ts';
import { acceptSession, parseSessionToken } from '../modules/sessions/service.ts';
import type { Auth } from './auth.ts';

/**
 * A bearer token taken apart and its secret hashed (HMAC-SHA256 under SECRET_KEY), before any lookup:
 * `id` is the API key's (`key_…`) or the session's (`ses_…`).
 */
export interface PresentedCredential {
  readonly kind: 'api_key' | 'session';
  readonly id: string;
  readonly hash: string;
}

/** How a credential is looked up (`$1` its id), and whether it is bound to one portal (a client session). */
export interface CredentialLookup {
  readonly statement: PreparedStatement;
  readonly portalScoped: boolean;
}

/** What a credential's lookup returns: a live API key or a live session with its member's email. */
export type CredentialRow = ActiveApiKey | LiveSession;

/** `undefined` when the token has the shape of neither an API key nor a session token. */
export function presentCredential(secretKey: string, token: string): PresentedCredential | undefined {
  const session = token.startsWith('cs_');
  const parsed = session ? parseSessionToken(token) : parseApiKey(token);
  if (!parsed) return undefined;
  return { kind: session ? 'session' : 'api_key', id: parsed.id, hash: keyedHash(secretKey, parsed.secret) };
}

/**
 * The lookup of a presented credential, as a statement whose `$1` is the credential's id: alone, or as the
 * `credential` CTE of a read that checks its own credential in the same round trip (see `acceptCredential`).
 */
export function credentialLookup(credential: PresentedCredential): CredentialLookup {
  return credential.kind === 'session' ? { statement: FIND_LIVE_SESSION, portalScoped: true } : { statement: FIND_ACTIVE_API_KEY, portalScoped: false };
}

/** Looks the credential up (every request: a revocation counts from the very next one) and accepts it. */
export async function resolveCredential(db: Db, credential: PresentedCredential): Promise<Auth | undefined> {
  return credential.kind === 'session'
    ? acceptSession(db, credential.hash, await findLiveSession(db, credential.id))
    : acceptApiKey(db, credential.hash, await findActiveApiKey(db, credential.id));
}

/**
 * Accepts a credential whose row came back with a read (`row_to_json` of the `credential` CTE, so its
 * timestamps are strings): the same checks as `resolveCredential`, and nothing of the read may be used
 * unless this returns a caller.
 */
export function acceptCredential(db: Db, credential: PresentedCredential, json: Record<string, unknown> | null | undefined): Promise<Auth | undefined> {
  if (!json) return Promise.resolve(undefined);
  const row = { ...json, last_used_at: typeof json.last_used_at === 'string' ? new Date(json.last_used_at) : null } as CredentialRow;
  return credential.kind === 'session' ? acceptSession(db, credential.hash, row as LiveSession) : acceptApiKey(db, credential.hash, row as ActiveApiKey);
}
