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

// Keyed by database (PostgreSQL's current_database()), not one global: a process may serve several databases
// side by side (the test suite starts one app per database), and an event must reach its own database's queue.
const dispatchers = new Map<string, EventDispatch>();

/**
 * Makes {@link recordEvent} hand every event recorded in `database` to `dispatch`. Called once at start
 * (server.ts, test contexts) by `startEventConsumers`; returns the function that undoes it. Without a
 * registration (the CLI), events are recorded and nothing is dispatched.
 */
export function registerEventDispatch(database: string, dispatch: EventDispatch): () => void {
  dispatchers.set(database, dispatch);
  return () => {
    if (dispatchers.get(database) === dispatch) dispatchers.delete(database);
  };
}

export function eventDispatchFor(database: string): EventDispatch | undefined {
  return dispatchers.get(database);
}
