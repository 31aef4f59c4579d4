import type { Actor } from '../../authz/auth.ts';
import type { Executor } from '../../db/database.ts';
import { createError, type HttpError, notFound } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { lockPortal } from '../portals/repository.ts';
import { typeAllowed, typeRefusal } from './allowed-types.ts';
import { settleRequest } from './completion.ts';
import * as repo from './repository.ts';
import type { RequestItemRow, RequestRow } from './table.ts';

// The files side of request items, for the files module: an upload that answers an item (checked before its
// bytes are stored, then attached in the upload's transaction), a new version of an attached file, and a
// deleted file leaving its item. Locks as every request change does: the portal, the requests, the items.

/** An item and its request, locked for the rest of the transaction. */
export interface LockedItem {
  request: RequestRow;
  item: RequestItemRow;
}

/** The most files an item holds (the contract's `maxItems` of an item's `files`). */
export const MAX_ITEM_FILES = 100;

/**
 * The item an upload names, before any byte is stored: one of this portal's (404 otherwise), not accepted and
 * with room for another file (409).
 */
export async function itemForUpload(db: Executor, workspaceId: string, portalId: string, itemId: string): Promise<RequestItemRow> {
  const item = await repo.findItem(db, workspaceId, itemId);
  if (!item || item.portal_id !== portalId) throw notFound('request item');
  refuseAccepted(item);
  await fileToVersion(db, item);
  return item;
}

/** The items a file answers, before a new version of it is stored: none of them accepted (409). */
export async function itemsForVersion(db: Executor, fileId: string): Promise<RequestItemRow[]> {
  const items = await repo.itemsOfFile(db, fileId);
  items.forEach(refuseAccepted);
  return items;
}

/** Refuses a detected type that one of the items does not take (415, naming the item and its types). */
export function itemsTypeCheck(items: readonly RequestItemRow[]): (contentType: string) => HttpError | undefined {
  return (contentType) => {
    const refusing = items.find((i) => !typeAllowed(i.allowed_types, contentType));
    return refusing && typeRefusal(refusing.title, refusing.allowed_types, contentType);
  };
}

/**
 * Locks the portal, then each item's request and the item (by id, so two transactions take them in the same
 * order). An item gone meanwhile is 404; `forUpload` also refuses one accepted meanwhile (409).
 */
export async function lockItems(
  trx: Executor,
  workspaceId: string,
  portalId: string,
  itemIds: readonly string[],
  options: { forUpload: boolean },
): Promise<LockedItem[]> {
  if (itemIds.length === 0) return [];
  if (!(await lockPortal(trx, workspaceId, portalId))) throw notFound('portal');
  const locked: LockedItem[] = [];
  for (const id of [...new Set(itemIds)].sort()) {
    const found = await repo.findItem(trx, workspaceId, id);
    const request = found && (await repo.lockRequest(trx, found.request_id));
    const item = request && (await repo.lockItem(trx, id));
    if (!request || !item) throw notFound('request item');
    if (options.forUpload) refuseAccepted(item);
    locked.push({ request, item });
  }
  return locked;
}

/** The items a file about to be deleted answers, locked (none: nothing locked). */
export async function lockItemsOfFile(trx: Executor, file: { id: string; workspace_id: string; portal_id: string }): Promise<LockedItem[]> {
  const items = await repo.itemsOfFile(trx, file.id);
  return lockItems(
    trx,
    file.workspace_id,
    file.portal_id,
    items.map((i) => i.id),
    { forUpload: false },
  );
}

/**
 * The file a one-file item already holds, which an upload to it versions instead of adding another; none for
 * a many-file item, which takes another file while it holds fewer than {@link MAX_ITEM_FILES} (409 after).
 */
export async function fileToVersion(db: Executor, item: RequestItemRow): Promise<string | undefined> {
  const files = await repo.fileIdsOfItem(db, item.id);
  if (!item.multiple) return files[0];
  if (files.length >= MAX_ITEM_FILES)
    throw createError('request_item_conflict', `${item.title} already holds ${MAX_ITEM_FILES} files, the most an item takes.`);
  return undefined;
}

/**
 * After the file or version rows of an upload are written: attaches the file to each item, which becomes
 * `submitted` (`request_item.submitted`, one per item and upload), then settles their requests.
 */
export async function submitItems(
  trx: Executor,
  events: EventRecorder,
  locked: readonly LockedItem[],
  file: { id: string; version: number },
  actor: Actor,
  meta: RequestMeta,
): Promise<void> {
  for (const { item } of locked) {
    await repo.attachFile(trx, item.id, file.id);
    await repo.updateItem(trx, item.id, { status: 'submitted', submitted_at: new Date() });
    await events.record(
      trx,
      {
        workspaceId: item.workspace_id,
        portalId: item.portal_id,
        type: 'request_item.submitted',
        actor,
        target: { type: 'request_item', id: item.id },
        data: { request_id: item.request_id, title: item.title, file_id: file.id, version: file.version, from: item.status },
      },
      meta,
    );
  }
  await settleRequests(trx, events, locked, actor, meta);
}

/**
 * After a file's row is deleted (its attachments go with it): an item that was `submitted` and holds no file
 * now waits on the client again (`open`, `request_item.reopened`).
 */
export async function reopenEmptiedItems(
  trx: Executor,
  events: EventRecorder,
  locked: readonly LockedItem[],
  fileId: string,
  actor: Actor,
  meta: RequestMeta,
): Promise<void> {
  for (const { item } of locked) {
    if (item.status !== 'submitted' || (await repo.fileIdsOfItem(trx, item.id)).length > 0) continue;
    await repo.updateItem(trx, item.id, { status: 'open' });
    await events.record(
      trx,
      {
        workspaceId: item.workspace_id,
        portalId: item.portal_id,
        type: 'request_item.reopened',
        actor,
        target: { type: 'request_item', id: item.id },
        data: { request_id: item.request_id, title: item.title, from: item.status, file_id: fileId, cause: 'file_deleted' },
      },
      meta,
    );
  }
  await settleRequests(trx, events, locked, actor, meta);
}

async function settleRequests(trx: Executor, events: EventRecorder, locked: readonly LockedItem[], actor: Actor, meta: RequestMeta) {
  const requests = new Map(locked.map(({ request }) => [request.id, request]));
  for (const request of requests.values()) await settleRequest(trx, events, request, actor, meta);
}

function refuseAccepted(item: RequestItemRow): void {
  if (item.status === 'accepted')
    throw createError(
      'request_item_conflict',
      `${item.title} is already accepted: no more files can be sent for it unless the business reopens it.`,
    );
}
