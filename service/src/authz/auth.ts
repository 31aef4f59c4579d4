import { createError } from '../errors/http-error.ts';
import type { SignInMethod } from '../modules/sessions/table.ts';
import type { UserRole } from '../modules/users/table.ts';

/** The person behind a user session (`us_…`). */
export interface SessionUser {
  /** `usr_…` */
  readonly id: string;
  readonly email: string;
  readonly role: UserRole;
  /** The user session's id (`uss_…`). */
  readonly sessionId: string;
}

/**
 * The business acting: an API key of the workspace, or a person of the business through a user session
 * (`user` set). Every owner operation takes this, so a user session works wherever an API key does; what a
 * `staff` user may not do is refused before the operation runs (`x-foyer-role: owner`, middleware/operation-access.ts).
 */
export interface OwnerAuth {
  readonly kind: 'owner';
  readonly workspaceId: string;
  /** Who acts: the API key's id (`key_…`), or the user's (`usr_…`) for a user session. */
  readonly credentialId: string;
  readonly user?: SessionUser;
}

/** An owner acting through a user session. */
export type UserAuth = OwnerAuth & { readonly user: SessionUser };

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

/** An owner that may manage the workspace itself: an API key, or a user whose role is `owner`. */
export function requireOwnerRole(auth: Auth | undefined): OwnerAuth {
  const owner = requireOwner(auth);
  if (owner.user?.role === 'staff') throw ownerRoleRequired();
  return owner;
}

export function ownerRoleRequired() {
  return createError('owner_role_required', 'Only an owner of the workspace may do this; ask one of its owners.');
}

/**
 * Server-to-server operations (handing a client a session, `createEmbedSession`): an API key of the workspace.
 * A person of the business signed in to the console is refused with a code; a client finds nothing.
 */
export function requireApiKey(auth: Auth | undefined): OwnerAuth {
  const owner = requireOwner(auth);
  if (owner.user) throw createError('api_key_required', 'Call this from your backend with an API key of the workspace.');
  return owner;
}

/** Operations on one's own user sessions: anyone else (an API key, a client) finds nothing here. */
export function requireUser(auth: Auth | undefined): UserAuth {
  const owner = requireOwner(auth);
  if (!owner.user) throw createError('not_found', 'Only a user session (signed in to the console) has this.');
  return owner as UserAuth;
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

/**
 * Who did something, as events record it: an API key (`owner`), a person of the business (`user`, with the
 * address they had then), or a member and how its session signed in.
 */
export interface Actor {
  kind: 'owner' | 'user' | 'member';
  id: string;
  method: SignInMethod | null;
  email?: string;
}

export function actorOf(auth: Auth): Actor {
  if (auth.kind === 'client') return { kind: 'member', id: auth.memberId, method: auth.method };
  if (auth.user) return { kind: 'user', id: auth.user.id, method: null, email: auth.user.email };
  return { kind: 'owner', id: auth.credentialId, method: null };
}

/**
 * How files, versions and comments record their author: the business (`owner`, with the API key's or the
 * user's id) or a member. The contract's `Actor` has just these two kinds.
 */
export function authorKind(actor: Actor): 'owner' | 'member' {
  return actor.kind === 'member' ? 'member' : 'owner';
}
