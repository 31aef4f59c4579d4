import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { PortalRow } from '../portals/table.ts';
import type { NewRequest, NewRequestItem } from '../requests/repository.ts';

/**
 * The workspace's portals among `ids`, locked for the transaction in id order (two applies over the same
 * portals queue up instead of deadlocking). `for no key update`, as the progress refresh takes anyway: it
 * also holds off the portal's deletion, so the inserts below never meet a missing portal.
 */
export function lockPortals(trx: Executor, workspaceId: string, ids: readonly string[]): Promise<Array<Pick<PortalRow, 'id' | 'status'>>> {
  if (ids.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('portals')
    .select(['id', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
}

/**
 * Inserts the requests, skipping each portal that already has an open request from the same template (the
 * unique index `requests_open_template_idx`); answers the ones inserted.
 */
export async function insertTemplateRequests(
  trx: Executor,
  requests: readonly NewRequest[],
): Promise<Array<{ id: string; portal_id: string }>> {
  if (requests.length === 0) return [];
  return (
    trx
      .insertInto('requests')
      .values([...requests])
      // The index's own predicate, as literals: PostgreSQL infers a partial unique index only from a predicate
      // that implies the index's, which a bound parameter cannot.
      .onConflict((oc) =>
        oc
          .columns(['portal_id', 'template_id'])
          .where(sql<boolean>`status = 'open' and template_id is not null`)
          .doNothing(),
      )
      .returning(['id', 'portal_id'])
      .execute()
  );
}

/** portal id → the open request made from the template there. */
export async function existingOpenRequests(trx: Executor, templateId: string, portalIds: readonly string[]): Promise<Map<string, string>> {
  if (portalIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('requests')
    .select(['id', 'portal_id'])
    .where('template_id', '=', templateId)
    .where('status', '=', 'open')
    .where('portal_id', 'in', portalIds)
    .execute();
  return new Map(rows.map((r) => [r.portal_id, r.id]));
}

/**
 * Inserts the items (their status and times: the table's defaults) in one statement with one parameter: the rows as a JSON array,
 * read back by `jsonb_to_recordset`. A multi-row VALUES list would bind ten parameters a row — 25,000 for a
 * chunk of 250 ten-item requests, and most of the apply's time went into building and parsing them.
 */
export async function insertRequestItems(trx: Executor, items: readonly NewRequestItem[]): Promise<void> {
  if (items.length === 0) return;
  await sql`
    insert into request_items (id, request_id, portal_id, workspace_id, position, title, description, required, multiple, allowed_types)
    select x.id, x.request_id, x.portal_id, x.workspace_id, x.position, x.title, x.description, x.required, x.multiple,
      array(select jsonb_array_elements_text(x.allowed_types))
    from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as x(
      id text, request_id text, portal_id text, workspace_id text, position integer, title text, description text,
      required boolean, multiple boolean, allowed_types jsonb
    )`.execute(trx);
}
