import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { UploadRow, UploadTable } from './table.ts';

export async function insertUpload(db: Executor, row: Insertable<UploadTable>): Promise<void> {
  await db.insertInto('uploads').values(row).execute();
}

export async function findUpload(db: Executor, workspaceId: string, id: string): Promise<UploadRow | undefined> {
  return db.selectFrom('uploads').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
}

/** Marks an open upload completed; false when it was not open (another request completed it first). */
export async function completeUpload(db: Executor, id: string, file: { id: string; version: number }): Promise<boolean> {
  const result = await db
    .updateTable('uploads')
    .set({ status: 'completed', file_id: file.id, version: file.version })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteUpload(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('uploads').where('id', '=', id).execute();
}

/** Uploads past their expiry, oldest first: open ones hold bytes to remove; completed ones only their row. */
export async function expiredUploads(db: Executor, limit: number): Promise<Pick<UploadRow, 'id' | 'status' | 'storage_key'>[]> {
  return db
    .selectFrom('uploads')
    .select(['id', 'status', 'storage_key'])
    .where('expires_at', '<=', sql<Date>`now()`)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
}

/** Every upload into a portal (of the workspace), open or completed. */
export async function uploadsOfPortal(db: Executor, workspaceId: string, portalId: string): Promise<Pick<UploadRow, 'id' | 'status'>[]> {
  return db
    .selectFrom('uploads')
    .select(['id', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where('portal_id', '=', portalId)
    .execute();
}

/** Makes uploads due for the next storage sweep. */
export async function expireUploads(db: Executor, ids: string[]): Promise<void> {
  await db
    .updateTable('uploads')
    .set({ expires_at: sql<Date>`now()` })
    .where('id', 'in', ids)
    .execute();
}
