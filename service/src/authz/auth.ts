import { createError } from '../errors/http-error.ts';

/** An owner acting through an API key. */
export interface OwnerAuth {
  readonly kind: 'owner';
  readonly workspaceId: string;
  /** The API key's id (`key_…`). */
  readonly credentialId: string;
}

/** A client contact acting through a session on one device. */
export interface ClientAuth {
  readonly kind: 'client';
  readonly workspaceId: string;
  readonly portalId: string;
  readonly memberId: string;
  readonly sessionId: string;
  readonly email: string;
}

/** Who is calling; `undefined` on a request without credentials. */
export type Auth = OwnerAuth | ClientAuth;

declare module 'express-serve-static-core' {
  interface Request {
    auth?: Auth;
  }
}

function unauthenticated() {
  return createError('authentication_required', 'Send credentials as `Authorization: Bearer …`.');
}

/**
 * First line of every owner-only service method. Without credentials the caller learns it must
 * authenticate; a client is told the object does not exist (deny = not found).
 */
export function requireOwner(auth: Auth | undefined): OwnerAuth {
  if (!auth) throw unauthenticated();
  if (auth.kind !== 'owner') throw createError('not_found');
  return auth;
}

/** Any credential. */
export function requireAuth(auth: Auth | undefined): Auth {
  if (!auth) throw unauthenticated();
  return auth;
}

/** Who did it, as files, comments and events record it. */
export function actorOf(auth: Auth): { kind: 'owner' | 'member'; id: string } {
  return auth.kind === 'owner' ? { kind: 'owner', id: auth.credentialId } : { kind: 'member', id: auth.memberId };
}
