import type { Executor } from '../../db/database.ts';
import type { NewWorkspace, WorkspaceChanges, WorkspaceRow } from './table.ts';

export function insertWorkspace(db: Executor, workspace: NewWorkspace): Promise<WorkspaceRow> {
  return db.insertInto('workspaces').values(workspace).returningAll().executeTakeFirstOrThrow();
}

export async function insertOwners(db: Executor, workspaceId: string, emails: string[]): Promise<void> {
  if (emails.length === 0) return;
  await db
    .insertInto('workspace_owners')
    .values(emails.map((email) => ({ workspace_id: workspaceId, email })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function findWorkspace(db: Executor, id: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOwnerEmails(db: Executor, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('workspace_owners')
    .select('email')
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.email);
}

export function updateWorkspace(db: Executor, id: string, changes: WorkspaceChanges): Promise<WorkspaceRow | undefined> {
  return db
    .updateTable('workspaces')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function countWorkspaces(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
