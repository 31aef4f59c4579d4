import { sql, type Kysely } from 'kysely';

// What consumes the audit trail: batched notification emails and webhook deliveries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  // One open batch per (portal, recipient): the unique partial index makes "join the open batch or open
  // one" a single race-free statement across instances. A batch is flushed (one email) at `flush_at`.
  await db.schema
    .createTable('notification_batches')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (c) => c.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('audience', 'text', (c) => c.notNull().check(sql`audience in ('client', 'owner')`))
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('recipient_key', 'text', (c) => c.notNull())
    .addColumn('flush_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index notification_batches_open_key on notification_batches (portal_id, recipient_key) where sent_at is null`.execute(
    db,
  );
  await db.schema.createIndex('notification_batches_sent_idx').on('notification_batches').column('sent_at').execute();

  // `dedupe_key` (event + recipient, or reminder + recipient) makes a re-run of a dispatch job harmless.
  await db.schema
    .createTable('notification_items')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('batch_id', 'bigint', (c) => c.notNull().references('notification_batches.id').onDelete('cascade'))
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_items_batch_idx').on('notification_items').column('batch_id').execute();

  // Consumers look events up by what they are about: the author of a replied-to comment, the later events of
  // an approval request (reminders).
  await db.schema.createIndex('events_target_idx').ifNotExists().on('events').columns(['target_type', 'target_id']).execute();

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', sql`text[]`, (c) => c.notNull())
    // The signing secret, sealed (AES-256-GCM) under a key derived from SECRET_KEY: signing needs it raw.
    .addColumn('secret_sealed', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('enabled')
        .check(sql`status in ('enabled', 'disabled')`),
    )
    .addColumn('disabled_reason', 'text')
    // Start of the current run of failed attempts; a day of failures disables the endpoint.
    .addColumn('failing_since', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_workspace_seq_idx')
    .on('webhook_endpoints')
    .columns(['workspace_id', 'seq desc'])
    .execute();

  // One delivery per (endpoint, event); its id is the `webhook-id` every attempt carries.
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'succeeded', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('webhook_deliveries_endpoint_event_key', ['endpoint_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint_seq_idx')
    .on('webhook_deliveries')
    .columns(['endpoint_id', 'seq desc'])
    .execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('error', 'text')
    .addColumn('next_retry_at', 'timestamptz')
    .addPrimaryKeyConstraint('webhook_attempts_pkey', ['delivery_id', 'attempt'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_target_idx').ifExists().execute();
  for (const table of ['webhook_attempts', 'webhook_deliveries', 'webhook_endpoints', 'notification_items', 'notification_batches']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
