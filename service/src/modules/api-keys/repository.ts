import type { Db, Executor } from '../../db/database.ts';
import { prepare, queryPrepared, type PreparedRow } from '../../db/prepared.ts';
import type { ApiKeyRow } from './table.ts';

export function insertApiKey(
  db: Executor,
  key: {
    id: string;
    workspace_id: string;
    name: string | null;
    secret_hash: string;
    prefix: string;
    created_by_kind?: ApiKeyRow['created_by_kind'];
    created_by_id?: string | null;
    created_by_email?: string | null;
  },
): Promise<ApiKeyRow> {
  return db.insertInto('api_keys').values(key).returningAll().executeTakeFirstOrThrow();
}

// Runs on every request an API key makes: prepared, a primary-key lookup.
const FIND_ACTIVE_API_KEY = prepare<{ id: string }>('api_keys.find_active').compile((db, param) =>
  db
    .selectFrom('api_keys')
    .select(['id', 'workspace_id', 'secret_hash', 'last_used_at'])
    .where('id', '=', param('id'))
    .where('revoked_at', 'is', null),
);

export type ActiveApiKey = PreparedRow<typeof FIND_ACTIVE_API_KEY>;

export async function findActiveApiKey(db: Db, id: string): Promise<ActiveApiKey | undefined> {
  const [row] = await queryPrepared(db, FIND_ACTIVE_API_KEY, { id });
  return row;
}

export function listApiKeys(db: Executor, workspaceId: string): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
}

/** The workspace's live keys, newest first, before `beforeSeq`. */
export function listLiveApiKeys(db: Executor, workspaceId: string, options: { limit: number; beforeSeq?: string }): Promise<ApiKeyRow[]> {
  let query = db.selectFrom('api_keys').selectAll().where('workspace_id', '=', workspaceId).where('revoked_at', 'is', null);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  return query
    .orderBy('seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** Revokes a live key, of `workspaceId` when given (over HTTP); the operator's CLI names any key. */
export async function revokeApiKey(db: Executor, id: string, workspaceId?: string): Promise<ApiKeyRow | undefined> {
  let query = db.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null);
  if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId);
  return query.returningAll().executeTakeFirst();
}

/** Records use at most once a minute per key, so busy keys do not write on every request. */
export async function touchApiKey(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('api_keys')
    .set((eb) => ({ last_used_at: eb.fn('now') }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', eb.val(new Date(Date.now() - 60_000)))]))
    .execute();
}
