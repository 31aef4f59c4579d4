import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { RequestItemLine } from '../email/templates/notification-digest.ts';
import type { RequestRow } from '../requests/table.ts';

// What notification emails read of document requests (the tables are the requests module's).

/** Item statuses that wait on the client. */
const WAITING = ['open', 'changes_requested'] as const;

export type DueRequest = Pick<
  RequestRow,
  'id' | 'workspace_id' | 'portal_id' | 'title' | 'status' | 'due_at' | 'reminders_sent' | 'next_reminder_at' | 'overdue_recorded_at'
> & { next_reminder_at: Date };

const DUE_COLUMNS = [
  'id',
  'workspace_id',
  'portal_id',
  'title',
  'status',
  'due_at',
  'reminders_sent',
  'next_reminder_at',
  'overdue_recorded_at',
] as const;

/**
 * Locks up to `limit` requests whose reminder visit is due (`requests_reminder_due_idx`), earliest first,
 * skipping rows another instance holds and the ids in `skip` (whose visit failed in this run).
 */
export async function claimDueRequests(trx: Executor, limit: number, skip: readonly string[]): Promise<DueRequest[]> {
  let query = trx
    .selectFrom('requests')
    .select(DUE_COLUMNS)
    .where('next_reminder_at', '<=', sql<Date>`now()`);
  if (skip.length > 0) query = query.where('id', 'not in', [...skip]);
  return (await query.orderBy('next_reminder_at').limit(limit).forUpdate().skipLocked().execute()) as DueRequest[];
}

/** Locks one request if its visit is still due and nobody else holds it. */
export async function claimDueRequest(trx: Executor, id: string): Promise<DueRequest | undefined> {
  const row = await trx
    .selectFrom('requests')
    .select(DUE_COLUMNS)
    .where('id', '=', id)
    .where('next_reminder_at', '<=', sql<Date>`now()`)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row as DueRequest | undefined;
}

/** Plans the next visit of many requests in one statement. */
export async function saveNextVisits(trx: Executor, plans: ReadonlyArray<{ id: string; next: Date | null }>): Promise<void> {
  if (plans.length === 0) return;
  await sql`
    update requests r set next_reminder_at = v.next
    from unnest(${plans.map((p) => p.id)}::text[], ${plans.map((p) => p.next)}::timestamptz[]) as v(id, next)
    where r.id = v.id`.execute(trx);
}

export async function saveReminderState(
  trx: Executor,
  id: string,
  state: { reminders_sent: number; next_reminder_at: Date | null; overdue_recorded_at: Date | null },
): Promise<void> {
  await trx.updateTable('requests').set(state).where('id', '=', id).execute();
}

/** The request's items that wait on the client (open or sent back), in order. */
export async function waitingItems(db: Executor, requestId: string): Promise<RequestItemLine[]> {
  const rows = await db
    .selectFrom('request_items')
    .select(['title', 'required', 'reason'])
    .where('request_id', '=', requestId)
    .where('status', 'in', [...WAITING])
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ title: r.title, required: r.required, reason: r.reason }));
}

/** A request as its creation email shows it: title, message, due date and every item. */
export async function requestForMail(
  db: Executor,
  requestId: string,
): Promise<{ title: string; message: string | null; due_at: Date | null; items: RequestItemLine[] } | undefined> {
  const request = await db.selectFrom('requests').select(['title', 'message', 'due_at']).where('id', '=', requestId).executeTakeFirst();
  if (!request) return undefined;
  const items = await db
    .selectFrom('request_items')
    .select(['title', 'required', 'description'])
    .where('request_id', '=', requestId)
    .orderBy('position')
    .execute();
  return { ...request, items: items.map((i) => ({ title: i.title, required: i.required, description: i.description })) };
}

/** An item with its request's id and title. */
export function itemWithRequest(
  db: Executor,
  itemId: string,
): Promise<{ item_title: string; request_id: string; request_title: string } | undefined> {
  return db
    .selectFrom('request_items as i')
    .innerJoin('requests as r', 'r.id', 'i.request_id')
    .select(['i.title as item_title', 'r.id as request_id', 'r.title as request_title'])
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}

/** Whether the file answers a request item (its upload is then told as the item's submission). */
export async function answersRequestItem(db: Executor, fileId: string): Promise<boolean> {
  const row = await db.selectFrom('request_item_files').select('item_id').where('file_id', '=', fileId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The status of each request that still exists, by id. */
export async function requestStatuses(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'status'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.status]));
}
