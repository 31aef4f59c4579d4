import type { Generated } from 'kysely';

/**
 * Blobs whose rows are gone and which still have to be removed from storage. Rows are deleted first (in
 * the same transaction that records the key here), so no row ever points at missing bytes; a failed
 * removal is retried by the maintenance job.
 */
export interface BlobDeletionTable {
  storage_key: string;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Generated<Date>;
  created_at: Generated<Date>;
}
