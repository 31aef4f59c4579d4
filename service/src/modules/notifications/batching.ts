import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { Executor } from '../../db/database.ts';
import type { PlannedNotification } from './recipients.ts';
import { insertItem, itemExists, joinOrOpenBatch } from './repository.ts';

/** `notifications.flush {batch_id}`: sends one batch as one email, when its window closes. */
export const FLUSH_JOB = 'notifications.flush';
export const FLUSH_RETRY: RetryPolicy = { limit: 10, delaySeconds: 30, backoff: true };

export interface NotificationContext {
  workspaceId: string;
  portalId: string;
  /** Unique per (what happened, recipient): the same notification is never added twice. */
  dedupeKey: string;
  eventId: string | null;
  /** When it happened; a new batch closes `batchSeconds` after its first item happened. */
  occurredAt: Date;
}

export function recipientKey(n: Pick<PlannedNotification, 'audience' | 'memberId' | 'email'>): string {
  return n.audience === 'client' ? `member:${n.memberId}` : `owner:${n.email}`;
}

/**
 * Adds a notification to its recipient's open batch for the portal, opening one — and scheduling its flush
 * job `batchSeconds` after the first item happened — if there is none. Runs in the caller's transaction.
 * Returns false when this notification was already added (a job that ran twice).
 */
export async function addNotification(
  trx: Executor,
  queue: Queue,
  batchSeconds: number,
  planned: PlannedNotification,
  context: NotificationContext,
): Promise<boolean> {
  if (await itemExists(trx, context.dedupeKey)) return false;
  const item = {
    workspaceId: context.workspaceId,
    portalId: context.portalId,
    audience: planned.audience,
    memberId: planned.memberId,
    email: planned.email,
    recipientKey: recipientKey(planned),
    flushAt: new Date(context.occurredAt.getTime() + batchSeconds * 1000),
    dedupeKey: context.dedupeKey,
    kind: planned.kind,
    eventId: context.eventId,
    data: { ...planned.line },
    occurredAt: context.occurredAt,
  };
  const batch = await joinOrOpenBatch(trx, item);
  const added = await insertItem(trx, batch.id, item);
  if (batch.opened) {
    await queue.send(
      FLUSH_JOB,
      { batch_id: batch.id },
      { transaction: trx, startAfter: batch.flush_at, retry: FLUSH_RETRY, expireInSeconds: 120 },
    );
  }
  return added;
}
