import { sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { UserRow, UserTable } from './table.ts';

export type NewUser = Pick<UserRow, 'id' | 'workspace_id' | 'email' | 'name' | 'role'>;

/** Inserts a user, or answers `undefined` when the address is already a user of the workspace. */
export function insertUser(db: Executor, user: NewUser): Promise<UserRow | undefined> {
  return db
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.columns(['workspace_id', 'email']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findUser(db: Executor, workspaceId: string, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', userId).executeTakeFirst();
}

/** The workspace's users, oldest first, after `afterSeq`. */
export function listUsers(db: Executor, workspaceId: string, options: { limit: number; afterSeq?: string }): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll().where('workspace_id', '=', workspaceId);
  if (options.afterSeq !== undefined) query = query.where('seq', '>', options.afterSeq);
  return query
    .orderBy('seq', 'asc')
    .limit(options.limit + 1)
    .execute();
}

/** A user with their workspace's name and branding: what sign-in offers to choose from. */
export type UserWithWorkspace = UserRow & {
  workspace_name: string;
  display_name: string | null;
  logo_url: string | null;
  accent_color: string | null;
};

/** Every user this address is, across workspaces, oldest first; only `workspaceId`'s when given. */
export function usersByEmail(db: Executor, email: string, workspaceId?: string): Promise<UserWithWorkspace[]> {
  let query = db
    .selectFrom('users as u')
    .innerJoin('workspaces as w', 'w.id', 'u.workspace_id')
    .selectAll('u')
    .select(['w.name as workspace_name', 'w.display_name', 'w.logo_url', 'w.accent_color'])
    .where('u.email', '=', email);
  if (workspaceId !== undefined) query = query.where('u.workspace_id', '=', workspaceId);
  return query.orderBy('u.seq').limit(100).execute();
}

/**
 * The workspace's owners, locked until the transaction ends: a change that could leave the workspace without
 * an owner counts them under this lock, so two owners demoting each other at once cannot both succeed.
 */
export function lockOwners(db: Executor, workspaceId: string): Promise<Array<Pick<UserRow, 'id'>>> {
  return db.selectFrom('users').select('id').where('workspace_id', '=', workspaceId).where('role', '=', 'owner').forUpdate().execute();
}

/** The addresses of the workspace's owner users, oldest first (the Workspace's `owner_emails`). */
export async function ownerEmails(db: Executor, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .orderBy('seq')
    .limit(20)
    .execute();
  return rows.map((r) => r.email);
}

export function updateUser(db: Executor, userId: string, changes: Updateable<UserTable>): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ ...changes, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes a user; their sessions and invitation go with them (foreign keys, in the same statement). */
export function deleteUser(db: Executor, userId: string): Promise<UserRow | undefined> {
  return db.deleteFrom('users').where('id', '=', userId).returningAll().executeTakeFirst();
}

/** A successful sign-in: the user is `active` from the first one on. */
export function markSignedIn(db: Executor, userId: string): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({ status: 'active', last_sign_in_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Which of `portalIds` are portals of the workspace. */
export async function portalsOfWorkspace(db: Executor, workspaceId: string, portalIds: readonly string[]): Promise<Set<string>> {
  if (portalIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('portals')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...portalIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}
