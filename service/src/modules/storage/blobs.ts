import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { Db } from '../../db/database.ts';
import { completeBlobDeletion, failBlobDeletion } from './repository.ts';

/**
 * Removes blobs already queued in `blob_deletions` (their rows are gone). What fails stays queued, with
 * backoff, for the maintenance job.
 */
export async function removeQueuedBlobs(db: Db, storage: ObjectStorage, logger: Logger, keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await storage.delete(key);
      await completeBlobDeletion(db, key);
    } catch (err) {
      logger.warn({ err, key }, 'blob deletion failed; will retry');
      await failBlobDeletion(db, key, String(err)).catch(() => {});
    }
  }
}
