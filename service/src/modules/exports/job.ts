import type { Logger } from 'pino';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { Db } from '../../db/database.ts';
import { NO_REQUEST } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { addExportEntries, planExport, type ExportCounts } from './contents.ts';
import * as repo from './repository.ts';
import type { ExportRow } from './table.ts';
import { ZipWriter } from './zip-writer.ts';

export const EXPORT_JOB = 'exports.run';

/**
 * An attempt may take hours for a large workspace; one whose process died is retried after this long. Two retries
 * a minute apart, then the export is `failed`.
 */
export const EXPORT_JOB_OPTIONS = { retry: { limit: 2, delaySeconds: 60, backoff: false }, expireInSeconds: 4 * 3600 };

export interface ExportDeps {
  db: Db;
  storage: ObjectStorage;
  events: EventRecorder;
  logger: Logger;
}

/** How often progress is written to the row while the zip is being written. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Writes the export's zip to storage (streamed: never in memory, never on local disk first) and marks it ready
 * for 7 days, recording `export.ready`. Safe to run twice: a settled export is left alone, and a second attempt
 * writes the same key again.
 */
export async function runExport(deps: ExportDeps, exportId: string): Promise<void> {
  const { db, storage } = deps;
  const row = await repo.startExport(db, exportId);
  if (!row) return;
  const target = { exportId: row.id, workspaceId: row.workspace_id, portalId: row.portal_id, createdAt: row.created_at };
  const plan = await planExport(db, target);
  if (!plan) {
    // The portal was deleted after the export was asked for (its row went with it, unless it was erased).
    await repo.failExport(db, row.id, 'The portal no longer exists.');
    return;
  }
  const zip = new ZipWriter(row.created_at);
  let written = 0;
  let reported = Date.now();
  let saving: Promise<void> = Promise.resolve();
  const counting = addExportEntries(zip, deps, target, plan, (bytes) => {
    written += bytes;
    if (Date.now() - reported < PROGRESS_EVERY_MS || plan.bytes === 0) return;
    reported = Date.now();
    const percent = Math.min(99, Math.floor((written / plan.bytes) * 100));
    saving = saving.then(() => repo.setProgress(db, row.id, percent)).catch(() => {});
  });
  void zip.end();
  await storage.put(row.storage_key, zip.output);
  const counts = await counting;
  await saving;
  const size = (await storage.head(row.storage_key))?.size ?? 0;
  const ready = await db.transaction().execute(async (trx) => {
    const done = await repo.finishExport(trx, row.id, size);
    if (done) await recordOutcome(deps.events, trx, done, 'export.ready', { size, ...counts });
    return done;
  });
  // Deleted meanwhile (the portal erased): the bytes just written must not outlive it.
  if (!ready) await storage.delete(row.storage_key);
}

/** Registers the export worker: one export at a time per instance (they are long and read a lot). */
export function registerExportJobs(queue: Queue, deps: ExportDeps): Promise<void> {
  return queue.work<{ export_id: string }>(EXPORT_JOB, async (job) => {
    try {
      await runExport(deps, job.data.export_id);
    } catch (err) {
      deps.logger.error({ err, exportId: job.data.export_id }, 'export failed');
      if (job.retryCount < job.retryLimit) throw err;
      await deps.db.transaction().execute(async (trx) => {
        const failed = await repo.failExport(trx, job.data.export_id, 'The export could not be written; ask for a new one.');
        if (failed) await recordOutcome(deps.events, trx, failed, 'export.failed', {});
      });
    }
  });
}

async function recordOutcome(
  events: EventRecorder,
  trx: Parameters<EventRecorder['record']>[0],
  row: ExportRow,
  type: 'export.ready' | 'export.failed',
  data: Partial<ExportCounts> & { size?: number },
): Promise<void> {
  await events.record(
    trx,
    {
      workspaceId: row.workspace_id,
      portalId: row.portal_id,
      type,
      actor: { kind: 'system', id: null },
      target: { type: 'export', id: row.id },
      data,
    },
    NO_REQUEST,
  );
}
