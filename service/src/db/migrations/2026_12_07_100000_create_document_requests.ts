import { sql, type Kysely } from 'kysely';

// Document requests (issue 14): what a business asks each client for, item by item, the files that answer
// each item, reusable templates, and per-portal progress counters kept beside the portal so the portal list
// can filter on them from an index.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    // The items as the API gives them (RequestTemplateItem[]): a template is always read and written whole.
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('request_templates_workspace_name_idx')
    .on('request_templates')
    .columns(['workspace_id', 'name', 'id'])
    .execute();

  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (c) => c.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('template_id', 'text', (c) => c.references('request_templates.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('due_at', 'timestamptz')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'complete')`),
    )
    .addColumn('created_by', 'text', (c) => c.notNull())
    // Reminder bookkeeping: how many reminders went out, and when the next one is due (null: none planned).
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_reminder_at', 'timestamptz')
    // When `request.overdue` was recorded for the current due date (null: not yet, or the due date moved).
    .addColumn('overdue_recorded_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('requests_portal_seq_idx').on('requests').columns(['portal_id', 'seq desc']).execute();
  await db.schema.createIndex('requests_workspace_seq_idx').on('requests').columns(['workspace_id', 'seq desc']).execute();
  await sql`create index requests_open_due_idx on requests (workspace_id, due_at nulls last, id) where status = 'open'`.execute(db);
  await sql`create index requests_reminder_due_idx on requests (next_reminder_at) where next_reminder_at is not null`.execute(db);
  // At most one open request per (portal, template): what makes applying a template idempotent per portal.
  await sql`create unique index requests_open_template_idx on requests (portal_id, template_id) where status = 'open' and template_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('request_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (c) => c.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('required', 'boolean', (c) => c.notNull())
    .addColumn('multiple', 'boolean', (c) => c.notNull())
    .addColumn('allowed_types', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'submitted', 'accepted', 'changes_requested', 'not_applicable')`),
    )
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('request_items_position_key', ['request_id', 'position'])
    .execute();
  await db.schema.createIndex('request_items_portal_status_idx').on('request_items').columns(['portal_id', 'status']).execute();

  await db.schema
    .createTable('request_item_files')
    .addColumn('item_id', 'text', (c) => c.notNull().references('request_items.id').onDelete('cascade'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id').onDelete('cascade'))
    .addColumn('attached_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('request_item_files_pkey', ['item_id', 'file_id'])
    .execute();
  await db.schema.createIndex('request_item_files_file_idx').on('request_item_files').column('file_id').execute();

  // Progress counters of each portal's open requests, kept by refreshPortalRequestProgress() in the same
  // transaction as every change to requests or items; the portal list filters on them.
  await db.schema
    .alterTable('portals')
    .addColumn('request_open_items', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('request_submitted_items', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('request_next_due_at', 'timestamptz')
    .execute();
  await sql`create index portals_requests_waiting_idx on portals (workspace_id, seq desc) where request_open_items > 0`.execute(db);
  await sql`create index portals_requests_review_idx on portals (workspace_id, seq desc) where request_submitted_items > 0`.execute(db);
  await sql`create index portals_requests_due_idx on portals (workspace_id, request_next_due_at) where request_next_due_at is not null`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['portals_requests_due_idx', 'portals_requests_review_idx', 'portals_requests_waiting_idx'])
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  await db.schema
    .alterTable('portals')
    .dropColumn('request_next_due_at')
    .dropColumn('request_submitted_items')
    .dropColumn('request_open_items')
    .execute();
  for (const table of ['request_item_files', 'request_items', 'requests', 'request_templates'])
    await db.schema.dropTable(table).ifExists().execute();
}
