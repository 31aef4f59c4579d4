import type { RequestReminderSettings } from '../../config.ts';

// A document request due at D has reminder instants D − before, D, D + every, D + 2·every, …; the reminder
// job sends at most one reminder per visit, at most `max` in all, and only while required items wait on the
// client. It also records `request.overdue` once D has passed. `next_reminder_at` is when the job visits next.

/** What the schedule depends on, as the `requests` row holds it. */
export interface ReminderState {
  status: string;
  dueAt: Date | null;
  remindersSent: number;
  overdueRecordedAt: Date | null;
}

/** The latest reminder instant at or before `now`; undefined before the first (due − before). */
export function lastReminderInstant(due: Date, now: Date, settings: RequestReminderSettings): Date | undefined {
  const [d, n, before, every] = times(due, now, settings);
  if (n < d - before) return undefined;
  if (n < d) return new Date(d - before);
  return new Date(d + Math.floor((n - d) / every) * every);
}

/** The first reminder instant after `now`. */
export function nextReminderInstant(due: Date, now: Date, settings: RequestReminderSettings): Date {
  const [d, n, before, every] = times(due, now, settings);
  if (n < d - before) return new Date(d - before);
  if (n < d) return due;
  return new Date(d + (Math.floor((n - d) / every) + 1) * every);
}

/**
 * Whether a visit at `now`, planned for `plannedAt`, sends a reminder: one is left, and a reminder instant fell
 * between the planned time and now. A visit planned because the request changed (the hook plans it for the
 * time of the change) sends none unless an instant passed since — it only computes the next visit.
 */
export function reminderDue(state: ReminderState, plannedAt: Date, now: Date, settings: RequestReminderSettings): boolean {
  if (state.status !== 'open' || !state.dueAt || state.remindersSent >= settings.max) return false;
  const last = lastReminderInstant(state.dueAt, now, settings);
  return last !== undefined && last.getTime() >= plannedAt.getTime();
}

/** Whether `request.overdue` is still to be recorded at `now` (if required items wait on the client). */
export function overdueToRecord(state: ReminderState, now: Date): boolean {
  return state.status === 'open' && !!state.dueAt && !state.overdueRecordedAt && state.dueAt.getTime() <= now.getTime();
}

/**
 * Whether a visit may send or record anything (then the items are read); else it only plans the next visit —
 * what most visits do, the ones a change to the request planned.
 */
export function visitMayAct(state: ReminderState, plannedAt: Date, now: Date, settings: RequestReminderSettings): boolean {
  return overdueToRecord(state, now) || reminderDue(state, plannedAt, now, settings);
}

/**
 * When the job visits the request next after a visit at `now`: the next reminder instant while reminders are
 * left, and the due date itself while `request.overdue` is still to be recorded. Null: no visit planned
 * (complete, no due date, nothing left to do) until the request changes again.
 */
export function nextVisit(state: ReminderState, now: Date, settings: RequestReminderSettings): Date | null {
  if (state.status !== 'open' || !state.dueAt) return null;
  const candidates: number[] = [];
  if (state.remindersSent < settings.max) candidates.push(nextReminderInstant(state.dueAt, now, settings).getTime());
  if (!state.overdueRecordedAt && state.dueAt.getTime() > now.getTime()) candidates.push(state.dueAt.getTime());
  return candidates.length > 0 ? new Date(Math.min(...candidates)) : null;
}

function times(due: Date, now: Date, settings: RequestReminderSettings): [number, number, number, number] {
  return [due.getTime(), now.getTime(), settings.beforeSeconds * 1000, settings.overdueEverySeconds * 1000];
}
