import type { Logger } from 'pino';
import type { ObjectStorage } from './adapters/storage/index.ts';
import type { ResumableStore } from './adapters/storage/resumable-store.ts';
import type { Queue } from './adapters/queue/queue.ts';
import type { Db } from './db/database.ts';
import type { EventRecorder } from './modules/events/recorder.ts';
import type { WebAssets } from './modules/widget-assets/bundles.ts';

/** What `createApp` is built from besides the configuration; tests pass their own. */
export interface AppDeps {
  db: Db;
  logger: Logger;
  storage: ObjectStorage;
  /** Where resumable uploads keep their bytes while they arrive; default: the tus store for `config.storage`. */
  resumable?: ResumableStore;
  /** The job queue, for features that send email or other background work (`enqueueEmail(deps.queue, …)`). */
  queue: Queue;
  /** Appends to the audit trail; every event it records is dispatched to notifications and webhooks. */
  events: EventRecorder;
  /** The widget's built scripts (`/widget.js`, `/console.js`); default: what `npm run build -w @foyer/widget` wrote. */
  webAssets?: WebAssets;
}
