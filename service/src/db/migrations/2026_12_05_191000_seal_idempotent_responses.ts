import { sql, type Kysely } from 'kysely';

// Stored idempotent responses carried live credentials in clear for 24 hours (a sign-in's `cs_…` token,
// sign-in links, access-link keys, webhook secrets). From now on the response (headers and body) rests
// sealed with a key derived from SECRET_KEY. The clear rows cannot be sealed here (a migration has no
// SECRET_KEY), so they are deleted: a retry of a request answered before the upgrade runs again.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('state', '=', 'completed').execute();
  await db.schema
    .alterTable('idempotency_keys')
    .dropColumn('response_headers')
    .dropColumn('response_body')
    .addColumn('response_sealed', 'text')
    .execute();
  await sql`alter table idempotency_keys add constraint idempotency_keys_completed_sealed
    check (state <> 'completed' or response_sealed is not null)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  // The previous code cannot open sealed responses: their retries run again.
  await db.deleteFrom('idempotency_keys').where('state', '=', 'completed').execute();
  await db.schema.alterTable('idempotency_keys').dropConstraint('idempotency_keys_completed_sealed').execute();
  await db.schema
    .alterTable('idempotency_keys')
    .dropColumn('response_sealed')
    .addColumn('response_headers', 'jsonb')
    .addColumn('response_body', 'text')
    .execute();
}
