import { sql, type Kysely } from 'kysely';

// Resumable (tus) uploads: what an upload is for and who may go on with it, from its creation until it has
// become a file (then kept, with the file it made, until it would have expired, so a retried last request can
// be answered). No foreign keys to portals or files: an upload whose portal or file is deleted meanwhile still
// holds bytes in the tus store, which only the sweeper removes, once the row has expired.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('target_file_id', 'text')
    .addColumn('request_item_id', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size >= 0`))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'completed')`),
    )
    .addColumn('file_id', 'text')
    .addColumn('version', 'integer')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('uploads_completed_file', sql`(status = 'completed') = (file_id is not null and version is not null)`)
    .execute();
  await db.schema.createIndex('uploads_expires_at_idx').on('uploads').column('expires_at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('uploads').ifExists().execute();
}
