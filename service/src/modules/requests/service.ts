import { actorOf, requireAuth, requireOwner, type Auth, type OwnerAuth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { findPortal, lockPortal } from '../portals/repository.ts';
import { requestsChanged, settleRequest } from './completion.ts';
import { itemRows, MAX_ITEMS, optionalText, requestCreatedData, requestRows, requiredText } from './creation.ts';
import { decodeDueCursor, encodeDueCursor } from './cursor.ts';
import type { DocumentRequestCreateDto, DocumentRequestDto, DocumentRequestUpdateDto } from './dto.ts';
import { loadRequestDtos } from './loader.ts';
import * as repo from './repository.ts';
import type { RequestRow, RequestStatus } from './table.ts';

export interface ListPortalRequestsQuery {
  limit?: number;
  cursor?: string;
  status?: RequestStatus;
}

export interface ListRequestsQuery extends ListPortalRequestsQuery {
  waiting?: 'client' | 'us';
  sort?: 'due_at' | '-created_at';
}

/**
 * Document requests: what the business asks a client for. Every change runs in one transaction that locks, in
 * this order, the portal (`for no key update`, as a portal update does), the request, then the item — before
 * any event is recorded (the audit chain's lock) and before the portal's progress counters are written — so
 * concurrent changes in one portal queue up instead of deadlocking, and a request completes exactly once.
 * Item reviews are in item-service.ts.
 */
export class RequestService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
  ) {}

  /** Owner: asks the portal's client for documents. */
  async create(auth: Auth | undefined, portalId: string, input: DocumentRequestCreateDto, meta: RequestMeta): Promise<DocumentRequestDto> {
    const owner = requireOwner(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'manage');
    const { request, items } = requestRows({
      workspaceId: owner.workspaceId,
      portalId: portal.id,
      templateId: null,
      title: input.title,
      message: input.message,
      dueAt: input.due_at ? new Date(input.due_at) : null,
      createdBy: owner.credentialId,
      items: input.items,
    });
    await this.db.transaction().execute(async (trx) => {
      const locked = await lockPortal(trx, owner.workspaceId, portal.id);
      if (!locked) throw notFound('portal');
      if (locked.status === 'archived')
        throw createError('portal_archived', 'The portal is archived: make it active again to ask for documents.');
      await repo.insertRequests(trx, [request], items);
      await this.events.record(
        trx,
        {
          workspaceId: owner.workspaceId,
          portalId: portal.id,
          type: 'request.created',
          actor: actorOf(owner),
          target: { type: 'request', id: request.id },
          data: requestCreatedData(request, items, input.notify ?? true),
        },
        meta,
      );
      await requestsChanged(trx, [portal.id], [request.id]);
    });
    return this.load(owner, request.id);
  }

  /** A portal's requests, newest first; a client reads its own portal's. */
  async listPortal(auth: Auth | undefined, portalId: string, query: ListPortalRequestsQuery): Promise<Page<DocumentRequestDto>> {
    const caller = requireAuth(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'read');
    const limit = query.limit ?? 20;
    const rows = await repo.listPortalRequests(this.db, portal.id, {
      limit,
      beforeSeq: decodeCursor(query.cursor),
      ...(query.status ? { status: query.status } : {}),
    });
    const page = toPage(rows, limit, (r) => r);
    return { ...page, data: await loadRequestDtos(this.db, caller.workspaceId, page.data) };
  }

  /** Owner: the workspace's requests — who is missing what — earliest due first (or newest first). */
  async listWorkspace(auth: Auth | undefined, query: ListRequestsQuery): Promise<Page<DocumentRequestDto>> {
    const owner = requireOwner(auth);
    const limit = query.limit ?? 20;
    const filters = { limit, status: query.status, waiting: query.waiting };
    if (query.sort === '-created_at') {
      const rows = await repo.listWorkspaceRequests(this.db, owner.workspaceId, {
        ...filters,
        order: { by: 'created', beforeSeq: decodeCursor(query.cursor) },
      });
      const page = toPage(rows, limit, (r) => r);
      return { ...page, data: await loadRequestDtos(this.db, owner.workspaceId, page.data) };
    }
    const position = decodeDueCursor(query.cursor);
    let after: { dueAt: Date | null; portalName: string; id: string } | undefined;
    if (position) {
      // The cursor names the portal: its name now is the position (a deleted portal took its requests along).
      const portal = await findPortal(this.db, owner.workspaceId, position.portalId);
      if (!portal) throw createError('invalid_cursor', "The page's last request is gone with its portal; start again without the cursor.");
      after = { dueAt: position.dueAt === null ? null : new Date(position.dueAt), portalName: portal.name, id: position.id };
    }
    const rows = await repo.listWorkspaceRequests(this.db, owner.workspaceId, { ...filters, order: { by: 'due', after } });
    const hasMore = rows.length > limit;
    const pageRows = hasMore ? rows.slice(0, limit) : rows;
    const last = pageRows.at(-1);
    return {
      data: await loadRequestDtos(this.db, owner.workspaceId, pageRows),
      has_more: hasMore,
      next_cursor:
        hasMore && last ? encodeDueCursor({ dueAt: last.due_at?.toISOString() ?? null, portalId: last.portal_id, id: last.id }) : null,
    };
  }

  async get(auth: Auth | undefined, requestId: string): Promise<DocumentRequestDto> {
    const request = await this.find(auth, requestId);
    const [dto] = await loadRequestDtos(this.db, request.workspace_id, [request]);
    return dto!;
  }

  /** Owner: title, message, due date, more items. */
  async update(auth: Auth | undefined, requestId: string, input: DocumentRequestUpdateDto, meta: RequestMeta): Promise<DocumentRequestDto> {
    const owner = requireOwner(auth);
    const found = await this.find(auth, requestId);
    await this.db.transaction().execute(async (trx) => {
      const request = await this.lock(trx, owner, found);
      const changes: Parameters<typeof repo.updateRequest>[2] = {};
      const changed: string[] = [];
      if (input.title !== undefined) {
        changes.title = requiredText(input.title, '/body/title');
        changed.push('title');
      }
      if (input.message !== undefined) {
        changes.message = optionalText(input.message);
        changed.push('message');
      }
      if (input.due_at !== undefined) {
        const dueAt = input.due_at === null ? null : new Date(input.due_at);
        if (dueAt?.getTime() !== request.due_at?.getTime()) {
          changes.due_at = dueAt;
          // A new due date is a new deadline: its overdue event may be recorded again.
          changes.overdue_recorded_at = null;
          changed.push('due_at');
        }
      }
      let added = 0;
      if (input.add_items) {
        const items = await repo.itemsOfRequests(trx, [request.id]);
        if (items.length + input.add_items.length > MAX_ITEMS)
          throw createError(
            'too_many_items',
            `A request has at most ${MAX_ITEMS} items; this one has ${items.length}, so at most ${MAX_ITEMS - items.length} more.`,
          );
        const first = items.reduce((max, i) => Math.max(max, i.position + 1), 0);
        await repo.insertItems(trx, itemRows(request, input.add_items, first, '/body/add_items'));
        added = input.add_items.length;
        changed.push('items');
      }
      await repo.updateRequest(trx, request.id, changes);
      await this.events.record(
        trx,
        {
          workspaceId: request.workspace_id,
          portalId: request.portal_id,
          type: 'request.updated',
          actor: actorOf(owner),
          target: { type: 'request', id: request.id },
          data: {
            request_id: request.id,
            title: changes.title ?? request.title,
            changed,
            due_at: (changes.due_at === undefined ? request.due_at : changes.due_at)?.toISOString() ?? null,
            added_items: added,
          },
        },
        meta,
      );
      // Items added as required reopen a complete request.
      await settleRequest(trx, this.events, request, actorOf(owner), meta);
    });
    return this.load(owner, found.id);
  }

  /** Owner: withdraws a request; the files sent for it stay in the portal. */
  async delete(auth: Auth | undefined, requestId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwner(auth);
    const found = await this.find(auth, requestId);
    await this.db.transaction().execute(async (trx) => {
      const request = await this.lock(trx, owner, found);
      await repo.deleteRequest(trx, request.id);
      await this.events.record(
        trx,
        {
          workspaceId: request.workspace_id,
          portalId: request.portal_id,
          type: 'request.deleted',
          actor: actorOf(owner),
          target: { type: 'request', id: request.id },
          data: { request_id: request.id, title: request.title },
        },
        meta,
      );
      await requestsChanged(trx, [request.portal_id], []);
    });
  }

  /** The request, when the caller may read its portal (404 otherwise). */
  private async find(auth: Auth | undefined, requestId: string): Promise<repo.RequestWithPortal> {
    const caller = requireAuth(auth);
    const request = await repo.findRequest(this.db, caller.workspaceId, requestId);
    if (!request) throw notFound('request');
    await requirePortalAccess(this.db, auth, request.portal_id, 'read');
    return request;
  }

  /** Locks the request's portal, then the request (the order every change takes); gone meanwhile: 404. */
  private async lock(trx: Executor, owner: OwnerAuth, request: repo.RequestWithPortal): Promise<RequestRow> {
    if (!(await lockPortal(trx, owner.workspaceId, request.portal_id))) throw notFound('request');
    const locked = await repo.lockRequest(trx, request.id);
    if (!locked) throw notFound('request');
    return locked;
  }

  private async load(owner: OwnerAuth, requestId: string): Promise<DocumentRequestDto> {
    const request = await repo.findRequest(this.db, owner.workspaceId, requestId);
    if (!request) throw notFound('request'); // deleted right after the change
    const [dto] = await loadRequestDtos(this.db, owner.workspaceId, [request]);
    return dto!;
  }
}
