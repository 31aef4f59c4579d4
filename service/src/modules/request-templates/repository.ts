import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { RequestTemplateRow, TemplateItem } from '../requests/table.ts';
import type { TemplatePosition } from './cursor.ts';

export interface NewTemplate {
  id: string;
  workspace_id: string;
  name: string;
  message: string | null;
  items: TemplateItem[];
  created_by: string;
}

export interface TemplateChanges {
  name?: string;
  message?: string | null;
  items?: TemplateItem[];
}

export function insertTemplate(db: Executor, template: NewTemplate): Promise<RequestTemplateRow> {
  return db
    .insertInto('request_templates')
    .values({ ...template, items: JSON.stringify(template.items) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findTemplate(db: Executor, workspaceId: string, id: string): Promise<RequestTemplateRow | undefined> {
  return db.selectFrom('request_templates').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/**
 * Whether the template is still there, holding off its deletion until the transaction ends: the requests
 * made from it meanwhile then reference a template that exists.
 */
export async function holdTemplate(trx: Executor, id: string): Promise<boolean> {
  return (await trx.selectFrom('request_templates').select('id').where('id', '=', id).forKeyShare().executeTakeFirst()) !== undefined;
}

/** The workspace's templates by name (then id), after `after`; `limit + 1` rows. */
export function listTemplates(
  db: Executor,
  workspaceId: string,
  options: { limit: number; after?: TemplatePosition },
): Promise<RequestTemplateRow[]> {
  let query = db.selectFrom('request_templates').selectAll().where('workspace_id', '=', workspaceId);
  const after = options.after;
  if (after) {
    // The position's name is the template's current one; its name's start when it was deleted meanwhile.
    const name = sql<string>`coalesce((select name from request_templates where id = ${after.id} and workspace_id = ${workspaceId}), ${after.namePrefix})`;
    query = query.where(sql<boolean>`(name, id) > (${name}, ${after.id})`);
  }
  return query
    .orderBy('name')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
}

export function updateTemplate(
  db: Executor,
  workspaceId: string,
  id: string,
  changes: TemplateChanges,
): Promise<RequestTemplateRow | undefined> {
  const { items, ...rest } = changes;
  return db
    .updateTable('request_templates')
    .set({ ...rest, ...(items ? { items: JSON.stringify(items) } : {}), updated_at: new Date() })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes the template; requests made from it stay (their `template_id` becomes null). */
export function deleteTemplate(db: Executor, workspaceId: string, id: string): Promise<RequestTemplateRow | undefined> {
  return db.deleteFrom('request_templates').where('workspace_id', '=', workspaceId).where('id', '=', id).returningAll().executeTakeFirst();
}
