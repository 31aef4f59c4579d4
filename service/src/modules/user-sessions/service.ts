import type { components } from '@foyer/contract';
import { actorOf, requireUser, type Auth, type UserAuth } from '../../authz/auth.ts';
import type { Db, Executor } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { newBearerToken, parseBearerToken } from '../../lib/bearer-token.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { hashesEqual, keyedHash } from '../../lib/secrets.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { UserRow } from '../users/table.ts';
import { findLiveUserSession, insertUserSession, listLiveUserSessions, revokeUserSessionRow, touchUserSession } from './repository.ts';
import type { UserSessionRow, UserSignInMethod } from './table.ts';

export type UserSessionDto = components['schemas']['UserSession'];

/** A user session lasts 30 days from sign-in, and ends sooner after 7 days without a request. */
export const USER_SESSION_LIFETIME_MS = 30 * 24 * 3600_000;
export const USER_SESSION_IDLE_MS = 7 * 24 * 3600_000;

/** Starts a session for `user` on this device; the token `us_…` is returned once, only its keyed hash is kept. */
export async function createUserSession(
  trx: Executor,
  secretKey: string,
  user: Pick<UserRow, 'id' | 'workspace_id'>,
  method: UserSignInMethod,
  meta: RequestMeta,
): Promise<{ token: string; row: UserSessionRow }> {
  // `us_<32 base32: the session id>.<43 base64url: 256 random bits>`
  const { idPart, secret, token } = newBearerToken('us');
  const row = await insertUserSession(trx, {
    id: `uss_${idPart}`,
    workspace_id: user.workspace_id,
    user_id: user.id,
    secret_hash: keyedHash(secretKey, secret),
    method,
    user_agent: meta.userAgent?.slice(0, 512) ?? null,
    ip: meta.ip,
    expires_at: new Date(Date.now() + USER_SESSION_LIFETIME_MS),
  });
  return { token, row };
}

/**
 * Resolves a `us_…` token to the owner auth of its workspace with the user attached, or `undefined`
 * (unknown, revoked, expired, idle for 7 days, or its user removed). Looked up on every request.
 */
export async function authenticateUserSession(db: Db, secretKey: string, token: string): Promise<UserAuth | undefined> {
  const parsed = parseBearerToken('us', token);
  if (!parsed) return undefined;
  const live = await findLiveUserSession(db, `uss_${parsed.idPart}`);
  // Hash even when the session is unknown, so both paths cost the same.
  const presented = keyedHash(secretKey, parsed.secret);
  if (!live || !hashesEqual(presented, live.secret_hash)) return undefined;
  if (Date.now() - live.last_used_at.getTime() > 60_000) await touchUserSession(db, live.id);
  return {
    kind: 'owner',
    workspaceId: live.workspace_id,
    // Who acts, as events and the dashboard's seen marks record it.
    credentialId: live.user_id,
    user: { id: live.user_id, email: live.email, role: live.role, sessionId: live.id },
  };
}

/** When a session ends unless used before: 30 days after sign-in at the latest, 7 days after its last use. */
export function userSessionEnd(row: Pick<UserSessionRow, 'expires_at' | 'last_used_at'>): Date {
  return new Date(Math.min(row.expires_at.getTime(), row.last_used_at.getTime() + USER_SESSION_IDLE_MS));
}

function toDto(row: UserSessionRow, currentId: string): UserSessionDto {
  return {
    id: row.id,
    current: row.id === currentId,
    user_agent: row.user_agent,
    ip: row.ip,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at.toISOString(),
    expires_at: userSessionEnd(row).toISOString(),
  };
}

/** A user's own sessions: list them, end one, sign this device out. Nobody else's are visible. */
export class UserSessionService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
  ) {}

  async list(auth: Auth | undefined, query: { limit?: number; cursor?: string }): Promise<Page<UserSessionDto>> {
    const caller = requireUser(auth);
    const limit = query.limit ?? 20;
    const rows = await listLiveUserSessions(this.db, caller.user.id, { limit, afterSeq: decodeCursor(query.cursor) });
    return toPage(rows, limit, (row) => toDto(row, caller.user.sessionId));
  }

  /** Ends one of the caller's own sessions; another user's is 404. */
  async revoke(auth: Auth | undefined, sessionId: string, meta: RequestMeta): Promise<void> {
    const caller = requireUser(auth);
    await this.db.transaction().execute(async (trx) => {
      const ended = await revokeUserSessionRow(trx, caller.user.id, sessionId);
      if (!ended) throw notFound('session');
      await this.recordRevoked(trx, caller, ended.id, { signed_out: ended.id === caller.user.sessionId }, meta);
    });
  }

  /** Ends the session that made the request. */
  async signOut(auth: Auth | undefined, meta: RequestMeta): Promise<void> {
    const caller = requireUser(auth);
    await this.db.transaction().execute(async (trx) => {
      const ended = await revokeUserSessionRow(trx, caller.user.id, caller.user.sessionId);
      if (ended) await this.recordRevoked(trx, caller, ended.id, { signed_out: true }, meta);
    });
  }

  private recordRevoked(trx: Executor, caller: UserAuth, sessionId: string, data: Record<string, unknown>, meta: RequestMeta) {
    return this.events.record(
      trx,
      {
        workspaceId: caller.workspaceId,
        portalId: null,
        type: 'user_session.revoked',
        actor: actorOf(caller),
        target: { type: 'user_session', id: sessionId },
        data: { user_id: caller.user.id, ...data },
      },
      meta,
    );
  }
}
