import type { Request } from 'express';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, authorKind, requireAuth, type Actor, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess, uploadsDisabled } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { requestMeta, type RequestMeta } from '../../lib/request-meta.ts';
import { supersedePendingApprovals } from '../approvals/supersede.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { holdPortal } from '../portals/repository.ts';
import type { PortalRow } from '../portals/table.ts';
import { fileToVersion, itemForUpload, itemsForVersion, itemsTypeCheck, lockItems, submitItems } from '../requests/item-files.ts';
import { toFileDto, type FileDto } from './dto.ts';
import { fileEvent } from './file-event.ts';
import * as repo from './repository.ts';
import type { FileRow, FileVersionRow } from './table.ts';
import { receiveUpload, type ReceivedFile, type TypeCheck, type UploadOptions } from './upload-receiver.ts';

/** A file or version just written: what the item it answers records. */
export interface Written {
  id: string;
  version: number;
}

/** What an upload makes: a new file in a portal (answering a request item, if named), or a new version of a file. */
export type UploadTarget = { portalId: string; requestItemId?: string } | { fileId: string };

/**
 * An upload's target, checked before any byte is stored: who uploads, into which portal, the version's file
 * (none for a new file), the request items the upload answers, and the check of the type detected from its
 * first bytes (the items' `allowed_types`).
 */
export interface UploadPlan {
  caller: Auth;
  actor: Actor;
  portal: PortalRow;
  fileId?: string;
  itemIds: string[];
  typeCheck?: TypeCheck;
}

export interface CommitOptions {
  /** Runs in the transaction that writes the rows, after them (a resumable upload marks itself completed). */
  within?: (trx: Executor, written: Written) => Promise<void>;
  /** Whether a failure removes the blob (default); a resumable upload decides itself what to keep. */
  discard?: boolean;
}

/**
 * Uploads: new files and new versions, streamed (`multipart/form-data`) or resumable (modules/uploads). Both
 * go through {@link plan} before any byte is stored and {@link commit} once the bytes are whole. An upload may
 * answer a document request item (the `request_item_id` part): the item is checked before any byte is stored,
 * the detected type against the item's `allowed_types` as soon as the first bytes are in, and the item becomes
 * `submitted` in the same transaction as the file's rows. A refused upload leaves no blob and no row.
 */
export class FileUploadService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly storage: ObjectStorage,
    private readonly logger: Logger,
    private readonly maxUploadBytes: number,
  ) {}

  async upload(auth: Auth | undefined, portalId: string, req: Request): Promise<FileDto> {
    const caller = requireAuth(auth);
    // Uploads switched off for clients still take files for request items, so that waits for the parts.
    const portal = await requirePortalAccess(this.db, auth, portalId, 'read');
    let plan: UploadPlan | undefined;
    const received = await this.receive(req, portal.id, async (fields) => {
      plan = await this.planPortal(caller, portal, fields.requestItemId);
      return plan.typeCheck;
    });
    return this.commit(plan!, received, requestMeta(req));
  }

  async uploadVersion(auth: Auth | undefined, fileId: string, req: Request): Promise<FileDto> {
    const plan = await this.plan(auth, { fileId });
    const received = await this.receive(req, plan.portal.id, plan.typeCheck && (() => Promise.resolve(plan.typeCheck)));
    return this.commit(plan, received, requestMeta(req));
  }

  /**
   * Checks an upload before its bytes: the caller may upload to the target (404 otherwise; 403
   * `uploads_disabled` for a client where client uploads are off and no request item is answered), and the
   * items it answers take another file (409 `request_item_conflict` when accepted).
   */
  async plan(auth: Auth | undefined, target: UploadTarget): Promise<UploadPlan> {
    const caller = requireAuth(auth);
    if ('portalId' in target) {
      const portal = await requirePortalAccess(this.db, caller, target.portalId, 'read');
      return this.planPortal(caller, portal, target.requestItemId);
    }
    const existing = await repo.findFile(this.db, caller.workspaceId, target.fileId);
    if (!existing) throw notFound('file');
    // A version of a file that answers request items re-submits them: allowed while they are not accepted,
    // with a type they take, even where client uploads are switched off.
    const items = await itemsForVersion(this.db, existing.id);
    const portal = await requirePortalAccess(this.db, caller, existing.portal_id, items.length > 0 ? 'read' : 'upload');
    return {
      caller,
      actor: actorOf(caller),
      portal,
      fileId: existing.id,
      itemIds: items.map((i) => i.id),
      ...(items.length > 0 ? { typeCheck: itemsTypeCheck(items) } : {}),
    };
  }

  private async planPortal(caller: Auth, portal: PortalRow, requestItemId: string | undefined): Promise<UploadPlan> {
    const base = { caller, actor: actorOf(caller), portal };
    if (requestItemId === undefined) {
      if (caller.kind === 'client' && !portal.client_uploads) throw uploadsDisabled();
      return { ...base, itemIds: [] };
    }
    const item = await itemForUpload(this.db, caller.workspaceId, portal.id, requestItemId);
    return { ...base, itemIds: [item.id], typeCheck: itemsTypeCheck([item]) };
  }

  /**
   * Writes the rows of an upload whose bytes are whole in storage — the file or version, its events, the
   * request items it answers — in one transaction, and answers the file. A target gone meanwhile is 404, an
   * item accepted meanwhile 409; then the blob is removed (unless `discard` is false).
   */
  async commit(plan: UploadPlan, received: ReceivedFile, meta: RequestMeta, options: CommitOptions = {}): Promise<FileDto> {
    const { caller, actor, portal } = plan;
    const write = async (): Promise<FileDto> => {
      const fileId = await this.db.transaction().execute(async (trx) => {
        const locked = await lockItems(trx, caller.workspaceId, portal.id, plan.itemIds, { forUpload: true });
        let written: Written;
        if (plan.fileId !== undefined) {
          const file = await repo.lockFile(trx, caller.workspaceId, plan.fileId);
          if (!file) throw notFound('file'); // deleted while the bytes were arriving
          written = await this.addVersion(trx, file, actor, received, meta, locked[0]?.item.id);
        } else if (locked.length === 0) {
          if (!(await holdPortal(trx, portal.id))) throw notFound('portal');
          written = await this.addFile(trx, portal, actor, received, meta);
        } else {
          const item = locked[0]!.item;
          // A one-file item keeps one file: what is sent again becomes its new version.
          const existing = await fileToVersion(trx, item);
          const file = existing ? await repo.lockFile(trx, caller.workspaceId, existing) : undefined;
          written = file
            ? await this.addVersion(trx, file, actor, received, meta, item.id)
            : await this.addFile(trx, portal, actor, received, meta, item.id);
        }
        await submitItems(trx, this.events, locked, written, actor, meta);
        await options.within?.(trx, written);
        return written.id;
      });
      return this.read(caller.workspaceId, fileId);
    };
    return options.discard === false ? write() : this.commitOrDiscard(received, write);
  }

  private async addFile(
    trx: Executor,
    portal: PortalRow,
    actor: Actor,
    received: ReceivedFile,
    meta: RequestMeta,
    requestItemId?: string,
  ): Promise<Written> {
    const file = await repo.insertFile(trx, {
      id: newId('file'),
      portal_id: portal.id,
      workspace_id: portal.workspace_id,
      name: received.name,
      uploaded_by_kind: authorKind(actor),
      uploaded_by_id: actor.id,
    });
    await repo.insertVersion(trx, versionRow(file.id, 1, received, actor));
    const data = { version: 1, name: received.name, size: received.size, sha256: received.sha256 };
    await this.events.record(trx, fileEvent('file.uploaded', portal, actor, file.id, withItem(data, requestItemId)), meta);
    return { id: file.id, version: 1 };
  }

  /** A new current version of a file whose row the caller has locked; pending approvals of the old one are superseded. */
  private async addVersion(
    trx: Executor,
    file: FileRow,
    actor: Actor,
    received: ReceivedFile,
    meta: RequestMeta,
    requestItemId?: string,
  ): Promise<Written> {
    const version = file.current_version + 1;
    await repo.insertVersion(trx, versionRow(file.id, version, received, actor));
    await repo.setCurrentVersion(trx, file.id, version);
    await supersedePendingApprovals(trx, this.events, file, version, actor, meta);
    const data = { version, size: received.size, sha256: received.sha256 };
    await this.events.record(trx, fileEvent('file.version_uploaded', file, actor, file.id, withItem(data, requestItemId)), meta);
    return { id: file.id, version };
  }

  /** The file as the API shows it (404 when it was deleted meanwhile). */
  async read(workspaceId: string, fileId: string): Promise<FileDto> {
    const file = await repo.findFile(this.db, workspaceId, fileId);
    if (!file) throw notFound('file'); // deleted right after the upload
    return toFileDto(file);
  }

  private receive(req: Request, portalId: string, beforeFile?: UploadOptions['beforeFile']): Promise<ReceivedFile> {
    return receiveUpload(req, this.storage, { maxBytes: this.maxUploadBytes, keyPrefix: `portals/${portalId}`, beforeFile });
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

/** A file event's data, naming the request item the upload answers (notifications tell both in one line). */
function withItem(data: Record<string, unknown>, requestItemId: string | undefined): Record<string, unknown> {
  return requestItemId === undefined ? data : { ...data, request_item_id: requestItemId };
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
