import type { components } from '@foyer/contract';
import { actorOf, requireAuth, requireOwner, type Auth, type ClientAuth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { newBearerToken, parseBearerToken } from '../../lib/bearer-token.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import { hashesEqual, keyedHash } from '../../lib/secrets.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { toMemberDto } from '../members/dto.ts';
import { findMember } from '../members/repository.ts';
import type { MemberRow } from '../members/table.ts';
import { setMemberNotifications } from '../notifications/preferences.ts';
import type { PortalService } from '../portals/service.ts';
import { toUserDto } from '../users/dto.ts';
import { findUser } from '../users/repository.ts';
import {
  findLiveSession,
  findSession,
  insertSession,
  listLiveSessions,
  revokeSessionRow,
  touchSession,
  type SessionWithMember,
} from './repository.ts';
import type { SessionRow, SignInMethod } from './table.ts';

export type SessionDto = components['schemas']['Session'];
export type SessionCreatedDto = components['schemas']['SessionCreated'];

/** A remembered device lasts 90 days from sign-in, however often it is used. */
export const SESSION_LIFETIME_MS = 90 * 24 * 3600_000;

/**
 * A session the business's website handed over (`embed`) lasts a day: the site signs its user in again at each
 * visit with a fresh code, so a longer life would only leave live sessions behind it (one per page view, where
 * the browser keeps nothing, e.g. a private window). The widget also ends the session it replaces.
 */
export const EMBED_SESSION_LIFETIME_MS = 24 * 3600_000;

/** How long a session started by `method` lives. */
export function sessionLifetimeMs(method: SignInMethod): number {
  return method === 'embed' ? EMBED_SESSION_LIFETIME_MS : SESSION_LIFETIME_MS;
}

/** Starts a session for `member` on this device; the token is returned once, only its keyed hash is kept. */
export async function createSession(
  trx: Executor,
  secretKey: string,
  member: MemberRow,
  method: SignInMethod,
  meta: RequestMeta,
): Promise<{ token: string; row: SessionRow }> {
  // `cs_<32 base32: the session id>.<43 base64url: 256 random bits>`
  const { idPart, secret, token } = newBearerToken('cs');
  const row = await insertSession(trx, {
    id: `ses_${idPart}`,
    portal_id: member.portal_id,
    workspace_id: member.workspace_id,
    member_id: member.id,
    secret_hash: keyedHash(secretKey, secret),
    method,
    user_agent: meta.userAgent?.slice(0, 512) ?? null,
    ip: meta.ip,
    expires_at: new Date(Date.now() + sessionLifetimeMs(method)),
  });
  return { token, row };
}

/** Resolves a `cs_…` token to the client it belongs to, or `undefined` (unknown, revoked, expired). */
export async function authenticateSession(db: Db, secretKey: string, token: string): Promise<ClientAuth | undefined> {
  const parsed = parseBearerToken('cs', token);
  if (!parsed) return undefined;
  const { idPart, secret } = parsed;
  const live = await findLiveSession(db, `ses_${idPart}`);
  const presented = keyedHash(secretKey, secret);
  if (!live || !hashesEqual(presented, live.secret_hash)) return undefined;
  await touchSession(db, live);
  return {
    kind: 'client',
    workspaceId: live.workspace_id,
    portalId: live.portal_id,
    memberId: live.member_id,
    sessionId: live.id,
    email: live.email,
    method: live.method,
  };
}

export function toSessionDto(row: SessionWithMember): SessionDto {
  return {
    id: row.id,
    portal_id: row.portal_id,
    member: toMemberDto(row.member),
    method: row.method,
    user_agent: row.user_agent,
    ip: row.ip,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at.toISOString(),
    expires_at: row.expires_at.toISOString(),
  };
}

export function sessionCreatedDto(token: string, row: SessionRow, member: MemberRow): SessionCreatedDto {
  return { session_token: token, expires_at: row.expires_at.toISOString(), member: toMemberDto(member) };
}

type MeDto = components['schemas']['Me'];
type MeUpdateDto = components['schemas']['MeUpdate'];

/** Owners see and end a portal's sessions; a client reads itself, sets its preferences and signs its device out. */
export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly portals: PortalService,
  ) {}

  async list(auth: Auth | undefined, portalId: string, query: { limit?: number; cursor?: string }): Promise<Page<SessionDto>> {
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const limit = query.limit ?? 20;
    const rows = await listLiveSessions(this.db, portal.id, { limit, beforeSeq: decodeCursor(query.cursor) });
    return toPage(rows, limit, toSessionDto);
  }

  /** An owner ends one of its workspace's sessions. */
  async revoke(auth: Auth | undefined, sessionId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwner(auth);
    await this.db.transaction().execute(async (trx) => {
      const session = await revokeSessionRow(trx, owner.workspaceId, sessionId);
      if (!session) throw notFound('session');
      await this.events.record(
        trx,
        {
          workspaceId: session.workspace_id,
          portalId: session.portal_id,
          type: 'session.revoked',
          actor: actorOf(owner),
          target: { type: 'session', id: session.id },
          data: { member_id: session.member_id },
        },
        meta,
      );
    });
  }

  async me(auth: Auth | undefined): Promise<MeDto> {
    const caller = requireAuth(auth);
    if (caller.kind === 'owner' && caller.user) {
      const user = await findUser(this.db, caller.workspaceId, caller.user.id);
      if (!user) throw notFound('user');
      return { kind: 'user', workspace_id: caller.workspaceId, user: toUserDto(user) };
    }
    if (caller.kind === 'owner') return { kind: 'owner', workspace_id: caller.workspaceId };
    const [portal, member, session] = await Promise.all([
      this.portals.get(caller, caller.portalId),
      findMember(this.db, caller.portalId, caller.memberId),
      // The portal may be deleted meanwhile (the delete cascades to its sessions).
      findSession(this.db, caller.sessionId),
    ]);
    if (!member) throw notFound('member');
    if (!session) throw notFound('session');
    return {
      kind: 'client',
      workspace_id: caller.workspaceId,
      portal,
      member: toMemberDto(member),
      session: { id: session.id, expires_at: session.expires_at.toISOString() },
    };
  }

  /** A member's own preferences for this portal: `notifications: "none"` mutes its notification emails. */
  async updateMe(auth: Auth | undefined, changes: MeUpdateDto, meta: RequestMeta): Promise<MeDto> {
    const caller = requireAuth(auth);
    if (caller.kind !== 'client') throw notFound('member');
    await this.db
      .transaction()
      .execute((trx) => setMemberNotifications(trx, this.events, caller.memberId, changes.notifications, 'api', meta, caller.method));
    return this.me(caller);
  }

  /** A client signs this device out. */
  async signOut(auth: Auth | undefined, meta: RequestMeta): Promise<void> {
    const caller = requireAuth(auth);
    if (caller.kind !== 'client') throw notFound('session');
    await this.db.transaction().execute(async (trx) => {
      await revokeSessionRow(trx, caller.workspaceId, caller.sessionId);
      await this.events.record(
        trx,
        {
          workspaceId: caller.workspaceId,
          portalId: caller.portalId,
          type: 'session.revoked',
          actor: { kind: 'member', id: caller.memberId, method: caller.method },
          target: { type: 'session', id: caller.sessionId },
          data: { member_id: caller.memberId, signed_out: true },
        },
        meta,
      );
    });
  }
}
