import { sql, type Kysely } from 'kysely';
import type { Database, Db, Executor } from '../../db/database.ts';
import { prepare, queryPrepared, type PreparedRow } from '../../db/prepared.ts';
import type { ActorKind, FileRow, FileVersionRow } from './table.ts';

/**
 * A file with its current version (`v_…`), the names of whoever uploaded the file (`fm_…`) and that version
 * (`vm_…`) when they were members, and its latest approval request (`ar_…`, for list badges), in one statement
 * (no per-row lookups). Lists and lookups are the busiest reads, so they run prepared (db/prepared.ts), flat and
 * with timestamps already as the API's ISO 8601 strings: lists map each row straight to the API. A list takes
 * only the columns the API shows; a lookup also the workspace and the storage key.
 */
function fileSelect(db: Kysely<Database>) {
  return db
    .selectFrom('files as f')
    .innerJoin('file_versions as v', (join) => join.onRef('v.file_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version'))
    .leftJoin('members as fm', (join) => join.onRef('fm.id', '=', 'f.uploaded_by_id').on('f.uploaded_by_kind', '=', sql.lit('member')))
    .leftJoin('members as vm', (join) => join.onRef('vm.id', '=', 'v.uploaded_by_id').on('v.uploaded_by_kind', '=', sql.lit('member')))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('approval_requests as r')
          .select(['r.id', 'r.status', 'r.version', 'r.due_at'])
          .whereRef('r.file_id', '=', 'f.id')
          .orderBy('r.seq', 'desc')
          .limit(sql.lit(1))
          .as('ar'),
      (join) => join.onTrue(),
    )
    .select([
      'f.id',
      'f.seq',
      'f.portal_id',
      'f.name',
      'f.current_version',
      'f.uploaded_by_kind',
      'f.uploaded_by_id',
      'f.created_at',
      'f.updated_at',
      'v.size as v_size',
      'v.content_type as v_content_type',
      'v.sha256 as v_sha256',
      'v.uploaded_by_kind as v_uploaded_by_kind',
      'v.uploaded_by_id as v_uploaded_by_id',
      'v.created_at as v_created_at',
      'fm.name as fm_name',
      'fm.email as fm_email',
      'vm.name as vm_name',
      'vm.email as vm_email',
      'ar.id as ar_id',
      'ar.status as ar_status',
      'ar.version as ar_version',
      'ar.due_at as ar_due_at',
    ]);
}

const FIND_FILE = prepare<{ workspaceId: string; fileId: string }>('files.find').compileWithIsoTimestamps((db, param) =>
  fileSelect(db)
    .select(['f.workspace_id', 'v.storage_key as v_storage_key'])
    .where('f.workspace_id', '=', param('workspaceId'))
    .where('f.id', '=', param('fileId')),
);

/** A file joined with its current version, uploaders and latest approval request, as a lookup returns it. */
export type FileWithVersion = PreparedRow<typeof FIND_FILE>;

interface ListParams {
  workspaceId: string;
  portalId: string;
  beforeSeq?: string;
  uploadedBy?: ActorKind;
  /** Rows to read: the page's size plus one. */
  limit: number;
}

/** One statement per filter combination, so each keeps a plan that walks the (portal_id, seq) index. */
function listStatement(cursor: boolean, byKind: boolean) {
  return prepare<ListParams>(`files.list${cursor ? '.cursor' : ''}${byKind ? '.kind' : ''}`).compileWithIsoTimestamps((db, param) => {
    let query = fileSelect(db).where('f.workspace_id', '=', param('workspaceId')).where('f.portal_id', '=', param('portalId'));
    if (cursor) query = query.where('f.seq', '<', param('beforeSeq'));
    if (byKind) query = query.where('f.uploaded_by_kind', '=', param('uploadedBy'));
    return query.orderBy('f.seq', 'desc').limit(param('limit'));
  });
}

const LIST_FILES = {
  plain: listStatement(false, false),
  kind: listStatement(false, true),
  cursor: listStatement(true, false),
  cursorKind: listStatement(true, true),
};

/** A file as a list returns it: what the API shows, without the workspace and the storage key. */
export type FileListRow = PreparedRow<typeof LIST_FILES.plain>;

export interface ListOptions {
  limit: number;
  beforeSeq?: string;
  uploadedBy?: ActorKind;
}

/** The current version's row of a joined file. */
export function currentVersion(file: FileWithVersion): FileVersionRow {
  return {
    file_id: file.id,
    version: file.current_version,
    size: file.v_size,
    content_type: file.v_content_type,
    sha256: file.v_sha256,
    storage_key: file.v_storage_key,
    uploaded_by_kind: file.v_uploaded_by_kind,
    uploaded_by_id: file.v_uploaded_by_id,
    created_at: new Date(file.v_created_at),
  };
}

export async function findFile(db: Db, workspaceId: string, fileId: string): Promise<FileWithVersion | undefined> {
  const [row] = await queryPrepared(db, FIND_FILE, { workspaceId, fileId });
  return row;
}

/** A page of a portal's files, newest first (`limit + 1` rows: the extra one tells whether there is more). */
export function listFiles(db: Db, workspaceId: string, portalId: string, options: ListOptions): Promise<FileListRow[]> {
  const statement =
    options.beforeSeq === undefined
      ? options.uploadedBy === undefined
        ? LIST_FILES.plain
        : LIST_FILES.kind
      : options.uploadedBy === undefined
        ? LIST_FILES.cursor
        : LIST_FILES.cursorKind;
  const { beforeSeq, uploadedBy } = options;
  return queryPrepared(db, statement, { workspaceId, portalId, beforeSeq, uploadedBy, limit: options.limit + 1 });
}

const FILES_BY_IDS = prepare<{ workspaceId: string; fileIds: string[] }>('files.by_ids').compileWithIsoTimestamps((db, param) =>
  fileSelect(db)
    .where('f.workspace_id', '=', param('workspaceId'))
    .where(sql<boolean>`f.id = any(${param('fileIds')}::text[])`),
);

/** Several files by id, in one statement (e.g. every file of a page of request items); missing ids are skipped. */
export async function listFilesByIds(db: Db, workspaceId: string, fileIds: readonly string[]): Promise<FileListRow[]> {
  if (fileIds.length === 0) return [];
  return queryPrepared(db, FILES_BY_IDS, { workspaceId, fileIds: [...new Set(fileIds)] });
}

export async function insertFile(
  db: Executor,
  file: { id: string; portal_id: string; workspace_id: string; name: string; uploaded_by_kind: ActorKind; uploaded_by_id: string | null },
): Promise<FileRow> {
  return db
    .insertInto('files')
    .values({ ...file, current_version: 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
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

export function listVersions(
  db: Executor,
  fileId: string,
  options: { limit: number; beforeVersion?: number },
): Promise<VersionWithUploader[]> {
  let query = db
    .selectFrom('file_versions as v')
    .leftJoin('members as m', (join) => join.onRef('m.id', '=', 'v.uploaded_by_id').on('v.uploaded_by_kind', '=', 'member'))
    .selectAll('v')
    .select(['m.name as uploader_name', 'm.email as uploader_email'])
    .where('v.file_id', '=', fileId);
  if (options.beforeVersion !== undefined) query = query.where('v.version', '<', options.beforeVersion);
  return query
    .orderBy('v.version', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** Version numbers are PostgreSQL integers: a larger number (e.g. `?version=2147483648`) is no version. */
const MAX_VERSION = 2 ** 31 - 1;

export async function findVersion(db: Executor, fileId: string, version: number): Promise<FileVersionRow | undefined> {
  if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) return undefined;
  return db.selectFrom('file_versions').selectAll().where('file_id', '=', fileId).where('version', '=', version).executeTakeFirst();
}

/** Every blob of a file: each version's bytes and its preview images. */
export async function storageKeysOfFile(db: Executor, fileId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('file_versions')
    .select('storage_key')
    .where('file_id', '=', fileId)
    .unionAll(db.selectFrom('file_preview_images').select('storage_key').where('file_id', '=', fileId))
    .execute();
  return rows.map((r) => r.storage_key);
}

/** Every blob of a portal's files: each version's bytes and its preview images. */
export async function storageKeysOfPortal(db: Executor, portalId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('file_versions as v')
    .innerJoin('files as f', 'f.id', 'v.file_id')
    .select('v.storage_key')
    .where('f.portal_id', '=', portalId)
    .unionAll(
      db
        .selectFrom('file_preview_images as i')
        .innerJoin('files as f', 'f.id', 'i.file_id')
        .select('i.storage_key')
        .where('f.portal_id', '=', portalId),
    )
    .execute();
  return rows.map((r) => r.storage_key);
}

export async function deleteFileRow(db: Executor, fileId: string): Promise<void> {
  await db.deleteFrom('files').where('id', '=', fileId).execute();
}
