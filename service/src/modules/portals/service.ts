import type { components } from '@foyer/contract';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, requireOwner, requireOwnerRole, type Auth, type ClientAuth } from '../../authz/auth.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import { exportKeysOfPortal } from '../exports/repository.ts';
import { storageKeysOfPortal } from '../files/repository.ts';
import { overdueItemsOfPortal } from '../requests/repository.ts';
import { revokeAccessLinkSessions } from '../sessions/repository.ts';
import { removeQueuedBlobs } from '../storage/blobs.ts';
import { scheduleBlobDeletions } from '../storage/repository.ts';
import { portalUrl, toPortalDto, type PortalDto } from './dto.ts';
import { erasePortal } from './erasure.ts';
import * as repo from './repository.ts';
import type { PortalChanges, PortalRow } from './table.ts';

export type { PortalDto } from './dto.ts';
export type PortalCreateDto = components['schemas']['PortalCreate'];
export type PortalUpdateDto = components['schemas']['PortalUpdate'];

export interface ListPortalsQuery {
  limit?: number;
  cursor?: string;
  status?: PortalRow['status'];
  requests?: repo.RequestsFilter;
}

/** Portal operations. `publicUrl` builds each portal's direct link; request headers never do. */
export class PortalService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly publicUrl: string,
    private readonly storage: ObjectStorage,
    private readonly logger: Logger,
  ) {}

  async create(auth: Auth | undefined, input: PortalCreateDto): Promise<PortalDto> {
    const owner = requireOwner(auth);
    const row = await repo.insertPortal(this.db, {
      id: newId('portal'),
      workspace_id: owner.workspaceId,
      name: input.name.trim(),
      client_name: input.client_name?.trim() || null,
      access_mode: input.access_mode ?? 'verified',
      status: 'active',
      client_uploads: input.client_uploads ?? true,
    });
    return this.toDto(row);
  }

  async list(auth: Auth | undefined, query: ListPortalsQuery): Promise<Page<PortalDto>> {
    const owner = requireOwner(auth);
    const limit = query.limit ?? 20;
    const rows = await repo.listPortals(this.db, owner.workspaceId, {
      limit,
      beforeSeq: decodeCursor(query.cursor),
      ...(query.status ? { status: query.status } : {}),
      ...(query.requests ? { requests: query.requests } : {}),
    });
    return toPage(rows, limit, (row) => toPortalDto(row, this.publicUrl, row.request_overdue_items));
  }

  /** Owners read any portal of their workspace; a client only its own (404 otherwise). */
  async get(auth: Auth | undefined, portalId: string): Promise<PortalDto> {
    return this.toDto(await requirePortalAccess(this.db, auth, portalId, 'read'));
  }

  /** Switching a `link` portal to `verified` ends every session that came in through its link, in the same transaction. */
  async update(auth: Auth | undefined, portalId: string, input: PortalUpdateDto, meta: RequestMeta): Promise<PortalDto> {
    const owner = requireOwner(auth);
    const changes: PortalChanges = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.client_name !== undefined) changes.client_name = input.client_name?.trim() || null;
    if (input.access_mode !== undefined) changes.access_mode = input.access_mode;
    if (input.status !== undefined) changes.status = input.status;
    if (input.client_uploads !== undefined) changes.client_uploads = input.client_uploads;
    const row = await this.db.transaction().execute(async (trx) => {
      const before = await repo.lockPortal(trx, owner.workspaceId, portalId);
      if (!before) return undefined;
      const after = await repo.updatePortal(trx, owner.workspaceId, portalId, changes);
      if (after && before.access_mode !== after.access_mode) {
        const ended = after.access_mode === 'verified' ? await revokeAccessLinkSessions(trx, after.id) : 0;
        await this.events.record(
          trx,
          {
            workspaceId: after.workspace_id,
            portalId: after.id,
            type: 'portal.access_mode_changed',
            actor: actorOf(owner),
            target: { type: 'portal', id: after.id },
            data: { from: before.access_mode, to: after.access_mode, sessions_revoked: ended },
          },
          meta,
        );
      }
      return after;
    });
    if (!row) throw notFound('portal');
    return this.toDto(row);
  }

  /**
   * Deletes the portal with its files and exports; their blobs are queued in the same transaction, then removed.
   * With `erase`, every trace of it (erasure.ts): owners only.
   */
  async delete(auth: Auth | undefined, portalId: string, options: { erase?: boolean; meta: RequestMeta }): Promise<void> {
    if (options.erase) {
      const owner = requireOwnerRole(auth);
      return erasePortal({ db: this.db, storage: this.storage, events: this.events, logger: this.logger }, owner, portalId, options.meta);
    }
    const owner = requireOwner(auth);
    const keys = await this.db.transaction().execute(async (trx) => {
      const found = [...(await storageKeysOfPortal(trx, portalId)), ...(await exportKeysOfPortal(trx, portalId))];
      if (!(await repo.deletePortal(trx, owner.workspaceId, portalId))) throw notFound('portal');
      await scheduleBlobDeletions(trx, found);
      return found;
    });
    await removeQueuedBlobs(this.db, this.storage, this.logger, keys);
  }

  /**
   * Records that a client opened its portal — at most once per member every 30 minutes, so a widget that
   * refreshes on focus does not flood the audit trail.
   */
  async recordView(auth: ClientAuth, meta: RequestMeta): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const recent = await trx
        .selectFrom('events')
        .select('id')
        .where('portal_id', '=', auth.portalId)
        .where('type', '=', 'portal.viewed')
        .where('actor_id', '=', auth.memberId)
        .where('created_at', '>', new Date(Date.now() - 30 * 60_000))
        .limit(1)
        .executeTakeFirst();
      if (recent) return;
      await this.events.record(
        trx,
        {
          workspaceId: auth.workspaceId,
          portalId: auth.portalId,
          type: 'portal.viewed',
          actor: { kind: 'member', id: auth.memberId, method: auth.method },
          target: { type: 'portal', id: auth.portalId },
        },
        meta,
      );
    });
  }

  /** The direct link clients open: `PUBLIC_URL/p/{portal_id}`. */
  portalUrl(portalId: string): string {
    return portalUrl(this.publicUrl, portalId);
  }

  private async toDto(row: PortalRow): Promise<PortalDto> {
    return toPortalDto(row, this.publicUrl, await overdueItemsOfPortal(this.db, row));
  }
}
