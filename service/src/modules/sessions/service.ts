import type { components } from '@foyer/contract';
import type { ClientAuth } from '../../authz/auth.ts';
import type { Db, Executor } from '../../db/database.ts';
import { randomBase32 } from '../../lib/ids.ts';
import { hashesEqual, keyedHash, randomSecret } from '../../lib/secrets.ts';
import { toMemberDto } from '../members/dto.ts';
import type { MemberRow } from '../members/table.ts';
import type { RequestMeta } from '../events/recorder.ts';
import { findLiveSession, insertSession, touchSession, type SessionWithMember } from './repository.ts';
import type { SessionRow, SignInMethod } from './table.ts';

export type SessionDto = components['schemas']['Session'];
export type SessionCreatedDto = components['schemas']['SessionCreated'];

/** A remembered device lasts 90 days from sign-in, however often it is used. */
export const SESSION_LIFETIME_MS = 90 * 24 * 3600_000;

// `cs_<32 base32: the session id>.<43 base64url: 256 random bits>`
const SESSION_TOKEN = /^cs_([0-9a-z]{32})\.([A-Za-z0-9_-]{43})$/;

/** Starts a session for `member` on this device; the token is returned once, only its keyed hash is kept. */
export async function createSession(
  trx: Executor,
  secretKey: string,
  member: MemberRow,
  method: SignInMethod,
  meta: RequestMeta,
): Promise<{ token: string; row: SessionRow }> {
  const idPart = randomBase32(32);
  const secret = randomSecret(32);
  const row = await insertSession(trx, {
    id: `ses_${idPart}`,
    portal_id: member.portal_id,
    workspace_id: member.workspace_id,
    member_id: member.id,
    secret_hash: keyedHash(secretKey, secret),
    method,
    user_agent: meta.userAgent?.slice(0, 512) ?? null,
    ip: meta.ip,
    expires_at: new Date(Date.now() + SESSION_LIFETIME_MS),
  });
  return { token: `cs_${idPart}.${secret}`, row };
}

/** Resolves a `cs_…` token to the client it belongs to, or `undefined` (unknown, revoked, expired). */
export async function authenticateSession(db: Db, secretKey: string, token: string): Promise<ClientAuth | undefined> {
  const match = SESSION_TOKEN.exec(token);
  if (!match) return undefined;
  const [, idPart, secret] = match as unknown as [string, string, string];
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
