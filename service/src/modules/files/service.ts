import type { components } from '@foyer/sdk';
import type { Request } from 'express';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { requireOwner, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { sanitizeFilename } from '../../lib/filename.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import { scheduleBlobDeletions } from '../storage/repository.ts';
import { removeQueuedBlobs } from '../storage/blobs.ts';
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
    private readonly storage: ObjectStorage,
    private readonly logger: Logger,
    private readonly maxUploadBytes: number,
  ) {}

  async upload(auth: Auth | undefined, portalId: string, req: Request): Promise<FileDto> {
    const portal = await requirePortalAccess(this.db, auth, portalId);
    const actor = uploader(auth);
    const received = await this.receive(req, portal.id);
    return this.commitOrDiscard(received, async () => {
      const fileId = await this.db.transaction().execute(async (trx) => {
        const file = await repo.insertFile(trx, {
          id: newId('file'),
          portal_id: portal.id,
          workspace_id: portal.workspace_id,
          name: received.name,
          uploaded_by_kind: actor.kind,
          uploaded_by_id: actor.id,
        });
        await repo.insertVersion(trx, versionRow(file.id, 1, received, actor));
        return file.id;
      });
      return this.get(auth, fileId);
    });
  }

  async uploadVersion(auth: Auth | undefined, fileId: string, req: Request): Promise<FileDto> {
    const owner = requireOwner(auth);
    const existing = await repo.findFile(this.db, owner.workspaceId, fileId);
    if (!existing) throw notFound('file');
    await requirePortalAccess(this.db, auth, existing.portal_id);
    const actor = uploader(auth);
    const received = await this.receive(req, existing.portal_id);
    return this.commitOrDiscard(received, async () => {
      await this.db.transaction().execute(async (trx) => {
        const file = await repo.lockFile(trx, owner.workspaceId, fileId);
        if (!file) throw notFound('file'); // deleted while the bytes were arriving
        const version = file.current_version + 1;
        await repo.insertVersion(trx, versionRow(file.id, version, received, actor));
        await repo.setCurrentVersion(trx, file.id, version);
      });
      return this.get(auth, fileId);
    });
  }

  async list(auth: Auth | undefined, portalId: string, query: ListFilesQuery): Promise<Page<FileDto>> {
    const portal = await requirePortalAccess(this.db, auth, portalId);
    const limit = query.limit ?? 20;
    const rows = await repo.listFiles(this.db, portal.id, {
      limit,
      beforeSeq: decodeCursor(query.cursor),
      ...(query.uploaded_by ? { uploadedBy: query.uploaded_by } : {}),
    });
    return toPage(rows, limit, toFileDto);
  }

  async get(auth: Auth | undefined, fileId: string): Promise<FileDto> {
    return toFileDto(await this.find(auth, fileId));
  }

  /** The file with its current version, when the caller may see it. */
  async find(auth: Auth | undefined, fileId: string): Promise<repo.FileWithVersion> {
    const owner = requireOwner(auth);
    const file = await repo.findFile(this.db, owner.workspaceId, fileId);
    if (!file) throw notFound('file');
    await requirePortalAccess(this.db, auth, file.portal_id);
    return file;
  }

  async rename(auth: Auth | undefined, fileId: string, name: string): Promise<FileDto> {
    const file = await this.find(auth, fileId);
    await repo.renameFile(this.db, file.workspace_id, file.id, sanitizeFilename(name));
    return this.get(auth, fileId);
  }

  async listVersions(auth: Auth | undefined, fileId: string, query: { limit?: number; cursor?: string }): Promise<Page<FileVersionDto>> {
    const file = await this.find(auth, fileId);
    const limit = query.limit ?? 20;
    const before = decodeCursor(query.cursor);
    const rows = await repo.listVersions(this.db, file.id, { limit, ...(before ? { beforeVersion: Number(before) } : {}) });
    return toPage(
      rows.map((r) => ({ ...r, seq: String(r.version) })),
      limit,
      toVersionDto,
    );
  }

  /**
   * Deletes the rows first and queues every version's blob for removal in the same transaction, so no row
   * ever points at missing bytes; then removes the blobs now, leaving failures to the maintenance job.
   */
  async delete(auth: Auth | undefined, fileId: string): Promise<void> {
    const file = await this.find(auth, fileId);
    const keys = await this.db.transaction().execute(async (trx) => {
      const found = await repo.storageKeysOfFile(trx, file.id);
      await scheduleBlobDeletions(trx, found);
      await repo.deleteFileRow(trx, file.id);
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
      await this.storage.delete(received.storageKey).catch((e: unknown) => this.logger.warn({ err: e }, 'could not remove an uncommitted blob'));
      throw err;
    }
  }
}

function uploader(auth: Auth | undefined): { kind: ActorKind; id: string | null } {
  const owner = requireOwner(auth);
  return { kind: 'owner', id: owner.credentialId };
}

function versionRow(fileId: string, version: number, received: ReceivedFile, actor: { kind: ActorKind; id: string | null }): Omit<FileVersionRow, 'created_at'> {
  return {
    file_id: fileId,
    version,
    size: String(received.size),
    content_type: received.contentType,
    sha256: received.sha256,
    storage_key: received.storageKey,
    uploaded_by_kind: actor.kind,
    uploaded_by_id: actor.id,
  };
}

function actorDto(kind: ActorKind, id: string | null): ActorDto {
  return { kind, id, name: null, email: null };
}

export function toVersionDto(row: FileVersionRow): FileVersionDto {
  return {
    version: row.version,
    size: Number(row.size),
    content_type: row.content_type,
    sha256: row.sha256,
    uploaded_by: actorDto(row.uploaded_by_kind, row.uploaded_by_id),
    created_at: row.created_at.toISOString(),
  };
}

function toFileDto(file: repo.FileWithVersion): FileDto {
  return {
    id: file.id,
    portal_id: file.portal_id,
    name: file.name,
    current_version: toVersionDto(file.v),
    version_count: file.version_count,
    uploaded_by: actorDto(file.uploaded_by_kind, file.uploaded_by_id),
    created_at: file.created_at.toISOString(),
    updated_at: file.updated_at.toISOString(),
  };
}
