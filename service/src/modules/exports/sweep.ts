import { sql } from 'kysely';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { Db } from '../../db/database.ts';

const BATCH = 500;

/**
 * Deletes exports past their `expires_at` (7 days after they were ready, or failed), queueing their zips for
 * the blob deletions that the storage sweep runs next; then removes zips under `exports/` older than `graceMs`
 * that no row names (a job that died after writing, an export deleted while it was written, a temporary file).
 * Returns how many exports expired.
 */
export async function sweepExports(db: Db, storage: ObjectStorage, options: { graceMs: number }): Promise<number> {
  let expired = 0;
  for (;;) {
    // One statement (the sweep may run on a single connection): rows out, their zips into the deletion queue.
    const { rows } = await sql<{ storage_key: string }>`
      with gone as (
        delete from exports where id in (
          select id from exports where expires_at <= now() limit ${BATCH} for update skip locked
        ) returning storage_key
      )
      insert into blob_deletions (storage_key) select storage_key from gone
      on conflict (storage_key) do nothing returning storage_key`.execute(db);
    expired += rows.length;
    if (rows.length < BATCH) break;
  }

  const cutoff = Date.now() - options.graceMs;
  for await (const object of storage.list('exports/')) {
    if (object.lastModified.getTime() > cutoff) continue;
    const live = await db.selectFrom('exports').select('id').where('storage_key', '=', object.key).executeTakeFirst();
    if (!live) await storage.delete(object.key);
  }
  return expired;
}
