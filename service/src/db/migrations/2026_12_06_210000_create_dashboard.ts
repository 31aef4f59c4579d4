import { sql, type Kysely } from 'kysely';

// The console's dashboard (issue 13): each viewer's "seen" mark per portal, and indexes that let one query
// summarise every portal of a workspace — what waits in it and when it last moved — from the base tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  // viewer_id: whoever looked — an API key (`key_…`) or a user (`usr_…`). No foreign key to either: a
  // viewer's marks may outlive it harmlessly, and a mark never blocks removing a key or a user.
  await db.schema
    .createTable('portal_seen_marks')
    .addColumn('portal_id', 'text', (c) => c.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('viewer_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('seen_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('portal_seen_marks_pkey', ['portal_id', 'viewer_id'])
    .execute();
  await db.schema.createIndex('portal_seen_marks_viewer_idx').on('portal_seen_marks').columns(['viewer_id', 'workspace_id']).execute();

  // The latest event of each portal (its last activity), read from the index alone.
  await sql`create index events_portal_latest_idx on events (portal_id, seq desc) include (created_at) where portal_id is not null`.execute(
    db,
  );
  // Open threads (unresolved first comments), and the replies that are not deleted, latest first per thread.
  await sql`create index comments_open_threads_idx on comments (workspace_id, portal_id) include (author_kind, deleted_at)
    where parent_id is null and resolved_at is null`.execute(db);
  await sql`create index comments_live_replies_idx on comments (workspace_id, parent_id, seq desc) include (author_kind)
    where parent_id is not null and deleted_at is null`.execute(db);
  // Pending approval requests, with their due dates.
  await sql`create index approval_requests_pending_idx on approval_requests (workspace_id, portal_id) include (due_at)
    where status = 'pending'`.execute(db);
  // Files uploaded by clients, and the versions clients uploaded: the dashboard's new uploads.
  await sql`create index file_versions_client_idx on file_versions (file_id, created_at) where uploaded_by_kind = 'member'`.execute(db);
  await sql`create index files_workspace_portal_idx on files (workspace_id, portal_id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'files_workspace_portal_idx',
    'file_versions_client_idx',
    'approval_requests_pending_idx',
    'comments_live_replies_idx',
    'comments_open_threads_idx',
    'events_portal_latest_idx',
  ])
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  await db.schema.dropTable('portal_seen_marks').ifExists().execute();
}
