import type { Executor } from '../../db/database.ts';
import type { ApprovalReceiptRow, ApprovalReceiptTable, ReceiptKeyRow, ReceiptKeyTable } from './table.ts';

type NewKey = Omit<ReceiptKeyTable, 'seq' | 'created_at' | 'retired_at'>;

export function findCurrentKey(db: Executor, workspaceId: string): Promise<ReceiptKeyRow | undefined> {
  return db
    .selectFrom('receipt_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
}

export function findKey(db: Executor, keyId: string): Promise<ReceiptKeyRow | undefined> {
  return db.selectFrom('receipt_keys').selectAll().where('id', '=', keyId).executeTakeFirst();
}

/**
 * Inserts a workspace's first current key unless another instance just did (the partial unique index on
 * current keys settles the race); the caller reads the current key afterwards.
 */
export async function insertFirstKey(db: Executor, key: NewKey): Promise<void> {
  await db
    .insertInto('receipt_keys')
    .values(key)
    .onConflict((oc) => oc.column('workspace_id').where('retired_at', 'is', null).doNothing())
    .execute();
}

/** Retires the workspace's current key (if any); the caller holds the workspace's row lock. */
export async function retireCurrentKey(db: Executor, workspaceId: string): Promise<string | undefined> {
  const row = await db
    .updateTable('receipt_keys')
    .set({ retired_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('retired_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export function insertKey(db: Executor, key: NewKey): Promise<ReceiptKeyRow> {
  return db.insertInto('receipt_keys').values(key).returningAll().executeTakeFirstOrThrow();
}

/** Every workspace's keys, oldest first (the published key set). */
export function listKeys(db: Executor): Promise<ReceiptKeyRow[]> {
  return db.selectFrom('receipt_keys').selectAll().orderBy('seq').execute();
}

export function findReceipt(db: Executor, requestId: string): Promise<ApprovalReceiptRow | undefined> {
  return db.selectFrom('approval_receipts').selectAll().where('request_id', '=', requestId).executeTakeFirst();
}

/** Keeps a receipt unless one was issued meanwhile (the first one stays; the caller reads it back). */
export async function insertReceipt(db: Executor, receipt: ApprovalReceiptTable): Promise<void> {
  await db
    .insertInto('approval_receipts')
    .values(receipt)
    .onConflict((oc) => oc.column('request_id').doNothing())
    .execute();
}

/** What a receipt names besides the request and its decisions: the file version, portal and workspace. */
export function findReceiptSubject(db: Executor, request: { file_id: string; version: number; portal_id: string }) {
  return db
    .selectFrom('file_versions as v')
    .innerJoin('files as f', 'f.id', 'v.file_id')
    .innerJoin('portals as p', 'p.id', 'f.portal_id')
    .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
    .select([
      'f.id as file_id',
      'f.name as file_name',
      'v.size',
      'v.content_type',
      'p.id as portal_id',
      'p.name as portal_name',
      'w.id as workspace_id',
      'w.name as workspace_name',
      'w.display_name',
    ])
    .where('v.file_id', '=', request.file_id)
    .where('v.version', '=', request.version)
    .where('p.id', '=', request.portal_id)
    .executeTakeFirst();
}

export function listDecisions(db: Executor, requestId: string) {
  return db.selectFrom('approval_decisions').selectAll().where('request_id', '=', requestId).orderBy('created_at').orderBy('id').execute();
}
