import { sql, type Kysely } from 'kysely';

// Issue 15 §3: exports (a job writes a zip of a portal or of the whole workspace to storage, downloadable for
// 7 days) and erasure (deleting a portal with `?erase=true` removes its event chain too).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('exports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // Null: the whole workspace. Deleting the portal deletes its exports' rows (their blobs are queued then).
    .addColumn('portal_id', 'text', (c) => c.references('portals.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(sql`status in ('queued', 'running', 'ready', 'failed')`),
    )
    .addColumn('progress', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`progress between 0 and 100`),
    )
    .addColumn('size', 'bigint')
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('exports_workspace_seq_idx').on('exports').columns(['workspace_id', 'seq desc']).execute();
  // One export under way per portal, and one per workspace: a second request answers the first.
  await sql`create unique index exports_one_running_idx on exports (workspace_id, coalesce(portal_id, ''))
    where status in ('queued', 'running')`.execute(db);
  await sql`create index exports_expiry_idx on exports (expires_at) where expires_at is not null`.execute(db);

  // Events stay append-only, except that an erasure may delete the whole chain of the one portal it erases:
  // the transaction names it in `foyer.erase_portal` (set_config(…, true): that transaction only). Chains are
  // per portal, so removing one whole chain leaves every other chain verifiable. Row-level, to see the row.
  await sql`drop trigger events_append_only on events`.execute(db);
  await sql`
    create or replace function foyer_events_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if old.portal_id is not null and old.portal_id = current_setting('foyer.erase_portal', true) then
          return old;
        end if;
      end if;
      raise exception 'events are append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger events_append_only before update or delete on events
    for each row execute function foyer_events_append_only()`.execute(db);
  await sql`
    create trigger events_no_truncate before truncate on events
    for each statement execute function foyer_events_append_only()`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists events_no_truncate on events`.execute(db);
  await sql`drop trigger if exists events_append_only on events`.execute(db);
  await sql`
    create or replace function foyer_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'events are append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger events_append_only before update or delete or truncate on events
    for each statement execute function foyer_events_append_only()`.execute(db);
  await db.schema.dropTable('exports').ifExists().execute();
}
