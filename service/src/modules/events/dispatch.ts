import type { Queue, RetryPolicy } from '../../adapters/queue/queue.ts';
import type { Executor } from '../../db/database.ts';

/** What a consumer is told of a new event; it reads the whole row from `events` when it runs. */
export interface RecordedEvent {
  id: string;
  type: string;
  workspaceId: string;
  portalId: string | null;
}

/**
 * Runs inside the transaction that records the event, after the insert: whatever it enqueues (with the
 * queue's `transaction` option) exists exactly when the event does — a rolled-back change notifies nobody.
 */
export type EventDispatch = (trx: Executor, event: RecordedEvent) => Promise<void>;

/** `events.dispatch {event_id}`: hands one recorded event to every consumer (see consumers.ts). */
export const DISPATCH_JOB = 'events.dispatch';
const DISPATCH_RETRY: RetryPolicy = { limit: 10, delaySeconds: 10, backoff: true };

/**
 * The dispatch every recorder uses, in the service and in the CLI alike: an `events.dispatch` job in the
 * event's own transaction. The queue lives in PostgreSQL, so whichever instance runs the consumers takes it,
 * whether or not the process that recorded the event runs any.
 */
export function queueEventDispatch(queue: Queue): EventDispatch {
  return async (trx, event) => {
    await queue.send(DISPATCH_JOB, { event_id: event.id }, { transaction: trx, retry: DISPATCH_RETRY, expireInSeconds: 120 });
  };
}
