import { createError } from '../errors/http-error.ts';
import type { SignInMethod } from '../modules/sessions/table.ts';

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
  /** How this session signed in; `access_link` proves nothing about the email address. */
  readonly method: SignInMethod;
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

/**
 * Acts that need a proved email address (deciding an approval): a session from a portal's secret link is
 * not enough — the person must sign in with a code, a magic link or a sign-in link first.
 */
export function requireVerifiedSignIn(auth: ClientAuth): void {
  if (auth.method === 'access_link') {
    throw createError('verification_required', 'Confirm your email address first: ask for a sign-in code, then try again.');
  }
}

/** Who did something: the owner's API key, or a member and how its session signed in. */
export interface Actor {
  kind: 'owner' | 'member';
  id: string;
  method: SignInMethod | null;
}

/** Who did it, as files, comments and events record it. */
export function actorOf(auth: Auth): Actor {
  return auth.kind === 'owner'
    ? { kind: 'owner', id: auth.credentialId, method: null }
    : { kind: 'member', id: auth.memberId, method: auth.method };
}
