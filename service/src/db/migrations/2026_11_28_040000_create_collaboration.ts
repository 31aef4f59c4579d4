import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('comments.id').onDelete('cascade'))
    .addColumn('version', 'integer')
    .addColumn('author_kind', 'text', (c) => c.notNull().check(sql`author_kind in ('owner', 'member')`))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.check(sql`char_length(body) <= 10000`))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('edited_at', 'timestamptz')
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('comments_file_seq_idx').on('comments').columns(['file_id', 'seq']).execute();

  await db.schema
    .createTable('approval_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'approved', 'changes_requested', 'canceled', 'superseded')`),
    )
    .addColumn('rule', 'text', (c) => c.notNull().check(sql`rule in ('any', 'all')`))
    .addColumn('message', 'text')
    .addColumn('due_at', 'timestamptz')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('approval_requests_file_seq_idx').on('approval_requests').columns(['file_id', 'seq desc']).execute();

  await db.schema
    .createTable('approval_approvers')
    .addColumn('request_id', 'text', (c) => c.notNull().references('approval_requests.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('approval_approvers_pkey', ['request_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('approval_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('approval_requests.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('approve', 'request_changes')`))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('approval_decisions_once_key', ['request_id', 'member_id'])
    .execute();
  // A decision is a record: it never changes (it goes only with its file, when the owner deletes the file).
  await sql`
    create function foyer_decisions_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'approval decisions are immutable' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger approval_decisions_immutable before update on approval_decisions
    for each row execute function foyer_decisions_immutable()`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists approval_decisions_immutable on approval_decisions`.execute(db);
  await sql`drop function if exists foyer_decisions_immutable()`.execute(db);
  for (const t of ['approval_decisions', 'approval_approvers', 'approval_requests', 'comments'])
    await db.schema.dropTable(t).ifExists().execute();
}
