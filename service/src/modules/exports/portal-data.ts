import type { Executor } from '../../db/database.ts';
import type { EventRow } from '../events/table.ts';

// What an export or an archive reads of a portal: plain queries over its rows, without secrets (no hashes of
// access links or sessions, no storage keys in what is written out).

/** A file version as an archive or export streams it. */
export interface StoredVersion {
  file_id: string;
  version: number;
  size: number;
  content_type: string;
  sha256: string;
  storage_key: string;
  uploaded_by_kind: string;
  uploaded_by_id: string | null;
  created_at: Date;
}

export interface FileWithVersions {
  id: string;
  name: string;
  current_version: number;
  uploaded_by_kind: string;
  uploaded_by_id: string | null;
  created_at: Date;
  updated_at: Date;
  versions: StoredVersion[];
}

/**
 * The current version of each of the portal's files — all of them, or those of `fileIds` that are in the
 * portal — oldest file first (the order they were shared in).
 */
export async function currentVersions(
  db: Executor,
  portalId: string,
  fileIds?: readonly string[],
): Promise<Array<StoredVersion & { name: string }>> {
  let query = db
    .selectFrom('files as f')
    .innerJoin('file_versions as v', (join) => join.onRef('v.file_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version'))
    .select(['f.name', 'v.file_id', 'v.version', 'v.size', 'v.content_type', 'v.sha256', 'v.storage_key', 'v.uploaded_by_kind'])
    .select(['v.uploaded_by_id', 'v.created_at'])
    .where('f.portal_id', '=', portalId);
  if (fileIds) query = query.where('f.id', 'in', fileIds.length > 0 ? [...fileIds] : ['']);
  const rows = await query.orderBy('f.seq').execute();
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
}

/** Every file of the portal with every version, oldest first. */
export async function filesWithVersions(db: Executor, portalId: string): Promise<FileWithVersions[]> {
  const files = await db
    .selectFrom('files')
    .select(['id', 'name', 'current_version', 'uploaded_by_kind', 'uploaded_by_id', 'created_at', 'updated_at'])
    .where('portal_id', '=', portalId)
    .orderBy('seq')
    .execute();
  const versions = await db
    .selectFrom('file_versions as v')
    .innerJoin('files as f', 'f.id', 'v.file_id')
    .select(['v.file_id', 'v.version', 'v.size', 'v.content_type', 'v.sha256', 'v.storage_key', 'v.uploaded_by_kind'])
    .select(['v.uploaded_by_id', 'v.created_at'])
    .where('f.portal_id', '=', portalId)
    .orderBy('v.file_id')
    .orderBy('v.version')
    .execute();
  const byFile = new Map<string, StoredVersion[]>();
  for (const v of versions) {
    const list = byFile.get(v.file_id) ?? [];
    list.push({ ...v, size: Number(v.size) });
    byFile.set(v.file_id, list);
  }
  return files.map((f) => ({ ...f, versions: byFile.get(f.id) ?? [] }));
}

export function portalRecord(db: Executor, portalId: string) {
  return db
    .selectFrom('portals')
    .select(['id', 'name', 'client_name', 'access_mode', 'status', 'client_uploads', 'created_at', 'updated_at'])
    .where('id', '=', portalId)
    .executeTakeFirst();
}

export function members(db: Executor, portalId: string) {
  return db
    .selectFrom('members')
    .select(['id', 'email', 'name', 'status', 'verified', 'origin', 'notifications', 'last_seen_at', 'revoked_at', 'created_at'])
    .where('portal_id', '=', portalId)
    .orderBy('seq')
    .execute();
}

export function comments(db: Executor, portalId: string) {
  return db
    .selectFrom('comments')
    .select(['id', 'file_id', 'parent_id', 'version', 'author_kind', 'author_id', 'body', 'resolved_at', 'edited_at', 'deleted_at'])
    .select('created_at')
    .where('portal_id', '=', portalId)
    .orderBy('seq')
    .execute();
}

/** Approval requests, each with its approvers and every decision (the immutable records). */
export async function approvals(db: Executor, portalId: string) {
  const requests = await db
    .selectFrom('approval_requests')
    .select(['id', 'file_id', 'version', 'sha256', 'status', 'rule', 'message', 'due_at', 'requested_by', 'created_at', 'updated_at'])
    .where('portal_id', '=', portalId)
    .orderBy('seq')
    .execute();
  const ids = requests.length > 0 ? requests.map((r) => r.id) : [''];
  const [approvers, decisions] = await Promise.all([
    db.selectFrom('approval_approvers').select(['request_id', 'member_id']).where('request_id', 'in', ids).execute(),
    db
      .selectFrom('approval_decisions')
      .select(['id', 'request_id', 'member_id', 'email', 'decision', 'note', 'version', 'sha256', 'ip', 'user_agent', 'sign_in_method'])
      .select('created_at')
      .where('request_id', 'in', ids)
      .orderBy('created_at')
      .execute(),
  ]);
  return requests.map((r) => ({
    ...r,
    approvers: approvers.filter((a) => a.request_id === r.id).map((a) => a.member_id),
    decisions: decisions.filter((d) => d.request_id === r.id).map(({ request_id: _r, ...d }) => d),
  }));
}

/** Document requests, each with its items and the files attached to each item. */
export async function documentRequests(db: Executor, portalId: string) {
  const requests = await db
    .selectFrom('requests')
    .select(['id', 'template_id', 'title', 'message', 'due_at', 'status', 'created_by', 'created_at', 'updated_at', 'completed_at'])
    .where('portal_id', '=', portalId)
    .orderBy('seq')
    .execute();
  const items = await db
    .selectFrom('request_items')
    .select(['id', 'request_id', 'position', 'title', 'description', 'required', 'multiple', 'allowed_types', 'status', 'reason', 'note'])
    .select(['submitted_at', 'created_at', 'updated_at'])
    .where('portal_id', '=', portalId)
    .orderBy('request_id')
    .orderBy('position')
    .execute();
  const itemIds = items.length > 0 ? items.map((i) => i.id) : [''];
  const attached = await db
    .selectFrom('request_item_files')
    .select(['item_id', 'file_id', 'attached_at'])
    .where('item_id', 'in', itemIds)
    .orderBy('attached_at')
    .execute();
  return requests.map((r) => ({
    ...r,
    items: items
      .filter((i) => i.request_id === r.id)
      .map(({ request_id: _r, ...i }) => ({
        ...i,
        files: attached.filter((a) => a.item_id === i.id).map(({ item_id: _i, ...a }) => a),
      })),
  }));
}

const EVENT_PAGE = 1000;

/**
 * One chain of the audit trail in order — a portal's, or with `portalId` null the workspace's own — a page at a
 * time, every field its hash covers plus `seq`, `prev_hash` and `hash`.
 */
export async function* chainEvents(db: Executor, workspaceId: string, portalId: string | null): AsyncGenerator<EventRow> {
  let after = '0';
  for (;;) {
    let query = db.selectFrom('events').selectAll().where('seq', '>', after);
    query = portalId
      ? query.where('portal_id', '=', portalId)
      : query.where('portal_id', 'is', null).where('workspace_id', '=', workspaceId);
    const rows = await query.orderBy('seq').limit(EVENT_PAGE).execute();
    yield* rows;
    if (rows.length < EVENT_PAGE) return;
    after = rows.at(-1)!.seq;
  }
}
