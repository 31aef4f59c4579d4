import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { NewWorkspace, WorkspaceChanges, WorkspaceRow } from './table.ts';

export function insertWorkspace(db: Executor, workspace: NewWorkspace): Promise<WorkspaceRow> {
  return db.insertInto('workspaces').values(workspace).returningAll().executeTakeFirstOrThrow();
}

export function findWorkspace(db: Executor, id: string): Promise<WorkspaceRow | undefined> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
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

/**
 * Whether a workspace registered `origin` in its `allowed_origins` (for CORS): the given workspace, the one
 * owning the given portal, or — with neither — any workspace.
 */
export async function originAllowed(
  db: Executor,
  origin: string,
  { workspaceId, portalId }: { workspaceId?: string | undefined; portalId?: string | undefined },
): Promise<boolean> {
  if (workspaceId) {
    const row = await db
      .selectFrom('workspaces')
      .select('id')
      .where('id', '=', workspaceId)
      .where(sql<boolean>`${origin} = any(allowed_origins)`)
      .executeTakeFirst();
    return row !== undefined;
  }
  if (portalId) {
    const row = await db
      .selectFrom('portals as p')
      .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
      .select('p.id')
      .where('p.id', '=', portalId)
      .where(sql<boolean>`${origin} = any(w.allowed_origins)`)
      .executeTakeFirst();
    return row !== undefined;
  }
  const row = await db
    .selectFrom('workspaces')
    .select('id')
    .where(sql<boolean>`${origin} = any(allowed_origins)`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
