import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import type { Db } from '../../db/database.ts';
import { ID_PREFIXES } from '../../lib/ids.ts';
import { sweepExpiredUploads } from '../uploads/expiry.ts';
import { sweepExports } from '../exports/sweep.ts';
import { completeBlobDeletion, dueBlobDeletions, failBlobDeletion, knownKeys } from './repository.ts';

export interface SweepResult {
  /** Blobs of deleted files removed now (queued deletions, including retries). */
  deleted: number;
  /** Blobs that no row refers to (a crash between writing the blob and committing its row). */
  orphansRemoved: number;
  /** Deletions that failed again and stay queued. */
  failed: number;
  /** Resumable uploads past their expiry: unfinished ones with their bytes, finished ones' rows. */
  uploadsExpired: number;
  /** Exports past their 7 days, deleted with their zips. */
  exportsExpired: number;
}

export interface SweepOptions {
  graceMs: number;
  /** The resumable uploads' store, whose expired uploads are removed too. */
  uploads?: { store: ResumableStore; logger: Logger };
}

const BATCH = 500;
const SWEEP_LOCK = 7_461_002;

/**
 * Removes blobs whose rows are gone: first expired exports (exports/sweep.ts queues their zips), then expired
 * resumable uploads, then the queued deletions, then orphans — objects older than `graceMs` (so uploads in flight
 * are left alone) that no version, preview image or queued deletion names: under `portals/`, and, given the
 * resumable store, the preview images beside a resumably uploaded version's bytes (`uploads/upl_….previews/…`
 * on disk, `upl_….previews/…` in the bucket; the upload's own bytes and record there are the expiry sweep's).
 */
export async function sweepStorage(db: Db, storage: ObjectStorage, options: SweepOptions): Promise<SweepResult> {
  const result: SweepResult = { deleted: 0, orphansRemoved: 0, failed: 0, uploadsExpired: 0, exportsExpired: 0 };
  result.exportsExpired = await sweepExports(db, storage, options);
  if (options.uploads) {
    const uploads = await sweepExpiredUploads(db, options.uploads.store, options.uploads.logger);
    result.uploadsExpired = uploads.expired;
    result.failed += uploads.failed;
  }
  for (;;) {
    const due = await dueBlobDeletions(db, BATCH);
    for (const key of due) {
      try {
        await storage.delete(key);
        await completeBlobDeletion(db, key);
        result.deleted++;
      } catch (err) {
        await failBlobDeletion(db, key, String(err));
        result.failed++;
      }
    }
    if (due.length < BATCH) break;
  }

  const cutoff = Date.now() - options.graceMs;
  let batch: string[] = [];
  const flush = async () => {
    const known = await knownKeys(db, batch.map(stripTemp));
    for (const key of batch) {
      if (known.has(stripTemp(key)) && stripTemp(key) === key) continue;
      await storage.delete(key);
      result.orphansRemoved++;
    }
    batch = [];
  };
  const scans: { prefix: string; candidate: (key: string) => boolean }[] = [{ prefix: 'portals/', candidate: () => true }];
  if (options.uploads)
    scans.push({ prefix: options.uploads.store.blobKey(`${ID_PREFIXES.upload}_`), candidate: (key) => key.includes('.previews/') });
  for (const { prefix, candidate } of scans)
    for await (const object of storage.list(prefix)) {
      if (object.lastModified.getTime() > cutoff || !candidate(object.key)) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) await flush();
    }
  if (batch.length > 0) await flush();
  return result;
}

// A local-disk temporary file (`…/key.tmp-xxxx`) is never a live object, whatever its key.
function stripTemp(key: string): string {
  const at = key.indexOf('.tmp-');
  return at === -1 ? key : key.slice(0, at);
}

/** Runs {@link sweepStorage} every `intervalMs` on one instance at a time (a Postgres advisory lock). */
export function startStorageMaintenance(
  db: Db,
  storage: ObjectStorage,
  logger: Logger,
  options: { intervalMs: number; graceMs: number; uploads?: ResumableStore },
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = async () => {
    await db.connection().execute(async (conn) => {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${SWEEP_LOCK}) as locked`.execute(conn);
      if (!rows[0]?.locked) return;
      try {
        const uploads = options.uploads && { store: options.uploads, logger };
        const result = await sweepStorage(conn as Db, storage, { graceMs: options.graceMs, ...(uploads ? { uploads } : {}) });
        if (result.deleted || result.orphansRemoved || result.failed || result.uploadsExpired || result.exportsExpired)
          logger.info({ sweep: result }, 'storage sweep');
      } finally {
        await sql`select pg_advisory_unlock(${SWEEP_LOCK})`.execute(conn);
      }
    });
  };
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch((err: unknown) => logger.error({ err }, 'storage sweep failed'))
      .finally(() => (running = undefined));
  }, options.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
