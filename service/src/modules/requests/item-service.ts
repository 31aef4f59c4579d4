import { actorOf, requireAuth, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db, Executor } from '../../db/database.ts';
import { createError, notFound } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { lockPortal } from '../portals/repository.ts';
import { settleRequest } from './completion.ts';
import { optionalText, requiredText } from './creation.ts';
import type { DocumentRequestDto, RequestItemUpdateDto } from './dto.ts';
import { loadRequestDtos } from './loader.ts';
import * as repo from './repository.ts';
import type { RequestItemRow } from './table.ts';
import { checkMove, moveEvent } from './transitions.ts';

/** The fields only the business may change. */
const OWNER_FIELDS = ['reason', 'title', 'description', 'required', 'multiple', 'allowed_types'] as const;

/**
 * Reviews and edits of one item (`updateRequestItem`): the business accepts, sends back, reopens, sets aside and
 * edits; the client sets an optional item aside or takes that back. Locks as RequestService does (portal,
 * request, item), so two reviews of one item settle one after the other.
 */
export class RequestItemService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
  ) {}

  async update(auth: Auth | undefined, itemId: string, input: RequestItemUpdateDto, meta: RequestMeta): Promise<DocumentRequestDto> {
    const caller = requireAuth(auth);
    const found = await repo.findItem(this.db, caller.workspaceId, itemId);
    if (!found) throw notFound('request item');
    await requirePortalAccess(this.db, auth, found.portal_id, 'read');
    const by = caller.kind === 'owner' ? 'owner' : 'client';
    checkInput(by, input);
    const actor = actorOf(caller);
    await this.db.transaction().execute(async (trx) => {
      if (!(await lockPortal(trx, caller.workspaceId, found.portal_id))) throw notFound('request item');
      const request = await repo.lockRequest(trx, found.request_id);
      const item = request && (await repo.lockItem(trx, found.id));
      if (!request || !item) throw notFound('request item');
      if (input.status !== undefined) checkMove(by, item, input.status);
      const changes = await edits(trx, item, input);
      const changed = Object.keys(changes);
      if (input.status !== undefined) {
        changes.status = input.status;
        if (input.status === 'changes_requested') changes.reason = input.reason!.trim();
        // A review settles the reason the item was sent back for.
        if (input.status === 'accepted' || input.status === 'open') changes.reason = null;
        if (input.status === 'not_applicable') changes.note = optionalText(input.note);
        if (input.status === 'open') changes.note = null;
      }
      await repo.updateItem(trx, item.id, changes);
      const record = (type: string, data: Record<string, unknown>) =>
        this.events.record(
          trx,
          {
            workspaceId: item.workspace_id,
            portalId: item.portal_id,
            type,
            actor,
            target: { type: 'request_item', id: item.id },
            data: { request_id: item.request_id, title: changes.title ?? item.title, ...data },
          },
          meta,
        );
      if (changed.length > 0) await record('request_item.updated', { changed });
      if (input.status !== undefined && input.status !== item.status) {
        await record(moveEvent(input.status), {
          from: item.status,
          ...(input.status === 'changes_requested' ? { reason: changes.reason } : {}),
          ...(input.status === 'not_applicable' ? { note: changes.note } : {}),
        });
      }
      await settleRequest(trx, this.events, request, actor, meta);
    });
    const request = await repo.findRequest(this.db, caller.workspaceId, found.request_id);
    if (!request) throw notFound('request item');
    const [dto] = await loadRequestDtos(this.db, caller.workspaceId, [request]);
    return dto!;
  }
}

/** Refusals that need no row: a client touching the business's fields, a reason or note without its move. */
function checkInput(by: 'owner' | 'client', input: RequestItemUpdateDto): void {
  if (by === 'client') {
    const field = OWNER_FIELDS.find((f) => input[f] !== undefined);
    if (field) throw createError('owner_only_field', `Only the business may change an item's ${field.replace('_', ' ')}.`);
  }
  if (input.status === 'changes_requested' && !input.reason?.trim())
    throw createError('validation_failed', 'Say why the item is sent back: the client sees the reason.', [
      { path: '/body/reason', message: 'is required with status changes_requested' },
    ]);
  if (input.reason !== undefined && input.status !== 'changes_requested')
    throw createError('validation_failed', 'A reason goes with sending the item back.', [
      { path: '/body/reason', message: 'is only taken with status changes_requested' },
    ]);
  if (input.note !== undefined && input.status !== 'not_applicable')
    throw createError('validation_failed', 'A note goes with setting the item aside.', [
      { path: '/body/note', message: 'is only taken with status not_applicable' },
    ]);
}

/** The business's edits of the item's fields, as column changes (only what differs). */
async function edits(trx: Executor, item: RequestItemRow, input: RequestItemUpdateDto) {
  const changes: Parameters<typeof repo.updateItem>[2] = {};
  if (input.title !== undefined && requiredText(input.title, '/body/title') !== item.title) changes.title = input.title.trim();
  if (input.description !== undefined && optionalText(input.description) !== item.description)
    changes.description = optionalText(input.description);
  if (input.required !== undefined && input.required !== item.required) changes.required = input.required;
  if (input.allowed_types !== undefined) {
    const types = [...new Set(input.allowed_types)];
    if (types.join(' ') !== item.allowed_types.join(' ')) changes.allowed_types = types;
  }
  if (input.multiple !== undefined && input.multiple !== item.multiple) {
    if (!input.multiple) {
      const files = await repo.fileIdsOfItem(trx, item.id);
      if (files.length > 1)
        throw createError(
          'request_item_conflict',
          `This item holds ${files.length} files; a one-file item holds one. Delete the others first.`,
        );
    }
    changes.multiple = input.multiple;
  }
  return changes;
}
