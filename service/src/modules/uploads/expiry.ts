import type { Logger } from 'pino';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import type { Executor } from '../../db/database.ts';
import { deleteUpload, expiredUploads } from './repository.ts';
import type { UploadRow } from './table.ts';

const BATCH = 200;

/**
 * Past their expiry: an unfinished upload's bytes are removed from the tus store (on S3 its multipart upload
 * is aborted, its parts with it), then its row; a completed upload keeps its bytes — its version's blob — and
 * loses only its row (and the store's record, if a crash left it). One that fails stays for the next sweep.
 */
export async function sweepExpiredUploads(
  db: Executor,
  store: ResumableStore,
  logger: Logger,
): Promise<{ expired: number; failed: number }> {
  const result = { expired: 0, failed: 0 };
  const seen = new Set<string>();
  for (;;) {
    const due = (await expiredUploads(db, BATCH)).filter((u) => !seen.has(u.id));
    for (const upload of due) {
      seen.add(upload.id);
      if (await removeUpload(db, store, logger, upload)) result.expired++;
      else result.failed++;
    }
    if (due.length === 0) return result;
  }
}

/**
 * Removes an upload: an unfinished one's bytes and record from the tus store, a completed one's record only
 * (its bytes are a version's blob), then its row. False when that failed (logged): the row stays.
 */
export async function removeUpload(
  db: Executor,
  store: ResumableStore,
  logger: Logger,
  upload: Pick<UploadRow, 'id' | 'status'>,
): Promise<boolean> {
  try {
    if (upload.status === 'open') await store.remove(upload.id);
    else await store.forget(upload.id);
    await deleteUpload(db, upload.id);
    return true;
  } catch (err) {
    logger.warn({ err, upload: upload.id }, 'could not remove a resumable upload; the sweeper will retry');
    return false;
  }
}
