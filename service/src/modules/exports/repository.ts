import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ExportRow } from './table.ts';

/** How long a ready export can be downloaded before the sweeper deletes it. */
export const EXPORT_TTL_MS = 7 * 24 * 60 * 60_000;

/** An export of this workspace that has not expired, or `undefined`. */
export function findExport(db: Executor, workspaceId: string, id: string): Promise<ExportRow | undefined> {
  return db
    .selectFrom('exports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]))
    .executeTakeFirst();
}

/** The export of this scope that is queued or running, if any (at most one: a unique index). */
export function exportUnderWay(db: Executor, workspaceId: string, portalId: string | null): Promise<ExportRow | undefined> {
  let query = db.selectFrom('exports').selectAll().where('workspace_id', '=', workspaceId).where('status', 'in', ['queued', 'running']);
  query = portalId ? query.where('portal_id', '=', portalId) : query.where('portal_id', 'is', null);
  return query.executeTakeFirst();
}

/** Inserts a queued export; `undefined` when one of the same scope is already under way. */
export function insertExport(
  db: Executor,
  row: { id: string; workspace_id: string; portal_id: string | null; storage_key: string; created_by: string },
): Promise<ExportRow | undefined> {
  return db
    .insertInto('exports')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function listExports(
  db: Executor,
  workspaceId: string,
  options: { limit: number; beforeSeq?: string; portalId?: string },
): Promise<ExportRow[]> {
  let query = db
    .selectFrom('exports')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]));
  if (options.portalId) query = query.where('portal_id', '=', options.portalId);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  return query
    .orderBy('seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** Moves a queued (or, on a retry, running) export to running; false when it is gone or settled. */
export async function startExport(db: Executor, id: string): Promise<ExportRow | undefined> {
  return db
    .updateTable('exports')
    .set({ status: 'running', progress: 0, error: null })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .returningAll()
    .executeTakeFirst();
}

export async function setProgress(db: Executor, id: string, progress: number): Promise<void> {
  await db.updateTable('exports').set({ progress }).where('id', '=', id).where('status', '=', 'running').execute();
}

/** Marks the export ready for {@link EXPORT_TTL_MS}; `undefined` when its row is gone (the portal was deleted meanwhile). */
export function finishExport(db: Executor, id: string, size: number): Promise<ExportRow | undefined> {
  return db
    .updateTable('exports')
    .set({
      status: 'ready',
      progress: 100,
      size,
      completed_at: sql<Date>`now()`,
      expires_at: sql<Date>`now() + ${`${EXPORT_TTL_MS} milliseconds`}::interval`,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .returningAll()
    .executeTakeFirst();
}

export function failExport(db: Executor, id: string, error: string): Promise<ExportRow | undefined> {
  return db
    .updateTable('exports')
    .set({ status: 'failed', error: error.slice(0, 500), completed_at: sql<Date>`now()`, expires_at: sql<Date>`now() + interval '7 days'` })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .returningAll()
    .executeTakeFirst();
}

/** Storage keys of exports that hold the portal: its own, and the workspace's made before now. */
export async function exportKeysHolding(db: Executor, workspaceId: string, portalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('exports')
    .select('storage_key')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('portal_id', '=', portalId), eb('portal_id', 'is', null)]))
    .execute();
  return rows.map((r) => r.storage_key);
}

/** Storage keys of the portal's own exports (deleted with it). */
export async function exportKeysOfPortal(db: Executor, portalId: string): Promise<string[]> {
  const rows = await db.selectFrom('exports').select('storage_key').where('portal_id', '=', portalId).execute();
  return rows.map((r) => r.storage_key);
}
