import type { components } from '@foyer/contract';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, requireOwnerRole, type Auth, type OwnerAuth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { EXPORT_JOB, EXPORT_JOB_OPTIONS } from './job.ts';
import * as repo from './repository.ts';
import type { ExportRow } from './table.ts';

export type ExportDto = components['schemas']['Export'];

/** Exports of a portal or of the whole workspace: asked for here, written by the `exports.run` job (job.ts). */
export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly queue: Queue,
    private readonly storage: ObjectStorage,
  ) {}

  async createForPortal(auth: Auth | undefined, portalId: string, meta: RequestMeta): Promise<ExportDto> {
    const owner = requireOwnerRole(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    return this.create(owner, portal.id, meta);
  }

  async createForWorkspace(auth: Auth | undefined, meta: RequestMeta): Promise<ExportDto> {
    return this.create(requireOwnerRole(auth), null, meta);
  }

  async list(auth: Auth | undefined, query: { limit?: number; cursor?: string; portal_id?: string }): Promise<Page<ExportDto>> {
    const owner = requireOwnerRole(auth);
    const limit = query.limit ?? 20;
    const rows = await repo.listExports(this.db, owner.workspaceId, {
      limit,
      ...(query.cursor !== undefined ? { beforeSeq: decodeCursor(query.cursor) } : {}),
      ...(query.portal_id !== undefined ? { portalId: query.portal_id } : {}),
    });
    return toPage(rows, limit, toDto);
  }

  async get(auth: Auth | undefined, exportId: string): Promise<ExportDto> {
    const owner = requireOwnerRole(auth);
    const row = await repo.findExport(this.db, owner.workspaceId, exportId);
    if (!row) throw notFound('export');
    return toDto(row);
  }

  /** Streams a ready export's zip from storage. */
  async download(auth: Auth | undefined, exportId: string, res: Response): Promise<void> {
    const owner = requireOwnerRole(auth);
    const row = await repo.findExport(this.db, owner.workspaceId, exportId);
    if (!row) throw notFound('export');
    if (row.status !== 'ready')
      throw createError('export_not_ready', `The export is ${row.status}${row.status === 'failed' ? '' : '; try again when it is ready'}.`);
    const body = await this.storage.get(row.storage_key);
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition(`foyer-export-${row.id}.zip`, { type: 'attachment' }));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (row.size !== null) res.setHeader('Content-Length', row.size);
    await pipeline(body, res).catch(() => {
      if (!res.writableEnded) res.destroy();
    });
  }

  /**
   * Queues an export of the scope, recording `export.created` — or answers the one already queued or running
   * (a unique index holds one per scope, so two requests at once also get one export).
   */
  private async create(owner: OwnerAuth, portalId: string | null, meta: RequestMeta): Promise<ExportDto> {
    const row = await this.db.transaction().execute(async (trx) => {
      const running = await repo.exportUnderWay(trx, owner.workspaceId, portalId);
      if (running) return running;
      const id = newId('export');
      const inserted = await repo.insertExport(trx, {
        id,
        workspace_id: owner.workspaceId,
        portal_id: portalId,
        storage_key: `exports/${owner.workspaceId}/${id}.zip`,
        created_by: owner.user?.id ?? owner.credentialId,
      });
      // Lost a race with another request for the same scope: answer that one.
      if (!inserted) return repo.exportUnderWay(trx, owner.workspaceId, portalId);
      await this.events.record(
        trx,
        {
          workspaceId: owner.workspaceId,
          portalId,
          type: 'export.created',
          actor: actorOf(owner),
          target: { type: 'export', id },
          data: { scope: portalId ? 'portal' : 'workspace' },
        },
        meta,
      );
      await this.queue.send(EXPORT_JOB, { export_id: id }, { ...EXPORT_JOB_OPTIONS, transaction: trx });
      return inserted;
    });
    if (!row) throw createError('idempotency_in_progress', 'Another export of this scope was just asked for; try again.');
    return toDto(row);
  }
}

export function toDto(row: ExportRow): ExportDto {
  return {
    id: row.id,
    scope: row.portal_id ? 'portal' : 'workspace',
    portal_id: row.portal_id,
    status: row.status,
    progress: row.progress,
    size: row.size === null ? null : Number(row.size),
    error: row.error,
    created_at: row.created_at.toISOString(),
    completed_at: row.completed_at?.toISOString() ?? null,
    expires_at: row.expires_at?.toISOString() ?? null,
  };
}
