import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { IdempotencyKeyRow } from './table.ts';

// A key is remembered for 24 hours; an `in_progress` claim older than 5 minutes belongs to a request
// whose process died, and may be taken over by a retry.
const TTL = sql`interval '24 hours'`;
const ABANDONED = sql`interval '5 minutes'`;

/**
 * Claims the key for this request in one statement: inserts it, or takes over an expired or abandoned
 * claim. Returns `true` when this request owns the key and should run.
 */
export async function claimKey(db: Executor, scope: string, key: string, requestHash: string): Promise<boolean> {
  const result = await sql<{ key: string }>`
    insert into idempotency_keys (scope, key, request_hash, state)
    values (${scope}, ${key}, ${requestHash}, 'in_progress')
    on conflict (scope, key) do update
      set request_hash = excluded.request_hash, state = 'in_progress', response_status = null,
          response_sealed = null, created_at = now()
      where idempotency_keys.created_at < now() - ${TTL}
         or (idempotency_keys.state = 'in_progress' and idempotency_keys.created_at < now() - ${ABANDONED}
             and idempotency_keys.request_hash = excluded.request_hash)
    returning key`.execute(db);
  return result.rows.length === 1;
}

export function findKey(db: Executor, scope: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  return db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
}

export async function completeKey(db: Executor, scope: string, key: string, response: { status: number; sealed: string }): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 'completed', response_status: response.status, response_sealed: response.sealed })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

export async function releaseKey(db: Executor, scope: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).execute();
}

/** Removes keys past their 24 hours. */
export async function purgeExpiredKeys(db: Executor): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', sql<Date>`now() - ${TTL}`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
