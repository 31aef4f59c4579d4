import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { RequestItemRow, RequestItemStatus, RequestItemTable, RequestRow, RequestStatus, RequestTable } from './table.ts';

/** A request with the name of its portal, as the API shows it. */
export type RequestWithPortal = RequestRow & { portal_name: string };

export type NewRequest = Insertable<RequestTable>;
export type NewRequestItem = Insertable<RequestItemTable>;

/** Inserts requests and their items (multi-row; callers batch as they like). */
export async function insertRequests(db: Executor, requests: NewRequest[], items: NewRequestItem[]): Promise<void> {
  if (requests.length > 0) await db.insertInto('requests').values(requests).execute();
  if (items.length > 0) await insertItems(db, items);
}

export async function insertItems(db: Executor, items: NewRequestItem[]): Promise<void> {
  await db.insertInto('request_items').values(items).execute();
}

function selectRequest(db: Executor) {
  return db.selectFrom('requests as r').innerJoin('portals as p', 'p.id', 'r.portal_id').selectAll('r').select('p.name as portal_name');
}

/** A request of this workspace, or `undefined`. */
export function findRequest(db: Executor, workspaceId: string, id: string): Promise<RequestWithPortal | undefined> {
  return selectRequest(db).where('r.workspace_id', '=', workspaceId).where('r.id', '=', id).executeTakeFirst();
}

/** Requests by id (any order). */
export function findRequests(db: Executor, ids: readonly string[]): Promise<RequestWithPortal[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectRequest(db)
    .where('r.id', 'in', [...ids])
    .execute();
}

/** The request row, locked for a change of its status, dates or items (see service.ts on lock order). */
export function lockRequest(db: Executor, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('requests').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

export async function updateRequest(db: Executor, id: string, changes: Updateable<RequestTable>): Promise<void> {
  await db
    .updateTable('requests')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteRequest(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('requests').where('id', '=', id).execute();
}

/** An item of this workspace, or `undefined`. */
export function findItem(db: Executor, workspaceId: string, id: string): Promise<RequestItemRow | undefined> {
  return db.selectFrom('request_items').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** The item, locked against concurrent moves and uploads. */
export function lockItem(db: Executor, id: string): Promise<RequestItemRow | undefined> {
  return db.selectFrom('request_items').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateItem(db: Executor, id: string, changes: Updateable<RequestItemTable>): Promise<void> {
  await db
    .updateTable('request_items')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The items of these requests, each request's in order. */
export function itemsOfRequests(db: Executor, requestIds: readonly string[]): Promise<RequestItemRow[]> {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('request_items')
    .selectAll()
    .where('request_id', 'in', [...requestIds])
    .orderBy('request_id')
    .orderBy('position')
    .execute();
}

/** Which files are attached to which of these items, oldest first. */
export function filesOfItems(db: Executor, itemIds: readonly string[]): Promise<Array<{ item_id: string; file_id: string }>> {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('request_item_files')
    .select(['item_id', 'file_id'])
    .where('item_id', 'in', [...itemIds])
    .orderBy('attached_at')
    .orderBy('file_id')
    .execute();
}

/** The items a file is attached to. */
export function itemsOfFile(db: Executor, fileId: string): Promise<RequestItemRow[]> {
  return db
    .selectFrom('request_items as i')
    .innerJoin('request_item_files as f', 'f.item_id', 'i.id')
    .selectAll('i')
    .where('f.file_id', '=', fileId)
    .orderBy('i.id')
    .execute();
}

/** The files attached to an item, oldest first. */
export async function fileIdsOfItem(db: Executor, itemId: string): Promise<string[]> {
  const rows = await filesOfItems(db, [itemId]);
  return rows.map((r) => r.file_id);
}

export async function attachFile(db: Executor, itemId: string, fileId: string): Promise<void> {
  await db
    .insertInto('request_item_files')
    .values({ item_id: itemId, file_id: fileId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * SQL text for `Portal.requests.overdue_items` of the portal row named `alias` (a literal of ours, never input):
 * its required items waiting on the client in open requests past their due date — the sum of those requests'
 * own counts (kept by refreshPortalRequestProgress, read from requests_portal_open_due_idx), looked up only
 * when the portal's earliest such due date has passed. One definition for the portal reads and the dashboard.
 */
export function overdueItemsSql(alias: string): string {
  return `(case when ${alias}.request_next_due_at < now() then (
    select coalesce(sum(r.waiting_required_items), 0) from requests r
    where r.portal_id = ${alias}.id and r.status = 'open' and r.due_at < now()) else 0 end)::int`;
}

/** `overdue_items` of one portal: no query unless its earliest such due date (`request_next_due_at`) has passed. */
export async function overdueItemsOfPortal(db: Executor, portal: { id: string; request_next_due_at: Date | null }): Promise<number> {
  if (portal.request_next_due_at === null || portal.request_next_due_at >= new Date()) return 0;
  const { rows } = await sql<{ n: number }>`select ${sql.raw(overdueItemsSql('p'))} as n from portals p where p.id = ${portal.id}`.execute(
    db,
  );
  return rows[0]?.n ?? 0;
}

/** A page of a portal's requests, newest first (`limit + 1` rows: the extra one tells whether there is more). */
export function listPortalRequests(
  db: Executor,
  portalId: string,
  options: { limit: number; beforeSeq?: string; status?: RequestStatus },
): Promise<RequestWithPortal[]> {
  let query = selectRequest(db).where('r.portal_id', '=', portalId);
  if (options.beforeSeq !== undefined) query = query.where('r.seq', '<', options.beforeSeq);
  if (options.status !== undefined) query = query.where('r.status', '=', options.status);
  return query
    .orderBy('r.seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

export interface WorkspaceListOptions {
  limit: number;
  status?: RequestStatus;
  /** Only open requests with items waiting on the client (`open`, `changes_requested`) or on the business (`submitted`). */
  waiting?: 'client' | 'us';
  /** `due`: (due_at nulls last, portal name, id) upwards, after `after`; `created`: newest first, before `beforeSeq`. */
  order: { by: 'due'; after?: { dueAt: Date | null; portalName: string; id: string } } | { by: 'created'; beforeSeq?: string };
}

/** A page of the workspace's requests with their portal's name (`limit + 1` rows). */
export function listWorkspaceRequests(db: Executor, workspaceId: string, options: WorkspaceListOptions): Promise<RequestWithPortal[]> {
  let query = selectRequest(db).where('r.workspace_id', '=', workspaceId);
  if (options.status !== undefined) query = query.where('r.status', '=', options.status);
  if (options.waiting !== undefined) {
    const statuses: RequestItemStatus[] = options.waiting === 'client' ? ['open', 'changes_requested'] : ['submitted'];
    query = query
      .where('r.status', '=', 'open')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('request_items as i')
            .select(sql.lit(1).as('one'))
            .whereRef('i.request_id', '=', 'r.id')
            .where('i.status', 'in', statuses),
        ),
      );
  }
  const { order } = options;
  if (order.by === 'created') {
    if (order.beforeSeq !== undefined) query = query.where('r.seq', '<', order.beforeSeq);
    return query
      .orderBy('r.seq', 'desc')
      .limit(options.limit + 1)
      .execute();
  }
  const after = order.after;
  if (after) {
    const tie = sql<boolean>`(p.name, r.id) > (${after.portalName}, ${after.id})`;
    query =
      after.dueAt === null
        ? query.where('r.due_at', 'is', null).where(tie)
        : query.where((eb) =>
            eb.or([eb('r.due_at', '>', after.dueAt), eb('r.due_at', 'is', null), eb.and([eb('r.due_at', '=', after.dueAt), tie])]),
          );
  }
  return query
    .orderBy('r.due_at', (ob) => ob.asc().nullsLast())
    .orderBy('p.name')
    .orderBy('r.id')
    .limit(options.limit + 1)
    .execute();
}
