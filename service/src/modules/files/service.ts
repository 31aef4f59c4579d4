import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, requireAuth, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess, type PortalAction } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { sanitizeFilename } from '../../lib/filename.ts';
import { decodeCursor, MAX_INTEGER, toPage, type Page } from '../../lib/pagination.ts';
import { scheduleBlobDeletions } from '../storage/repository.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { fileEvent } from './file-event.ts';
import { lockItemsOfFile, reopenEmptiedItems } from '../requests/item-files.ts';
import { removeQueuedBlobs } from '../storage/blobs.ts';
import * as repo from './repository.ts';
import { toFileDto, toVersionDto, type FileDto, type FileVersionDto } from './dto.ts';
import type { ActorKind, FileVersionRow } from './table.ts';

export type { FileDto, FileVersionDto } from './dto.ts';

export interface ListFilesQuery {
  limit?: number;
  cursor?: string;
  uploaded_by?: ActorKind;
}

/** Files and their versions: reads, renames, deletes. Uploads are in upload-service.ts, downloads in content.ts. */
export class FileService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly storage: ObjectStorage,
    private readonly logger: Logger,
  ) {}

  /**
   * One query on the common path (this is the busiest read): the page is scoped by the caller's workspace
   * and portal; only an empty page costs a second look, to tell "no files" from "no such portal" (404).
   */
  async list(auth: Auth | undefined, portalId: string, query: ListFilesQuery): Promise<Page<FileDto>> {
    const caller = requireAuth(auth);
    // A live client session already implies its portal is active (checked with the session).
    if (caller.kind === 'client' && caller.portalId !== portalId) throw notFound('portal');
    const options = listOptions(query);
    const rows = await repo.listFiles(this.db, caller.workspaceId, portalId, options);
    if (rows.length === 0) await requirePortalAccess(this.db, caller, portalId, 'read');
    return toPage(rows, options.limit, toFileDto);
  }

  async get(auth: Auth | undefined, fileId: string): Promise<FileDto> {
    return toFileDto(await this.find(auth, fileId));
  }

  /** The file with its current version, when the caller may do `action` in its portal. */
  async find(auth: Auth | undefined, fileId: string, action: PortalAction = 'read'): Promise<repo.FileWithVersion> {
    const caller = requireAuth(auth);
    const file = await repo.findFile(this.db, caller.workspaceId, fileId);
    if (!file) throw notFound('file');
    await requirePortalAccess(this.db, auth, file.portal_id, action);
    return file;
  }

  async rename(auth: Auth | undefined, fileId: string, name: string, meta: RequestMeta): Promise<FileDto> {
    const file = await this.find(auth, fileId, 'manage');
    const clean = sanitizeFilename(name);
    await this.db.transaction().execute(async (trx) => {
      await repo.renameFile(trx, file.workspace_id, file.id, clean);
      await this.events.record(trx, fileEvent('file.renamed', file, actorOf(auth!), file.id, { from: file.name, to: clean }), meta);
    });
    return this.get(auth, fileId);
  }

  /** Records a download (or a preview) of a version; called before the bytes go out. */
  /** The file and the version a download asks for (`?version=`, else the current one). */
  async findVersion(
    auth: Auth | undefined,
    fileId: string,
    wanted: number | undefined,
  ): Promise<{ file: repo.FileWithVersion; version: FileVersionRow }> {
    const file = await this.find(auth, fileId);
    const version =
      wanted === undefined || wanted === file.current_version
        ? repo.currentVersion(file)
        : await repo.findVersion(this.db, file.id, wanted);
    if (!version) throw notFound('version');
    return { file, version };
  }

  async recordDownload(auth: Auth, file: repo.FileWithVersion, version: number, meta: RequestMeta): Promise<void> {
    await this.db
      .transaction()
      .execute((trx) => this.events.record(trx, fileEvent('file.downloaded', file, actorOf(auth), file.id, { version }), meta));
  }

  async listVersions(auth: Auth | undefined, fileId: string, query: { limit?: number; cursor?: string }): Promise<Page<FileVersionDto>> {
    const file = await this.find(auth, fileId);
    const limit = query.limit ?? 20;
    // Versions page by their number, a PostgreSQL integer.
    const before = decodeCursor(query.cursor, MAX_INTEGER);
    const rows = await repo.listVersions(this.db, file.id, { limit, ...(before ? { beforeVersion: Number(before) } : {}) });
    return toPage(
      rows.map((r) => ({ ...r, seq: String(r.version) })),
      limit,
      (r) => toVersionDto(r, r.uploader_name, r.uploader_email),
    );
  }

  /**
   * Deletes the rows first and queues every version's blob for removal in the same transaction, so no row
   * ever points at missing bytes; then removes the blobs now, leaving failures to the maintenance job. A
   * request item the file answered and that holds no other file waits on the client again.
   */
  async delete(auth: Auth | undefined, fileId: string, meta: RequestMeta): Promise<void> {
    const file = await this.find(auth, fileId, 'manage');
    const actor = actorOf(auth!);
    const keys = await this.db.transaction().execute(async (trx) => {
      const items = await lockItemsOfFile(trx, file);
      const found = await repo.storageKeysOfFile(trx, file.id);
      await scheduleBlobDeletions(trx, found);
      await repo.deleteFileRow(trx, file.id);
      await this.events.record(trx, fileEvent('file.deleted', file, actor, file.id, { name: file.name }), meta);
      await reopenEmptiedItems(trx, this.events, items, file.id, actor, meta);
      return found;
    });
    await removeQueuedBlobs(this.db, this.storage, this.logger, keys);
  }
}

function listOptions(query: ListFilesQuery): repo.ListOptions {
  return {
    limit: query.limit ?? 20,
    beforeSeq: decodeCursor(query.cursor),
    ...(query.uploaded_by ? { uploadedBy: query.uploaded_by } : {}),
  };
}
