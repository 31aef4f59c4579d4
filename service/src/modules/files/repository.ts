import type { Executor } from '../../db/database.ts';
import type { ActorKind, FileRow, FileVersionRow } from './table.ts';

/** Who uploaded, with the member's name and email when it was a member. */
export interface Uploader {
  name: string | null;
  email: string | null;
}

/** A file joined with its current version, as lists and reads need it (one query, no per-row lookups). */
export interface ApprovalBadge {
  request_id: string;
  status: 'pending' | 'approved' | 'changes_requested' | 'canceled' | 'superseded';
  version: number;
  due_at: Date | null;
}

export interface FileWithVersion extends FileRow {
  version_count: number;
  approval: ApprovalBadge | null;
  v: FileVersionRow;
  file_uploader: Uploader;
  version_uploader: Uploader;
}

function selectFiles(db: Executor) {
  return db
    .selectFrom('files as f')
    .innerJoin('file_versions as v', (join) => join.onRef('v.file_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version'))
    .leftJoin('members as fm', (join) => join.onRef('fm.id', '=', 'f.uploaded_by_id').on('f.uploaded_by_kind', '=', 'member'))
    .leftJoin('members as vm', (join) => join.onRef('vm.id', '=', 'v.uploaded_by_id').on('v.uploaded_by_kind', '=', 'member'))
    // The latest approval request, for list badges: still one query per page.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('approval_requests as ar')
          .select(['ar.id as ar_id', 'ar.status as ar_status', 'ar.version as ar_version', 'ar.due_at as ar_due_at'])
          .whereRef('ar.file_id', '=', 'f.id')
          .orderBy('ar.seq', 'desc')
          .limit(1)
          .as('ar'),
      (join) => join.onTrue(),
    )
    .select(['ar.ar_id', 'ar.ar_status', 'ar.ar_version', 'ar.ar_due_at'])
    .selectAll('f')
    .select([
      'fm.name as fm_name',
      'fm.email as fm_email',
      'vm.name as vm_name',
      'vm.email as vm_email',
      'v.file_id as v_file_id',
      'v.version as v_version',
      'v.size as v_size',
      'v.content_type as v_content_type',
      'v.sha256 as v_sha256',
      'v.storage_key as v_storage_key',
      'v.uploaded_by_kind as v_uploaded_by_kind',
      'v.uploaded_by_id as v_uploaded_by_id',
      'v.created_at as v_created_at',
    ]);
}

type JoinedRow = Awaited<ReturnType<ReturnType<typeof selectFiles>['executeTakeFirstOrThrow']>>;

function unflatten(row: JoinedRow): FileWithVersion {
  const { v_file_id, v_version, v_size, v_content_type, v_sha256, v_storage_key, v_uploaded_by_kind, v_uploaded_by_id, v_created_at, fm_name, fm_email, vm_name, vm_email, ar_id, ar_status, ar_version, ar_due_at, ...file } = row;
  return {
    ...file,
    approval: ar_id && ar_status && ar_version !== null ? { request_id: ar_id, status: ar_status, version: ar_version, due_at: ar_due_at ?? null } : null,
    file_uploader: { name: fm_name, email: fm_email },
    version_uploader: { name: vm_name, email: vm_email },
    version_count: file.current_version,
    v: {
      file_id: v_file_id,
      version: v_version,
      size: v_size,
      content_type: v_content_type,
      sha256: v_sha256,
      storage_key: v_storage_key,
      uploaded_by_kind: v_uploaded_by_kind,
      uploaded_by_id: v_uploaded_by_id,
      created_at: v_created_at,
    },
  };
}

export async function findFile(db: Executor, workspaceId: string, fileId: string): Promise<FileWithVersion | undefined> {
  const row = await selectFiles(db).where('f.workspace_id', '=', workspaceId).where('f.id', '=', fileId).executeTakeFirst();
  return row && unflatten(row);
}

export async function listFiles(
  db: Executor,
  workspaceId: string,
  portalId: string,
  options: { limit: number; beforeSeq?: string; uploadedBy?: ActorKind },
): Promise<FileWithVersion[]> {
  let query = selectFiles(db).where('f.workspace_id', '=', workspaceId).where('f.portal_id', '=', portalId);
  if (options.beforeSeq !== undefined) query = query.where('f.seq', '<', options.beforeSeq);
  if (options.uploadedBy !== undefined) query = query.where('f.uploaded_by_kind', '=', options.uploadedBy);
  const rows = await query.orderBy('f.seq', 'desc').limit(options.limit + 1).execute();
  return rows.map(unflatten);
}

export async function insertFile(
  db: Executor,
  file: { id: string; portal_id: string; workspace_id: string; name: string; uploaded_by_kind: ActorKind; uploaded_by_id: string | null },
): Promise<FileRow> {
  return db.insertInto('files').values({ ...file, current_version: 1 }).returningAll().executeTakeFirstOrThrow();
}

export async function insertVersion(db: Executor, version: Omit<FileVersionRow, 'created_at'>): Promise<FileVersionRow> {
  return db.insertInto('file_versions').values(version).returningAll().executeTakeFirstOrThrow();
}

/** Locks the file row: concurrent new versions are numbered one after another. */
export function lockFile(db: Executor, workspaceId: string, fileId: string): Promise<FileRow | undefined> {
  return db.selectFrom('files').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', fileId).forUpdate().executeTakeFirst();
}

export async function setCurrentVersion(db: Executor, fileId: string, version: number): Promise<void> {
  await db.updateTable('files').set({ current_version: version, updated_at: new Date() }).where('id', '=', fileId).execute();
}

export async function renameFile(db: Executor, workspaceId: string, fileId: string, name: string): Promise<boolean> {
  const result = await db
    .updateTable('files')
    .set({ name, updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export type VersionWithUploader = FileVersionRow & { uploader_name: string | null; uploader_email: string | null };

export function listVersions(db: Executor, fileId: string, options: { limit: number; beforeVersion?: number }): Promise<VersionWithUploader[]> {
  let query = db
    .selectFrom('file_versions as v')
    .leftJoin('members as m', (join) => join.onRef('m.id', '=', 'v.uploaded_by_id').on('v.uploaded_by_kind', '=', 'member'))
    .selectAll('v')
    .select(['m.name as uploader_name', 'm.email as uploader_email'])
    .where('v.file_id', '=', fileId);
  if (options.beforeVersion !== undefined) query = query.where('v.version', '<', options.beforeVersion);
  return query.orderBy('v.version', 'desc').limit(options.limit + 1).execute();
}

export function findVersion(db: Executor, fileId: string, version: number): Promise<FileVersionRow | undefined> {
  return db.selectFrom('file_versions').selectAll().where('file_id', '=', fileId).where('version', '=', version).executeTakeFirst();
}

export async function storageKeysOfFile(db: Executor, fileId: string): Promise<string[]> {
  const rows = await db.selectFrom('file_versions').select('storage_key').where('file_id', '=', fileId).execute();
  return rows.map((r) => r.storage_key);
}

export async function storageKeysOfPortal(db: Executor, portalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('file_versions as v')
    .innerJoin('files as f', 'f.id', 'v.file_id')
    .select('v.storage_key')
    .where('f.portal_id', '=', portalId)
    .execute();
  return rows.map((r) => r.storage_key);
}

export async function deleteFileRow(db: Executor, fileId: string): Promise<void> {
  await db.deleteFrom('files').where('id', '=', fileId).execute();
}
