import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { Executor } from '../../db/database.ts';
import type { EventRow } from '../events/table.ts';
import { previewKind } from './kinds.ts';
import { renderPreview, type PreviewJobDeps } from './render-job.ts';
import { Renderers } from './renderer-process.ts';
import { findVersionToRender } from './repository.ts';

/** `previews.render {file_id, version}`: renders one version's previews (render-job.ts). */
export const PREVIEW_JOB = 'previews.render';
// Only the service's own failures are retried (storage or the database away): a file that cannot be rendered
// is an outcome, recorded as `failed`.
const PREVIEW_RETRY: RetryPolicy = { limit: 5, delaySeconds: 30, backoff: true };
/** One job per version at a time: a second ask within this window (a retried dispatch, a list) is dropped. */
const SINGLETON_SECONDS = 120;

interface PreviewJob {
  file_id: string;
  version: number;
}

/** Asks for a version's previews; a job for it already queued within the window makes this a no-op. */
export async function queuePreview(queue: Queue, fileId: string, version: number, timeoutSeconds: number): Promise<void> {
  await queue.send<PreviewJob>(
    PREVIEW_JOB,
    { file_id: fileId, version },
    {
      retry: PREVIEW_RETRY,
      singletonKey: `${fileId}:${version}`,
      singletonSeconds: SINGLETON_SECONDS,
      // The renderer's own limit, plus the copies in and out of storage.
      expireInSeconds: timeoutSeconds + 300,
    },
  );
}

/**
 * The audit trail's consumer for previews (events/consumers.ts): each new file or version whose type has a
 * preview gets its render job — whichever way it was uploaded.
 */
export async function queuePreviewForEvent(db: Executor, queue: Queue, event: EventRow, timeoutSeconds: number): Promise<void> {
  if (event.type !== 'file.uploaded' && event.type !== 'file.version_uploaded') return;
  const version = (event.data as { version?: unknown }).version;
  if (event.target_id === null || typeof version !== 'number') return;
  const target = await findVersionToRender(db, event.target_id, version);
  if (target && previewKind(target.content_type)) await queuePreview(queue, target.file_id, target.version, timeoutSeconds);
}

/**
 * Runs this instance's preview worker: one render at a time (each is a child process on a core of its own),
 * with a renderer started ahead for the first one.
 */
export async function startPreviewJobs(
  queue: Queue,
  deps: Omit<PreviewJobDeps, 'renderers'>,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  const renderers = new Renderers(deps.settings.memoryMb);
  renderers.warm();
  const withRenderers = { ...deps, renderers };
  await queue.work<PreviewJob>(PREVIEW_JOB, (job) => renderPreview(withRenderers, job.data.file_id, job.data.version), {
    ...options,
    drain: true,
  });
}
