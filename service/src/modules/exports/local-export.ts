import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { Db } from '../../db/database.ts';
import { newId, randomBase32 } from '../../lib/ids.ts';
import { NO_REQUEST } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { addExportEntries, planExport, type ExportCounts } from './contents.ts';
import { ZipWriter } from './zip-writer.ts';

export interface LocalExportResult {
  exportId: string;
  counts: ExportCounts;
  /** The zip's size in bytes. */
  size: number;
}

/**
 * `foyer export`: the same zip an export job writes, to a local file, without the exports table. Recorded as
 * `export.created` (actor system, `via: "cli"`) in the exported chain before it is read, so the export holds its
 * own record. `onStart` hears the files' total bytes, `onBytes` each chunk written. The zip is written beside
 * `out` under a temporary name and renamed when complete: `out` never holds half an export.
 */
export async function exportToFile(
  deps: { db: Db; storage: ObjectStorage; events: EventRecorder },
  scope: { workspaceId: string; portalId: string | null },
  out: string,
  progress: { onStart: (totalBytes: number) => void; onBytes: (bytes: number) => void },
): Promise<LocalExportResult | undefined> {
  const target = { ...scope, exportId: newId('export'), createdAt: new Date() };
  const plan = await planExport(deps.db, target);
  if (!plan) return undefined;
  await deps.db.transaction().execute((trx) =>
    deps.events.record(
      trx,
      {
        workspaceId: scope.workspaceId,
        portalId: scope.portalId,
        type: 'export.created',
        actor: { kind: 'system', id: null },
        target: { type: 'export', id: target.exportId },
        data: { scope: scope.portalId ? 'portal' : 'workspace', via: 'cli' },
      },
      NO_REQUEST,
    ),
  );
  progress.onStart(plan.bytes);
  const zip = new ZipWriter(target.createdAt);
  const counting = addExportEntries(zip, deps, target, plan, progress.onBytes);
  void zip.end();
  const temp = `${out}.tmp-${randomBase32(8)}`;
  try {
    await pipeline(zip.output, createWriteStream(temp, { flags: 'wx' }));
    await rename(temp, out);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return { exportId: target.exportId, counts: await counting, size: (await stat(out)).size };
}
