import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * Call in every transaction that creates requests or changes their due date, items or status (complete,
 * reopen). A complete request, or one without a due date, gets no reminders (`next_reminder_at` null); an open
 * one with a due date is due for the reminder job now (`next_reminder_at` no later than now), which works out
 * its real schedule from the REQUEST_REMINDER_* settings (notifications/request-reminders.ts): the schedule
 * is computed in one place, by the only code that knows the settings. A reminder already due keeps its time,
 * so a change made just after it fell due does not skip it.
 */
export async function afterRequestChanged(trx: Executor, requestIds: readonly string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await sql`
    update requests set next_reminder_at =
      case when status = 'open' and due_at is not null then least(next_reminder_at, now()) end
    where id = any(${[...new Set(requestIds)]}::text[])`.execute(trx);
}
