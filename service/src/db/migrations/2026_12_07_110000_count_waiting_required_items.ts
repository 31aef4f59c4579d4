import { sql, type Kysely } from 'kysely';

// Each open request keeps how many of its required items wait on the client (`open` or `changes_requested`),
// beside its due date, so a portal's `overdue_items` is a sum over its open requests past due — read from one
// partial index — instead of a join over all of their items (`GET /v1/portals?requests=overdue` counts it for
// every portal of its page). refreshPortalRequestProgress keeps it, with the portals' counters.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('requests')
    .addColumn('waiting_required_items', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update requests r set waiting_required_items = (
      select count(*)::int from request_items i
      where i.request_id = r.id and i.required and i.status in ('open', 'changes_requested'))
    where r.status = 'open'`.execute(db);
  await sql`create index requests_portal_open_due_idx on requests (portal_id, due_at) include (waiting_required_items)
    where status = 'open'`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists requests_portal_open_due_idx`.execute(db);
  await db.schema.alterTable('requests').dropColumn('waiting_required_items').execute();
}
