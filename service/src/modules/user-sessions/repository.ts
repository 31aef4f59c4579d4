import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { prepare, queryPrepared, type PreparedRow } from '../../db/prepared.ts';
import type { UserSessionRow } from './table.ts';

export function insertUserSession(
  db: Executor,
  session: Omit<UserSessionRow, 'seq' | 'created_at' | 'last_used_at' | 'revoked_at'>,
): Promise<UserSessionRow> {
  return db
    .insertInto('user_sessions')
    .values({ ...session, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// Runs on every request the console makes: prepared, primary-key lookups. Live means not revoked, within 30
// days of sign-in and used within the last 7; the user (deleted with their sessions) gives email and role.
const FIND_LIVE_USER_SESSION = prepare<{ sessionId: string }>('user_sessions.find_live').compile((db, param) =>
  db
    .selectFrom('user_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.workspace_id', 's.user_id', 's.secret_hash', 's.last_used_at', 'u.email', 'u.role'])
    .where('s.id', '=', param('sessionId'))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_used_at', '>', sql<Date>`now() - interval '7 days'`),
);

export type LiveUserSession = PreparedRow<typeof FIND_LIVE_USER_SESSION>;

export async function findLiveUserSession(db: Db, sessionId: string): Promise<LiveUserSession | undefined> {
  const [row] = await queryPrepared(db, FIND_LIVE_USER_SESSION, { sessionId });
  return row;
}

/** Slides the idle window: at most once a minute per session, so a busy console does not write on every request. */
export async function touchUserSession(db: Executor, sessionId: string): Promise<void> {
  await db
    .updateTable('user_sessions')
    .set({ last_used_at: sql<Date>`now()` })
    .where('id', '=', sessionId)
    .where('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)
    .execute();
}

/** Whether the user holds a live session from this user agent (a sign-in from another is a new device). */
export async function hasLiveSessionFrom(db: Executor, userId: string, userAgent: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('user_sessions')
    .select('id')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .where('last_used_at', '>', sql<Date>`now() - interval '7 days'`)
    .where((eb) => (userAgent === null ? eb('user_agent', 'is', null) : eb('user_agent', '=', userAgent)))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The user's live sessions, most recently used first, after the session at `afterSeq` in that order (its
 * `last_used_at` is read back, so a page follows on from where the last one ended).
 */
export async function listLiveUserSessions(
  db: Executor,
  userId: string,
  options: { limit: number; afterSeq?: string },
): Promise<UserSessionRow[]> {
  let query = db
    .selectFrom('user_sessions as s')
    .selectAll('s')
    .where('s.user_id', '=', userId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_used_at', '>', sql<Date>`now() - interval '7 days'`);
  if (options.afterSeq !== undefined) {
    const after = options.afterSeq;
    query = query.where(
      (eb) =>
        sql<boolean>`(${eb.ref('s.last_used_at')}, ${eb.ref('s.seq')}) < (select c.last_used_at, c.seq from user_sessions c where c.seq = ${after} and c.user_id = ${userId})`,
    );
  }
  return query
    .orderBy('s.last_used_at', 'desc')
    .orderBy('s.seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** Ends one of the user's own sessions; `undefined` when it is not theirs or already ended. */
export function revokeUserSessionRow(db: Executor, userId: string, sessionId: string): Promise<UserSessionRow | undefined> {
  return db
    .updateTable('user_sessions')
    .set({ revoked_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function countLiveUserSessions(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('user_sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
