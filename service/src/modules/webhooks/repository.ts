import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './table.ts';

export function insertEndpoint(
  db: Executor,
  endpoint: { id: string; workspace_id: string; url: string; events: string[]; secret_sealed: string },
): Promise<WebhookEndpointRow> {
  return db.insertInto('webhook_endpoints').values(endpoint).returningAll().executeTakeFirstOrThrow();
}

export function findEndpoint(db: Executor, workspaceId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listEndpoints(
  db: Executor,
  workspaceId: string,
  options: { limit: number; beforeSeq?: string },
): Promise<WebhookEndpointRow[]> {
  let query = db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  return query
    .orderBy('seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

export async function deleteEndpoint(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const row = await db
    .deleteFrom('webhook_endpoints')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The workspace's enabled endpoints that want events of `type` (listed, or `*`). */
export function subscribedEndpoints(db: Executor, workspaceId: string, type: string): Promise<Array<{ id: string }>> {
  return db
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'enabled')
    .where((eb) => eb.or([eb(sql.lit('*'), '=', eb.fn.any('events')), eb(sql.val(type), '=', eb.fn.any('events'))]))
    .execute();
}

/** A new delivery, or nothing when this endpoint already has one for this event. */
export async function insertDelivery(
  db: Executor,
  delivery: { id: string; endpoint_id: string; workspace_id: string; event_id: string; event_type: string },
): Promise<boolean> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({ ...delivery, next_attempt_at: new Date() })
    .onConflict((oc) => oc.columns(['endpoint_id', 'event_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function lockDelivery(db: Executor, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** A delivery of this endpoint, locked for the rest of the transaction; `undefined` if the endpoint has none by that id. */
export function lockEndpointDelivery(db: Executor, endpointId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('id', '=', id)
    .where('endpoint_id', '=', endpointId)
    .forUpdate()
    .executeTakeFirst();
}

/** The delivery, pending again: its next attempt at once, and the whole retry schedule after it. */
export function restartDelivery(db: Executor, id: string): Promise<WebhookDeliveryRow> {
  return db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', next_attempt_at: sql<Date>`now()`, retries_from: sql<number>`attempts` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Enables an endpoint that was disabled; its failures count from scratch. */
export async function enableEndpoint(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ status: 'enabled', disabled_reason: null, failing_since: null })
    .where('id', '=', id)
    .where('status', '=', 'disabled')
    .execute();
}

export function listDeliveries(
  db: Executor,
  endpointId: string,
  options: { limit: number; beforeSeq?: string },
): Promise<WebhookDeliveryRow[]> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  return query
    .orderBy('seq', 'desc')
    .limit(options.limit + 1)
    .execute();
}

export async function attemptsOf(db: Executor, deliveryIds: string[]): Promise<Map<string, WebhookAttemptRow[]>> {
  const byDelivery = new Map<string, WebhookAttemptRow[]>();
  if (deliveryIds.length === 0) return byDelivery;
  const rows = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', deliveryIds).orderBy('attempt').execute();
  for (const row of rows) byDelivery.set(row.delivery_id, [...(byDelivery.get(row.delivery_id) ?? []), row]);
  return byDelivery;
}
