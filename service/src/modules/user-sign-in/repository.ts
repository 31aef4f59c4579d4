import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { UserSignInCodeRow, UserSignInTokenRow } from './table.ts';

/** A new code voids the address's previous code and magic link (invitations and choices stay). */
export async function voidPendingUserSignIns(db: Executor, email: string, kinds: Array<'magic_link'> = ['magic_link']): Promise<void> {
  await db.deleteFrom('user_sign_in_codes').where('email', '=', email).where('consumed_at', 'is', null).execute();
  if (kinds.length === 0) return;
  await db
    .deleteFrom('user_sign_in_tokens')
    .where('email', '=', email)
    .where('consumed_at', 'is', null)
    .where('kind', 'in', kinds)
    .execute();
}

export async function insertUserCode(db: Executor, code: { email: string; code_hash: string; expires_at: Date }): Promise<void> {
  await db
    .insertInto('user_sign_in_codes')
    .values({ ...code, consumed_at: null })
    .execute();
}

export async function insertUserToken(db: Executor, token: Omit<UserSignInTokenRow, 'created_at' | 'consumed_at'>): Promise<void> {
  await db
    .insertInto('user_sign_in_tokens')
    .values({ ...token, consumed_at: null })
    .execute();
}

/** The address's live code, locked: wrong attempts are counted one after another. */
export function lockLiveUserCode(db: Executor, email: string): Promise<UserSignInCodeRow | undefined> {
  return db
    .selectFrom('user_sign_in_codes')
    .selectAll()
    .where('email', '=', email)
    .where('consumed_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function countFailedUserAttempt(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('user_sign_in_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function consumeUserCode(db: Executor, id: string): Promise<void> {
  await db.updateTable('user_sign_in_codes').set({ consumed_at: new Date() }).where('id', '=', id).execute();
}

/**
 * Consumes a live token of one of `kinds` in one statement: of any number of concurrent attempts, exactly one
 * gets the row. With `workspaceId`, only if the token's address (or its invited user) is a user there — a
 * wrong workspace leaves the token unused.
 */
export function consumeUserToken(
  db: Executor,
  tokenHash: string,
  kinds: Array<UserSignInTokenRow['kind']>,
  workspaceId?: string,
): Promise<UserSignInTokenRow | undefined> {
  let query = db
    .updateTable('user_sign_in_tokens as t')
    .set({ consumed_at: sql<Date>`now()` })
    .where('t.token_hash', '=', tokenHash)
    .where('t.kind', 'in', kinds)
    .where('t.consumed_at', 'is', null)
    .where('t.expires_at', '>', sql<Date>`now()`);
  if (workspaceId !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('users as u')
          .select('u.id')
          .whereRef('u.email', '=', 't.email')
          .where('u.workspace_id', '=', workspaceId)
          .where((w) => w.or([w('t.user_id', 'is', null), w('u.id', '=', w.ref('t.user_id'))])),
      ),
    );
  }
  return query.returningAll().executeTakeFirst();
}
