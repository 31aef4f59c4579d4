import { sql, type Kysely } from 'kysely';

// Previews of file versions (issue 15 §2): one row per rendered version, one per image. Both go with their
// version (cascade), and the images' storage keys are queued for removal by whoever deletes the version's rows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('file_previews')
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ready', 'failed')`))
    .addColumn('reason', 'text')
    .addColumn('page_count', 'integer', (c) => c.check(sql`page_count >= 1`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('file_previews_pkey', ['file_id', 'version'])
    .addForeignKeyConstraint('file_previews_version_fkey', ['file_id', 'version'], 'file_versions', ['file_id', 'version'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addCheckConstraint('file_previews_reason_check', sql`(status = 'failed') = (reason is not null)`)
    .execute();

  await db.schema
    .createTable('file_preview_images')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('page', 'thumbnail')`))
    .addColumn('page', 'integer', (c) => c.notNull().check(sql`page >= 1`))
    .addColumn('width', 'integer', (c) => c.notNull().check(sql`width >= 1`))
    .addColumn('height', 'integer', (c) => c.notNull().check(sql`height >= 1`))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull().check(sql`size >= 0`))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('file_preview_images_preview_fkey', ['file_id', 'version'], 'file_previews', ['file_id', 'version'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addUniqueConstraint('file_preview_images_page_key', ['file_id', 'version', 'kind', 'page'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('file_preview_images').ifExists().execute();
  await db.schema.dropTable('file_previews').ifExists().execute();
}
