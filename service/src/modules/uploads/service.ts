import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import { requireAuth, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { createError, HttpError, notFound } from '../../errors/http-error.ts';
import { SNIFF_BYTES, detectContentType } from '../../lib/content-type.ts';
import { sanitizeFilename } from '../../lib/filename.ts';
import { newId } from '../../lib/ids.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { FileDto } from '../files/dto.ts';
import type { ReceivedFile } from '../files/upload-receiver.ts';
import type { FileUploadService, UploadPlan } from '../files/upload-service.ts';
import type { Creation } from './creation.ts';
import * as repo from './repository.ts';
import type { UploadRow } from './table.ts';

/** Thrown inside the completing transaction when another request completed the upload first. */
class AlreadyCompleted extends Error {}

/**
 * Resumable (tus) uploads, around the protocol that `@tus/server` runs: who may create and go on with an
 * upload, and what its bytes become. Creation checks the target with the plain upload's own {@link
 * FileUploadService.plan} and records the upload; completion reads the bytes once (sha256, size, type from the
 * first bytes), then makes the file or version with {@link FileUploadService.commit}, marking the upload
 * completed in the same transaction — so a completion that is retried (a client's next PATCH or HEAD after a
 * crash, or two at once) makes the file exactly once. A refused upload is removed entirely.
 */
export class ResumableUploadService {
  constructor(
    private readonly db: Db,
    private readonly files: FileUploadService,
    private readonly storage: ObjectStorage,
    private readonly store: () => Promise<ResumableStore>,
    private readonly logger: Logger,
    private readonly expiryMs: number,
  ) {}

  /** Checks a creation before any byte (as a plain upload would be checked) and records the upload. */
  async create(auth: Auth | undefined, creation: Creation): Promise<UploadRow> {
    const caller = requireAuth(auth);
    const plan = await this.files.plan(caller, creation.target);
    const store = await this.store();
    const id = newId('upload');
    const row = {
      id,
      workspace_id: caller.workspaceId,
      portal_id: plan.portal.id,
      member_id: caller.kind === 'client' ? caller.memberId : null,
      target_file_id: plan.fileId ?? null,
      request_item_id: 'requestItemId' in creation.target ? (creation.target.requestItemId ?? null) : null,
      filename: sanitizeFilename(creation.filename),
      size: creation.size,
      storage_key: store.blobKey(id),
      expires_at: new Date(Date.now() + this.expiryMs),
    };
    await repo.insertUpload(this.db, row);
    return (await repo.findUpload(this.db, caller.workspaceId, id))!;
  }

  /**
   * The caller's own upload: a client's is its member's, in its portal (still active); the business's is any
   * owner credential's of the workspace. Anyone else, and an id of nothing, is 404.
   */
  async find(auth: Auth | undefined, id: string): Promise<UploadRow> {
    const caller = requireAuth(auth);
    const row = await repo.findUpload(this.db, caller.workspaceId, id);
    if (!row || (caller.kind === 'client' ? row.member_id !== caller.memberId : row.member_id !== null)) throw notFound('upload');
    await requirePortalAccess(this.db, caller, row.portal_id, 'read');
    if (row.status === 'open' && row.expires_at.getTime() <= Date.now())
      throw createError('upload_expired', 'The upload has expired; start again.');
    return row;
  }

  /** The file a completed upload made (404 when it has been deleted since). */
  async result(row: UploadRow): Promise<FileDto> {
    return this.files.read(row.workspace_id, row.file_id!);
  }

  /**
   * Makes the file or version of an upload whose bytes are all in the store, exactly once. Refused — a type
   * the target does not take, a target gone or an item accepted meanwhile — the upload and its bytes are
   * removed and the refusal thrown.
   */
  async complete(auth: Auth | undefined, row: UploadRow, meta: RequestMeta): Promise<FileDto> {
    const caller = requireAuth(auth);
    if (row.status === 'completed') return this.result(row);
    let plan: UploadPlan;
    let received: ReceivedFile;
    try {
      const target = row.target_file_id
        ? { fileId: row.target_file_id }
        : { portalId: row.portal_id, ...(row.request_item_id ? { requestItemId: row.request_item_id } : {}) };
      plan = await this.files.plan(caller, target);
      received = await this.measure(row);
      const refused = plan.typeCheck?.(received.contentType);
      if (refused) throw refused;
    } catch (err) {
      if (err instanceof HttpError) await this.discard(row);
      throw err;
    }
    try {
      const file = await this.files.commit(plan, received, meta, {
        discard: false,
        within: async (trx, written) => {
          if (!(await repo.completeUpload(trx, row.id, written))) throw new AlreadyCompleted();
        },
      });
      await this.forget(row.id);
      return file;
    } catch (err) {
      if (err instanceof AlreadyCompleted) return this.result((await repo.findUpload(this.db, row.workspace_id, row.id))!);
      // The target went away or refuses the file now: nothing stays. Anything else (the database) may pass:
      // the bytes stay for the next request to complete.
      if (err instanceof HttpError) await this.discard(row);
      throw err;
    }
  }

  /**
   * Removes an unfinished upload after tus termination: what the store's own removal leaves (an S3 upload's
   * incomplete last part), then the row.
   */
  async terminated(row: UploadRow): Promise<void> {
    await (await this.store()).remove(row.id);
    await repo.deleteUpload(this.db, row.id);
  }

  /** Forgets a creation that the store refused. */
  async abandon(id: string): Promise<void> {
    await (await this.store()).remove(id).catch(() => {});
    await repo.deleteUpload(this.db, id);
  }

  /**
   * The upload's sha256 and the type its first bytes show: hashed as the bytes arrived, when this process
   * saw all of them; else read back from storage once (after a restart, or a PATCH another instance took).
   */
  private async measure(row: UploadRow): Promise<ReceivedFile> {
    const size = Number(row.size);
    const arrived = (await this.store()).digest(row.id, size);
    const file = { storageKey: row.storage_key, size, name: row.filename };
    if (arrived) return { ...file, sha256: arrived.sha256, contentType: await detectContentType(arrived.head) };
    this.logger.info({ upload: row.id, bytes: size }, 'reading a resumable upload back to hash it');
    return { ...file, ...(await this.readBack(row)) };
  }

  /** Reads the stored bytes once: their sha256 and the type their first bytes show. */
  private async readBack(row: UploadRow): Promise<Pick<ReceivedFile, 'sha256' | 'contentType'>> {
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const stream = await this.storage.get(row.storage_key);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - headLength);
        head.push(Buffer.from(part));
        headLength += part.length;
      }
    }
    if (size !== Number(row.size)) throw new Error(`upload ${row.id}: ${size} bytes stored, ${row.size} expected`);
    return { sha256: hash.digest('hex'), contentType: await detectContentType(Buffer.concat(head)) };
  }

  private async discard(row: UploadRow): Promise<void> {
    try {
      await (await this.store()).remove(row.id);
      await repo.deleteUpload(this.db, row.id);
    } catch (err) {
      // The sweeper removes it once it expires.
      this.logger.warn({ err, upload: row.id }, 'could not remove a refused upload');
    }
  }

  private async forget(id: string): Promise<void> {
    await (await this.store()).forget(id).catch((err: unknown) => this.logger.warn({ err, upload: id }, 'could not drop a tus record'));
  }
}
