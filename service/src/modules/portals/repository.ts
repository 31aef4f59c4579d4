import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { overdueItemsSql } from '../requests/repository.ts';
import type { NewPortal, PortalChanges, PortalRow } from './table.ts';

export function insertPortal(db: Executor, portal: NewPortal): Promise<PortalRow> {
  return db.insertInto('portals').values(portal).returningAll().executeTakeFirstOrThrow();
}

/** A portal of this workspace, or `undefined` (another workspace's portal does not exist for the caller). */
export function findPortal(db: Executor, workspaceId: string, id: string): Promise<PortalRow | undefined> {
  return db.selectFrom('portals').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** What anyone may see of a portal before signing in: its name and access mode, its workspace's branding. */
export interface PortalFace {
  id: string;
  name: string;
  access_mode: PortalRow['access_mode'];
  status: PortalRow['status'];
  workspace_name: string;
  display_name: string | null;
  logo_url: string | null;
  accent_color: string | null;
}

/** A portal by id alone, in any workspace and any status — for the public sign-in screen and pages. */
export function findPortalFace(db: Executor, id: string): Promise<PortalFace | undefined> {
  return db
    .selectFrom('portals as p')
    .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
    .select(['p.id', 'p.name', 'p.access_mode', 'p.status', 'w.name as workspace_name', 'w.display_name', 'w.logo_url', 'w.accent_color'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/**
 * The portal, locked against other changes for the rest of the transaction (changes that depend on its old
 * state). `for no key update`, the lock an UPDATE takes anyway: unlike `for update` it does not wait for the
 * key-share locks that every insert referencing the portal holds, which could close a cycle with the audit
 * chain's advisory lock.
 */
export function lockPortal(db: Executor, workspaceId: string, id: string): Promise<PortalRow | undefined> {
  return db
    .selectFrom('portals')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/** `GET /v1/portals?requests=`: what the portal's open document requests wait for. */
export type RequestsFilter = 'overdue' | 'waiting_on_client' | 'to_review';

export interface ListPortalsOptions {
  limit: number;
  beforeSeq?: string;
  status?: PortalRow['status'];
  requests?: RequestsFilter;
}

/** The query of one page of portals, newest first (`limit + 1` rows: the extra one tells whether there is more). */
export function portalListQuery(db: Executor, workspaceId: string, options: ListPortalsOptions) {
  let query = db
    .selectFrom('portals')
    .selectAll()
    // Counted only for a portal whose earliest due date has passed: a page costs nothing more otherwise.
    .select(sql<number>`${sql.raw(overdueItemsSql('portals'))}`.as('request_overdue_items'))
    .where('workspace_id', '=', workspaceId);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  if (options.status !== undefined) query = query.where('status', '=', options.status);
  // Each filter is the predicate of a partial index of the progress counters (migration 2026_12_07_100000), so
  // the page is read from that index, not by scanning the workspace's portals.
  if (options.requests === 'waiting_on_client') query = query.where('request_open_items', '>', sql.lit(0));
  if (options.requests === 'to_review') query = query.where('request_submitted_items', '>', sql.lit(0));
  if (options.requests === 'overdue')
    query = query.where('request_next_due_at', 'is not', null).where('request_next_due_at', '<', new Date());
  return query.orderBy('seq', 'desc').limit(options.limit + 1);
}

/** A portal of a list, with its overdue request items (`Portal.requests.overdue_items`). */
export type PortalListRow = PortalRow & { request_overdue_items: number };

export function listPortals(db: Executor, workspaceId: string, options: ListPortalsOptions): Promise<PortalListRow[]> {
  return portalListQuery(db, workspaceId, options).execute();
}

export function updatePortal(db: Executor, workspaceId: string, id: string, changes: PortalChanges): Promise<PortalRow | undefined> {
  return db
    .updateTable('portals')
    .set({ ...changes, updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deletePortal(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('portals').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function listPortalsOfWorkspace(db: Executor, workspaceId: string, limit: number): Promise<PortalRow[]> {
  return db.selectFrom('portals').selectAll().where('workspace_id', '=', workspaceId).orderBy('seq').limit(limit).execute();
}

/**
 * Holds off a concurrent delete of the portal until the caller's transaction ends, and tells whether it is
 * still there. Call it before inserting a row that references the portal: a delete that came first then
 * answers 404 instead of the insert's foreign key failing (a 500).
 */
export async function holdPortal(trx: Executor, id: string): Promise<boolean> {
  const row = await trx.selectFrom('portals').select('id').where('id', '=', id).forShare().executeTakeFirst();
  return row !== undefined;
}
