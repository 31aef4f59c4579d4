import type { Logger } from 'pino';
import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { RequestReminderSettings } from '../../config.ts';
import type { Db, Executor } from '../../db/database.ts';
import { NO_REQUEST } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { addNotification } from './batching.ts';
import { clientsOf } from './recipients.ts';
import { nextVisit, reminderDue, visitMayAct, type ReminderState } from './reminder-schedule.ts';
import {
  claimDueRequest,
  claimDueRequests,
  saveNextVisits,
  saveReminderState,
  waitingItems,
  type DueRequest,
} from './request-repository.ts';

/**
 * `requests.reminders {}`: visits the document requests whose `next_reminder_at` has come — sends a reminder,
 * records `request.overdue`, plans the next visit. A periodic job: each run queues the next one for the next
 * time slot (a pg-boss singleton per slot, so the instances that all start one share a single chain).
 */
export const REQUEST_REMINDERS_JOB = 'requests.reminders';
// Only queuing the next run fails the job (then retried); a failed visit is logged and retried next run.
const TICK_RETRY: RetryPolicy = { limit: 20, delaySeconds: 10, backoff: true };
/** One run stops visiting after this long; the next run goes on. */
const RUN_BUDGET_MS = 30_000;
/** Requests claimed at once; those whose visit only plans the next one are planned in one statement. */
const CLAIM_BATCH = 200;

export interface RequestReminderDeps {
  db: Db;
  queue: Queue;
  logger: Logger;
  events: EventRecorder;
  batchSeconds: number;
  settings: RequestReminderSettings;
}

/**
 * Seconds between runs: a quarter of the shortest lead time (tests shorten them to seconds), at most a minute —
 * a reminder goes out within a minute of its time.
 */
export function runEverySeconds(settings: RequestReminderSettings): number {
  return Math.max(1, Math.min(60, Math.floor(Math.min(settings.beforeSeconds, settings.overdueEverySeconds) / 4)));
}

/** Runs the job in this instance and makes sure its chain of runs is going. */
export async function startRequestReminders(deps: RequestReminderDeps, options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  await deps.queue.work(
    REQUEST_REMINDERS_JOB,
    async () => {
      await visitDueRequests(deps).catch((err: unknown) => deps.logger.error({ err }, 'request reminders: run failed'));
      await queueNextRun(deps);
    },
    options,
  );
  await queueNextRun(deps);
}

function queueNextRun(deps: RequestReminderDeps): Promise<string | null> {
  return deps.queue.send(
    REQUEST_REMINDERS_JOB,
    {},
    {
      singletonKey: 'run',
      singletonSeconds: runEverySeconds(deps.settings),
      // The slot now is taken (by the run that queues this one): take the next.
      singletonNextSlot: true,
      retry: TICK_RETRY,
      expireInSeconds: 120,
    },
  );
}

/**
 * Visits every request due for it. Most visits only plan the next one (a request was made or changed): those
 * are done for a whole batch in one statement. A visit that may send a reminder or record `request.overdue`
 * runs in a transaction of its own, so one that fails (it is retried next run) holds up no other.
 */
export async function visitDueRequests(deps: RequestReminderDeps): Promise<void> {
  const started = Date.now();
  const failed: string[] = [];
  while (Date.now() - started < RUN_BUDGET_MS) {
    const { claimed, acting } = await deps.db.transaction().execute(async (trx) => {
      const due = await claimDueRequests(trx, CLAIM_BATCH, failed);
      const now = new Date();
      const [act, plan] = partition(due, (request) => visitMayAct(stateOf(request), request.next_reminder_at, now, deps.settings));
      await saveNextVisits(
        trx,
        plan.map((request) => ({ id: request.id, next: nextVisit(stateOf(request), now, deps.settings) })),
      );
      return { claimed: due.length, acting: act.map((request) => request.id) };
    });
    for (const id of acting) {
      try {
        await deps.db.transaction().execute(async (trx) => {
          const request = await claimDueRequest(trx, id);
          if (request) await visit(trx, deps, request);
        });
      } catch (err) {
        deps.logger.error({ err, request_id: id }, 'request reminders: visit failed; retried next run');
        failed.push(id);
      }
    }
    if (claimed < CLAIM_BATCH) break;
  }
}

function stateOf(request: DueRequest): ReminderState {
  return {
    status: request.status,
    dueAt: request.due_at,
    remindersSent: request.reminders_sent,
    overdueRecordedAt: request.overdue_recorded_at,
  };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

async function visit(trx: Executor, deps: RequestReminderDeps, request: DueRequest): Promise<void> {
  const now = new Date();
  const state = stateOf(request);
  if (state.status === 'open' && state.dueAt) {
    const waiting = await waitingItems(trx, request.id);
    // Only required items make the client late; optional ones are listed beside them.
    if (waiting.some((item) => item.required)) {
      if (!state.overdueRecordedAt && state.dueAt.getTime() <= now.getTime()) {
        await recordOverdue(trx, deps.events, request, waiting.filter((item) => item.required).length);
        state.overdueRecordedAt = now;
      }
      if (reminderDue(state, request.next_reminder_at, now, deps.settings)) {
        state.remindersSent += 1;
        await remindClients(trx, deps, request, waiting, state.remindersSent, now);
      }
    }
  }
  await saveReminderState(trx, request.id, {
    reminders_sent: state.remindersSent,
    overdue_recorded_at: state.overdueRecordedAt,
    next_reminder_at: nextVisit(state, now, deps.settings),
  });
}

function recordOverdue(trx: Executor, events: EventRecorder, request: DueRequest, waitingRequired: number): Promise<void> {
  return events.record(
    trx,
    {
      workspaceId: request.workspace_id,
      portalId: request.portal_id,
      type: 'request.overdue',
      actor: { kind: 'system', id: null },
      target: { type: 'request', id: request.id },
      data: { request_id: request.id, title: request.title, due_at: request.due_at!.toISOString(), waiting_items: waitingRequired },
    },
    NO_REQUEST,
  );
}

/** Reminder number `n` to every member who hears from the portal, listing what is still missing. */
async function remindClients(
  trx: Executor,
  deps: RequestReminderDeps,
  request: DueRequest,
  waiting: Awaited<ReturnType<typeof waitingItems>>,
  n: number,
  now: Date,
): Promise<void> {
  const portal = await trx
    .selectFrom('portals')
    .select(['id', 'workspace_id', 'status'])
    .where('id', '=', request.portal_id)
    .executeTakeFirst();
  if (!portal) return;
  const line = {
    requestId: request.id,
    requestTitle: request.title,
    dueAt: request.due_at!.toISOString(),
    overdue: request.due_at!.getTime() <= now.getTime(),
    requestItems: waiting,
  };
  for (const member of await clientsOf(trx, portal)) {
    await addNotification(
      trx,
      deps.queue,
      deps.batchSeconds,
      { audience: 'client', memberId: member.id, email: member.email, kind: 'request_reminder', line },
      {
        workspaceId: portal.workspace_id,
        portalId: portal.id,
        dedupeKey: `request-reminder:${request.id}:${n}:member:${member.id}`,
        eventId: null,
        occurredAt: now,
      },
    );
  }
}
