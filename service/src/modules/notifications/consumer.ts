import type { Logger } from 'pino';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { RequestReminderSettings } from '../../config.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { EventRow } from '../events/table.ts';
import { addNotification, FLUSH_JOB, recipientKey } from './batching.ts';
import { flushBatch } from './flush.ts';
import { planNotifications } from './recipients.ts';
import { REMINDER_JOB, scheduleReminder, sendReminders } from './reminders.ts';
import { startRequestReminders } from './request-reminders.ts';

export interface NotificationDeps {
  db: Db;
  queue: Queue;
  logger: Logger;
  publicUrl: string;
  secretKey: string;
  /** NOTIFY_BATCH_SECONDS. */
  batchSeconds: number;
  /** REQUEST_REMINDER_*. */
  requestReminders: RequestReminderSettings;
  /** Records `request.overdue`. */
  events: EventRecorder;
}

/** The notifications consumer of one event, in the dispatch job's transaction: batch items, and a reminder. */
export async function notifyForEvent(
  trx: Executor,
  deps: Pick<NotificationDeps, 'queue' | 'batchSeconds'>,
  event: EventRow,
): Promise<void> {
  for (const planned of await planNotifications(trx, event)) {
    await addNotification(trx, deps.queue, deps.batchSeconds, planned, {
      workspaceId: event.workspace_id,
      portalId: event.portal_id!,
      dedupeKey: `${event.id}:${recipientKey(planned)}`,
      eventId: event.id,
      occurredAt: event.created_at,
    });
  }
  if (event.type === 'approval.requested') await scheduleReminder(trx, deps.queue, event);
}

/** Runs this instance's workers for batch flushes, approval reminders and document request reminders. */
export async function startNotificationJobs(deps: NotificationDeps, options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  await deps.queue.work<{ batch_id: string }>(FLUSH_JOB, (job) => flushBatch(deps, job.data.batch_id), { ...options, drain: true });
  await deps.queue.work<{ event_id: string }>(REMINDER_JOB, (job) => sendReminders(deps, job.data.event_id), options);
  await startRequestReminders({ ...deps, settings: deps.requestReminders }, options);
}
