import type { Logger } from 'pino';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { notifyForEvent, startNotificationJobs } from '../notifications/consumer.ts';
import { queueWebhookDeliveries, startWebhookJobs } from '../webhooks/deliveries.ts';
import { queuePreviewForEvent } from '../previews/jobs.ts';
import { DISPATCH_JOB } from './dispatch.ts';
import type { EventRecorder } from './recorder.ts';

export interface EventConsumerDeps {
  db: Db;
  queue: Queue;
  logger: Logger;
  /** Consumers record events of their own (a webhook endpoint disabled after a day of failures). */
  events: EventRecorder;
}

/**
 * Starts the consumers of the audit trail in this instance — notification emails, webhooks and previews: the
 * workers of the `events.dispatch` jobs that every {@link EventRecorder} on this database enqueues
 * (dispatch.ts). The job runs each consumer in a transaction of its own; all are idempotent (unique keys per
 * event and recipient or endpoint, one render job per version), so a retried job repeats nothing. Jobs of events recorded while no instance runs
 * them (by the CLI, say) wait in the queue.
 */
export async function startEventConsumers(
  config: Pick<Config, 'publicUrl' | 'secretKey' | 'notifyBatchSeconds' | 'requestReminders' | 'webhooksAllowPrivate' | 'previews'>,
  deps: EventConsumerDeps,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<void> {
  const { db, queue, logger, events } = deps;
  const notifications = {
    db,
    queue,
    logger,
    publicUrl: config.publicUrl,
    secretKey: config.secretKey,
    batchSeconds: config.notifyBatchSeconds,
    requestReminders: config.requestReminders,
    events,
  };
  const webhooks = { db, queue, logger, events, secretKey: config.secretKey, allowPrivate: config.webhooksAllowPrivate };
  await startNotificationJobs(notifications, options);
  await startWebhookJobs(webhooks, options);
  await queue.work<{ event_id: string }>(
    DISPATCH_JOB,
    async (job) => {
      const event = await db.selectFrom('events').selectAll().where('id', '=', job.data.event_id).executeTakeFirst();
      if (!event) return;
      await db.transaction().execute((trx) => notifyForEvent(trx, notifications, event));
      await db.transaction().execute((trx) => queueWebhookDeliveries(trx, queue, event));
      await queuePreviewForEvent(db, queue, event, config.previews.timeoutSeconds);
    },
    { ...options, drain: true },
  );
}
