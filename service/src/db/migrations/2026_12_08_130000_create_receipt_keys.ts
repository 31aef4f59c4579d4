import { sql, type Kysely } from 'kysely';

// Issue 15 §4: approval receipts anyone can verify. Each workspace has Ed25519 signing keys — one current,
// any number retired (kept, so the receipts they signed still verify) — whose private halves rest sealed
// under SECRET_KEY. A receipt, once issued, is kept as the exact bytes signed and never changes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('receipt_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // The raw 32-byte public key, base64url (a JWK's `x`).
    .addColumn('public_key', 'text', (c) => c.notNull())
    // The PKCS #8 private key, sealed by lib/secret-box with the key's id as context.
    .addColumn('private_key_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retired_at', 'timestamptz')
    .execute();
  // One current key per workspace: two instances making the first key at once make one.
  await sql`create unique index receipt_keys_current_idx on receipt_keys (workspace_id) where retired_at is null`.execute(db);

  await db.schema
    .createTable('approval_receipts')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('approval_requests.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull().references('receipt_keys.id').onDelete('cascade'))
    // The RFC 8785 canonical JSON of the receipt: exactly the bytes signed.
    .addColumn('payload', 'text', (c) => c.notNull())
    // The Ed25519 signature of `payload`, base64.
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`
    create function foyer_receipts_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'approval receipts are immutable' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger approval_receipts_immutable before update on approval_receipts
    for each row execute function foyer_receipts_immutable()`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists approval_receipts_immutable on approval_receipts`.execute(db);
  await sql`drop function if exists foyer_receipts_immutable()`.execute(db);
  await db.schema.dropTable('approval_receipts').ifExists().execute();
  await db.schema.dropTable('receipt_keys').ifExists().execute();
}
