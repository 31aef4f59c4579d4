import { createError } from '../errors/http-error.ts';

/** An owner acting through an API key. */
export interface OwnerAuth {
  readonly kind: 'owner';
  readonly workspaceId: string;
  /** The API key's id (`key_…`). */
  readonly credentialId: string;
}

/** Who is calling; `undefined` on a request without credentials. */
export type Auth = OwnerAuth;

declare module 'express-serve-static-core' {
  interface Request {
    auth?: Auth;
  }
}

/**
 * First line of every owner-only service method. Without credentials the caller learns it must
 * authenticate; a credential of another kind is told the object does not exist (deny = not found).
 */
export function requireOwner(auth: Auth | undefined): OwnerAuth {
  if (!auth) throw createError('authentication_required', 'Send an API key as `Authorization: Bearer sk_…`.');
  if (auth.kind !== 'owner') throw createError('not_found');
  return auth;
}
