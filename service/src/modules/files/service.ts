import type { components } from '@foyer/contract';
import type { Request } from 'express';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, authorKind, requireAuth, type Actor, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess, type PortalAction } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { holdPortal } from '../portals/repository.ts';
import { sanitizeFilename } from '../../lib/filename.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, MAX_INTEGER, toPage, type Page } from '../../lib/pagination.ts';
import { scheduleBlobDeletions } from '../storage/repository.ts';
import { requestMeta, type RequestMeta } from '../../lib/request-meta.ts';
import type { EventInput, EventRecorder } from '../events/recorder.ts';
import { removeQueuedBlobs } from '../storage/blobs.ts';
import { supersedePendingApprovals } from '../approvals/supersede.ts';
import * as repo from './repository.ts';
import type { ActorKind, FileVersionRow } from './table.ts';
import { receiveUpload, type ReceivedFile } from './upload-receiver.ts';

export type FileDto = components['schemas']['File'];
export type FileVersionDto = components['schemas']['FileVersion'];
type ActorDto = components['schemas']['Actor'];

export interface ListFilesQuery {
  limit?: number;
  cursor?: string;
  uploaded_by?: ActorKind;
}

/** Files and their versions: streamed uploads, reads, renames, deletes. Downloads are in content.ts. */
export class FileService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly storage: ObjectStorage,
    private readonly logger: Logger,
    private readonly maxUploadBytes: number,
  ) {}

  async upload(auth: Auth | undefined, portalId: string, req: Request): Promise<FileDto> {
    const portal = await requirePortalAccess(this.db, auth, portalId, 'upload');
    const actor = actorOf(auth!);
    const received = await this.receive(req, portal.id);
    return this.commitOrDiscard(received, async () => {
      const fileId = await this.db.transaction().execute(async (trx) => {
        if (!(await holdPortal(trx, portal.id))) throw notFound('portal');
        const file = await repo.insertFile(trx, {
          id: newId('file'),
          portal_id: portal.id,
          workspace_id: portal.workspace_id,
          name: received.name,
          uploaded_by_kind: authorKind(actor),
          uploaded_by_id: actor.id,
        });
        await repo.insertVersion(trx, versionRow(file.id, 1, received, actor));
        await this.events.record(
          trx,
          fileEvent('file.uploaded', portal, actor, file.id, {
            version: 1,
            name: received.name,
            size: received.size,
            sha256: received.sha256,
          }),
          requestMeta(req),
        );
        return file.id;
      });
      return this.get(auth, fileId);
    });
  }

  async uploadVersion(auth: Auth | undefined, fileId: string, req: Request): Promise<FileDto> {
    const caller = requireAuth(auth);
    const existing = await repo.findFile(this.db, caller.workspaceId, fileId);
    if (!existing) throw notFound('file');
    const portal = await requirePortalAccess(this.db, auth, existing.portal_id, 'upload');
    const actor = actorOf(caller);
    const received = await this.receive(req, existing.portal_id);
    return this.commitOrDiscard(received, async () => {
      await this.db.transaction().execute(async (trx) => {
        const file = await repo.lockFile(trx, caller.workspaceId, fileId);
        if (!file) throw notFound('file'); // deleted while the bytes were arriving
        const version = file.current_version + 1;
        await repo.insertVersion(trx, versionRow(file.id, version, received, actor));
        await repo.setCurrentVersion(trx, file.id, version);
        await supersedePendingApprovals(trx, this.events, file, version, actor, requestMeta(req));
        await this.events.record(
          trx,
          fileEvent('file.version_uploaded', portal, actor, file.id, { version, size: received.size, sha256: received.sha256 }),
          requestMeta(req),
        );
      });
      return this.get(auth, fileId);
    });
  }

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
   * ever points at missing bytes; then removes the blobs now, leaving failures to the maintenance job.
   */
  async delete(auth: Auth | undefined, fileId: string, meta: RequestMeta): Promise<void> {
    const file = await this.find(auth, fileId, 'manage');
    const keys = await this.db.transaction().execute(async (trx) => {
      const found = await repo.storageKeysOfFile(trx, file.id);
      await scheduleBlobDeletions(trx, found);
      await repo.deleteFileRow(trx, file.id);
      await this.events.record(trx, fileEvent('file.deleted', file, actorOf(auth!), file.id, { name: file.name }), meta);
      return found;
    });
    await removeQueuedBlobs(this.db, this.storage, this.logger, keys);
  }

  private receive(req: Request, portalId: string): Promise<ReceivedFile> {
    return receiveUpload(req, this.storage, { maxBytes: this.maxUploadBytes, keyPrefix: `portals/${portalId}` });
  }

  /** If the rows cannot be committed, the blob must not outlive the request (the sweeper covers a crash). */
  private async commitOrDiscard<T>(received: ReceivedFile, commit: () => Promise<T>): Promise<T> {
    try {
      return await commit();
    } catch (err) {
      await this.storage
        .delete(received.storageKey)
        .catch((e: unknown) => this.logger.warn({ err: e }, 'could not remove an uncommitted blob'));
      throw err;
    }
  }
}

function fileEvent(
  type: string,
  portal: { workspace_id: string; id?: string; portal_id?: string },
  actor: Actor,
  fileId: string,
  data: Record<string, unknown>,
): EventInput {
  return {
    workspaceId: portal.workspace_id,
    portalId: portal.portal_id ?? portal.id ?? null,
    type,
    actor,
    target: { type: 'file', id: fileId },
    data,
  };
}

function versionRow(fileId: string, version: number, received: ReceivedFile, actor: Actor): Omit<FileVersionRow, 'created_at'> {
  return {
    file_id: fileId,
    version,
    size: String(received.size),
    content_type: received.contentType,
    sha256: received.sha256,
    storage_key: received.storageKey,
    uploaded_by_kind: authorKind(actor),
    uploaded_by_id: actor.id,
  };
}

function listOptions(query: ListFilesQuery): repo.ListOptions {
  return {
    limit: query.limit ?? 20,
    beforeSeq: decodeCursor(query.cursor),
    ...(query.uploaded_by ? { uploadedBy: query.uploaded_by } : {}),
  };
}

function actorDto(kind: ActorKind, id: string | null, name: string | null = null, email: string | null = null): ActorDto {
  return { kind, id, name, email };
}

function toVersionDto(row: FileVersionRow, uploaderName?: string | null, uploaderEmail?: string | null): FileVersionDto {
  return {
    version: row.version,
    size: Number(row.size),
    content_type: row.content_type,
    sha256: row.sha256,
    uploaded_by: actorDto(row.uploaded_by_kind, row.uploaded_by_id, uploaderName, uploaderEmail),
    created_at: row.created_at.toISOString(),
  };
}

/** Straight from the joined row (this runs for every row of every list): no intermediate objects. */
function toFileDto(file: repo.FileListRow): FileDto {
  return {
    id: file.id,
    portal_id: file.portal_id,
    name: file.name,
    current_version: {
      version: file.current_version,
      size: Number(file.v_size),
      content_type: file.v_content_type,
      sha256: file.v_sha256,
      uploaded_by: actorDto(file.v_uploaded_by_kind, file.v_uploaded_by_id, file.vm_name, file.vm_email),
      created_at: file.v_created_at,
    },
    version_count: file.current_version,
    uploaded_by: actorDto(file.uploaded_by_kind, file.uploaded_by_id, file.fm_name, file.fm_email),
    approval:
      file.ar_id !== null && file.ar_status !== null && file.ar_version !== null
        ? { request_id: file.ar_id, status: file.ar_status, version: file.ar_version, due_at: file.ar_due_at }
        : null,
    created_at: file.created_at,
    updated_at: file.updated_at,
  };
}
