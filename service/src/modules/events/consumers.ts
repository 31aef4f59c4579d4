import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { notifyForEvent, startNotificationJobs } from '../notifications/consumer.ts';
import { queueWebhookDeliveries, startWebhookJobs } from '../webhooks/deliveries.ts';
import { registerEventDispatch } from './dispatch.ts';

/** `events.dispatch {event_id}`: hands one recorded event to every consumer. */
export const DISPATCH_JOB = 'events.dispatch';
const DISPATCH_RETRY: RetryPolicy = { limit: 10, delaySeconds: 10, backoff: true };

export interface EventConsumerDeps {
  db: Db;
  queue: Queue;
  logger: Logger;
}

/**
 * Starts the consumers of the audit trail in this instance — notification emails and webhooks — and
 * hooks `recordEvent` so that every event recorded in this database gets an `events.dispatch` job in
 * its own transaction. The job runs each consumer in a transaction of its own; both are idempotent
 * (unique keys per event and recipient or endpoint), so a retried job repeats nothing. Returns the
 * function that unhooks `recordEvent` (queued jobs stay for the next start).
 */
export async function startEventConsumers(
  config: Pick<Config, 'publicUrl' | 'secretKey' | 'notifyBatchSeconds' | 'webhooksAllowPrivate'>,
  deps: EventConsumerDeps,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<() => void> {
  const { db, queue, logger } = deps;
  const notifications = {
    db,
    queue,
    logger,
    publicUrl: config.publicUrl,
    secretKey: config.secretKey,
    batchSeconds: config.notifyBatchSeconds,
  };
  const webhooks = { db, queue, logger, secretKey: config.secretKey, allowPrivate: config.webhooksAllowPrivate };
  await startNotificationJobs(notifications, options);
  await startWebhookJobs(webhooks, options);
  await queue.work<{ event_id: string }>(
    DISPATCH_JOB,
    async (job) => {
      const event = await db.selectFrom('events').selectAll().where('id', '=', job.data.event_id).executeTakeFirst();
      if (!event) return;
      await db.transaction().execute((trx) => notifyForEvent(trx, notifications, event));
      await db.transaction().execute((trx) => queueWebhookDeliveries(trx, queue, event));
    },
    { ...options, drain: true },
  );
  const { rows } = await sql<{ database: string }>`select current_database() as database`.execute(db);
  return registerEventDispatch(rows[0]!.database, async (trx, event) => {
    await queue.send(DISPATCH_JOB, { event_id: event.id }, { transaction: trx, retry: DISPATCH_RETRY, expireInSeconds: 120 });
  });
}
