import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { prepare, queryPrepared, type PreparedRow } from '../../db/prepared.ts';
import type { MemberRow } from '../members/table.ts';
import type { SessionRow } from './table.ts';

/** A new session; signing in counts as being seen, so the member's `last_seen_at` moves with it. */
export async function insertSession(
  db: Executor,
  session: Omit<SessionRow, 'seq' | 'created_at' | 'last_used_at' | 'revoked_at'>,
): Promise<SessionRow> {
  const row = await db
    .insertInto('sessions')
    .values({ ...session, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.updateTable('members').set({ last_seen_at: row.created_at }).where('id', '=', row.member_id).execute();
  return row;
}

// Runs on every request a client makes: prepared, primary-key lookups.
const FIND_LIVE_SESSION = prepare<{ sessionId: string }>('sessions.find_live').compile((db, param) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('members as m', 'm.id', 's.member_id')
    .innerJoin('portals as p', 'p.id', 's.portal_id')
    .select(['s.id', 's.portal_id', 's.workspace_id', 's.member_id', 's.secret_hash', 's.method', 's.last_used_at', 'm.email'])
    .where('s.id', '=', param('sessionId'))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('m.status', '=', sql.lit('active'))
    .where('p.status', '=', sql.lit('active')),
);

/** What authentication needs of a live session, and the member's verified email. */
export type LiveSession = PreparedRow<typeof FIND_LIVE_SESSION>;

/**
 * A session that is usable right now: not revoked, not expired, its member active and its portal active.
 * Looked up on every request, so a revocation takes effect on the very next one.
 */
export async function findLiveSession(db: Db, sessionId: string): Promise<LiveSession | undefined> {
  const [row] = await queryPrepared(db, FIND_LIVE_SESSION, { sessionId });
  return row;
}

/** Records use at most once a minute per session (and the member's last-seen time with it). */
export async function touchSession(db: Executor, session: Pick<SessionRow, 'id' | 'member_id' | 'last_used_at'>): Promise<void> {
  if (Date.now() - session.last_used_at.getTime() < 60_000) return;
  await db.updateTable('sessions').set({ last_used_at: new Date() }).where('id', '=', session.id).execute();
  await db.updateTable('members').set({ last_seen_at: new Date() }).where('id', '=', session.member_id).execute();
}

/** A session by id, revoked or not; `undefined` once its portal (or member) is deleted. */
export function findSession(db: Executor, sessionId: string): Promise<Pick<SessionRow, 'id' | 'expires_at'> | undefined> {
  return db.selectFrom('sessions').select(['id', 'expires_at']).where('id', '=', sessionId).executeTakeFirst();
}

export type SessionWithMember = SessionRow & { member: MemberRow };

export async function listLiveSessions(
  db: Executor,
  portalId: string,
  options: { limit: number; beforeSeq?: string },
): Promise<SessionWithMember[]> {
  let query = db
    .selectFrom('sessions as s')
    .innerJoin('members as m', 'm.id', 's.member_id')
    .selectAll('s')
    .select([
      'm.id as m_id',
      'm.seq as m_seq',
      'm.portal_id as m_portal_id',
      'm.workspace_id as m_workspace_id',
      'm.email as m_email',
      'm.name as m_name',
      'm.status as m_status',
      'm.verified as m_verified',
      'm.origin as m_origin',
      'm.notifications as m_notifications',
      'm.locale as m_locale',
      'm.locale_source as m_locale_source',
      'm.last_seen_at as m_last_seen_at',
      'm.revoked_at as m_revoked_at',
      'm.created_at as m_created_at',
    ])
    .where('s.portal_id', '=', portalId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`);
  if (options.beforeSeq !== undefined) query = query.where('s.seq', '<', options.beforeSeq);
  const rows = await query
    .orderBy('s.seq', 'desc')
    .limit(options.limit + 1)
    .execute();
  return rows.map(
    ({
      m_id,
      m_seq,
      m_portal_id,
      m_workspace_id,
      m_email,
      m_name,
      m_status,
      m_verified,
      m_origin,
      m_notifications,
      m_locale,
      m_locale_source,
      m_last_seen_at,
      m_revoked_at,
      m_created_at,
      ...s
    }) => ({
      ...s,
      member: {
        id: m_id,
        seq: m_seq,
        portal_id: m_portal_id,
        workspace_id: m_workspace_id,
        email: m_email,
        name: m_name,
        status: m_status,
        verified: m_verified,
        origin: m_origin,
        notifications: m_notifications,
        locale: m_locale,
        locale_source: m_locale_source,
        last_seen_at: m_last_seen_at,
        revoked_at: m_revoked_at,
        created_at: m_created_at,
      },
    }),
  );
}

export function revokeSessionRow(db: Executor, workspaceId: string, sessionId: string): Promise<SessionRow | undefined> {
  return db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Ends every live session of the portal that came in through its secret link; returns how many. */
export async function revokeAccessLinkSessions(db: Executor, portalId: string): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('portal_id', '=', portalId)
    .where('method', '=', 'access_link')
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function revokeSessionsOfMember(db: Executor, memberId: string): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('member_id', '=', memberId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countSessionsOfMember(db: Executor, memberId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
