import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { SignInTokenRow, VerificationCodeRow } from './table.ts';

/** A new code voids the old one (and its magic link); revoking a member voids everything pending. */
export async function voidPendingSignIns(
  db: Executor,
  portalId: string,
  memberId: string,
  kinds: Array<SignInTokenRow['kind']> = ['magic_link', 'sign_in_link', 'embed'],
): Promise<void> {
  await db
    .deleteFrom('verification_codes')
    .where('portal_id', '=', portalId)
    .where('member_id', '=', memberId)
    .where('consumed_at', 'is', null)
    .execute();
  if (kinds.length === 0) return;
  await db
    .deleteFrom('sign_in_tokens')
    .where('portal_id', '=', portalId)
    .where('member_id', '=', memberId)
    .where('consumed_at', 'is', null)
    .where('kind', 'in', kinds)
    .execute();
}

export async function insertCode(
  db: Executor,
  code: { portal_id: string; member_id: string; code_hash: string; expires_at: Date },
): Promise<void> {
  await db
    .insertInto('verification_codes')
    .values({ ...code, consumed_at: null })
    .execute();
}

export async function insertToken(db: Executor, token: Omit<SignInTokenRow, 'created_at' | 'consumed_at'>): Promise<void> {
  await db
    .insertInto('sign_in_tokens')
    .values({ ...token, consumed_at: null })
    .execute();
}

/** The member's live code, locked: wrong attempts are counted one after another. */
export function lockLiveCode(db: Executor, portalId: string, memberId: string): Promise<VerificationCodeRow | undefined> {
  return db
    .selectFrom('verification_codes')
    .selectAll()
    .where('portal_id', '=', portalId)
    .where('member_id', '=', memberId)
    .where('consumed_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function countFailedAttempt(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('verification_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function consumeCode(db: Executor, id: string): Promise<void> {
  await db.updateTable('verification_codes').set({ consumed_at: new Date() }).where('id', '=', id).execute();
}

/**
 * Consumes a token of one of `kinds` in one statement: of any number of concurrent attempts, exactly one gets
 * the row.
 */
export function consumeToken(
  db: Executor,
  portalId: string,
  tokenHash: string,
  kinds: Array<SignInTokenRow['kind']>,
): Promise<SignInTokenRow | undefined> {
  return db
    .updateTable('sign_in_tokens')
    .set({ consumed_at: sql<Date>`now()` })
    .where('token_hash', '=', tokenHash)
    .where('portal_id', '=', portalId)
    .where('kind', 'in', kinds)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returningAll()
    .executeTakeFirst();
}
