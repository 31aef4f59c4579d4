import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/** Records blobs to remove; call in the transaction that deletes their rows. */
export async function scheduleBlobDeletions(db: Executor, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('blob_deletions')
    .values(keys.map((storage_key) => ({ storage_key, last_error: null })))
    .onConflict((oc) => oc.column('storage_key').doNothing())
    .execute();
}

export async function dueBlobDeletions(db: Executor, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('blob_deletions')
    .select('storage_key')
    .where('next_attempt_at', '<=', sql<Date>`now()`)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.storage_key);
}

export async function completeBlobDeletion(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('blob_deletions').where('storage_key', '=', key).execute();
}

/** Backs off exponentially: 1, 2, 4 … minutes, capped at 6 hours. */
export async function failBlobDeletion(db: Executor, key: string, error: string): Promise<void> {
  await db
    .updateTable('blob_deletions')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 1000),
      next_attempt_at: sql<Date>`now() + least(interval '6 hours', interval '1 minute' * power(2, attempts))`,
    }))
    .where('storage_key', '=', key)
    .execute();
}

/** Which of `keys` a row still needs (a version's bytes, a preview image) or a deletion is already queued for. */
export async function knownKeys(db: Executor, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const [versions, previews, deletions] = await Promise.all([
    db.selectFrom('file_versions').select('storage_key').where('storage_key', 'in', keys).execute(),
    db.selectFrom('file_preview_images').select('storage_key').where('storage_key', 'in', keys).execute(),
    db.selectFrom('blob_deletions').select('storage_key').where('storage_key', 'in', keys).execute(),
  ]);
  return new Set([...versions, ...previews, ...deletions].map((r) => r.storage_key));
}
