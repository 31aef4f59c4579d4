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
 * Runs inside the transaction that records the events (one, or a batch from `recordMany`), after the insert:
 * whatever it enqueues (with the queue's `transaction` option) exists exactly when the events do — a
 * rolled-back change notifies nobody.
 */
export type EventDispatch = (trx: Executor, events: readonly RecordedEvent[]) => Promise<void>;

/** `events.dispatch {event_id}`: hands one recorded event to every consumer (see consumers.ts). */
export const DISPATCH_JOB = 'events.dispatch';
const DISPATCH_RETRY: RetryPolicy = { limit: 10, delaySeconds: 10, backoff: true };

/**
 * The dispatch every recorder uses, in the service and in the CLI alike: an `events.dispatch` job in the
 * event's own transaction. The queue lives in PostgreSQL, so whichever instance runs the consumers takes it,
 * whether or not the process that recorded the event runs any.
 */
export function queueEventDispatch(queue: Queue): EventDispatch {
  return async (trx, events) => {
    const options = { transaction: trx, retry: DISPATCH_RETRY, expireInSeconds: 120 };
    const [only] = events;
    if (events.length === 1 && only) await queue.send(DISPATCH_JOB, { event_id: only.id }, options);
    // A batch is one insert, not one per event.
    else if (events.length > 1)
      await queue.sendMany(
        DISPATCH_JOB,
        events.map((e) => ({ event_id: e.id })),
        options,
      );
  };
}
