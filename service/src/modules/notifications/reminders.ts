import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { EventRow } from '../events/table.ts';
import { addNotification } from './batching.ts';
import { clientsOf } from './recipients.ts';
import { fileName } from './repository.ts';

/** `notifications.remind {event_id}`: one day before an approval request's `due_at`, reminds who has not decided. */
export const REMINDER_JOB = 'notifications.remind';
const REMINDER_RETRY: RetryPolicy = { limit: 10, delaySeconds: 30, backoff: true };
const DAY_MS = 24 * 3600_000;

/** Events after which a request needs nobody's decision any more. */
const SETTLING = ['approval.canceled', 'approval.superseded', 'approval.changes_requested'];

/**
 * Schedules the reminder of an `approval.requested` event for `due_at` minus one day, in the dispatching
 * transaction. A request due within a day gets none: its own email already says when it is due.
 */
export async function scheduleReminder(trx: Executor, queue: Queue, event: EventRow): Promise<void> {
  const due = typeof event.data.due_at === 'string' ? new Date(event.data.due_at) : undefined;
  if (!due || Number.isNaN(due.getTime())) return;
  const remindAt = new Date(due.getTime() - DAY_MS);
  if (remindAt.getTime() <= Date.now()) return;
  await queue.send(REMINDER_JOB, { event_id: event.id }, { transaction: trx, startAfter: remindAt, retry: REMINDER_RETRY });
}

/**
 * Runs at reminder time. Decides from the request's later events, so it needs nothing of the approvals
 * tables: canceled, superseded or changes requested → nobody; rule `any` with an approval → nobody;
 * otherwise every approver who has not approved yet (still active and not muted) gets a reminder line,
 * batched like any other notification.
 */
export async function sendReminders(deps: { db: Db; queue: Queue; batchSeconds: number }, eventId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('events')
      .selectAll()
      .where('id', '=', eventId)
      .where('type', '=', 'approval.requested')
      .executeTakeFirst();
    if (!request?.portal_id || !request.target_id) return;
    const due = typeof request.data.due_at === 'string' ? new Date(request.data.due_at) : undefined;
    if (!due || due.getTime() <= Date.now()) return;
    const later = await trx
      .selectFrom('events')
      .select(['type', 'actor_id', 'data'])
      .where('portal_id', '=', request.portal_id)
      .where('target_type', '=', 'approval_request')
      .where('target_id', '=', request.target_id)
      .where('type', 'in', [...SETTLING, 'approval.approved'])
      .execute();
    if (later.some((e) => SETTLING.includes(e.type))) return;
    const approvedBy = new Set(later.map((e) => (typeof e.data.member_id === 'string' ? e.data.member_id : e.actor_id)));
    if (request.data.rule !== 'all' && approvedBy.size > 0) return;

    const portal = await trx
      .selectFrom('portals')
      .select(['id', 'workspace_id', 'status'])
      .where('id', '=', request.portal_id)
      .executeTakeFirst();
    if (!portal) return;
    const listed = Array.isArray(request.data.approvers) ? request.data.approvers.filter((a): a is string => typeof a === 'string') : [];
    const waiting = (await clientsOf(trx, portal, listed)).filter((m) => !approvedBy.has(m.id));
    const line = {
      fileName: await fileName(trx, request.data.file_id),
      version: typeof request.data.version === 'number' ? request.data.version : null,
      dueAt: due.toISOString(),
    };
    for (const member of waiting) {
      await addNotification(
        trx,
        deps.queue,
        deps.batchSeconds,
        { audience: 'client', memberId: member.id, email: member.email, kind: 'approval_reminder', line },
        {
          workspaceId: portal.workspace_id,
          portalId: portal.id,
          dedupeKey: `reminder:${request.id}:member:${member.id}`,
          eventId: null,
          occurredAt: new Date(),
        },
      );
    }
  });
}
