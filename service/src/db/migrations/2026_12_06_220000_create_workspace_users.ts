import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Issue 13: the people of a business become users (`usr_…`, role owner or staff) who sign in to the console
// by email like clients do, with user sessions (`uss_…`). Owner addresses of existing workspaces become owner
// users; API keys remember who made them; events name the user who acted (and the address they had then).

// Self-contained (migrations must not depend on today's code): `usr_` + 32 base32 characters, as lib/ids.ts.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
function newUserId(): string {
  return `usr_${[...randomBytes(32)].map((b) => ALPHABET[b & 31]).join('')}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner', 'staff')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('invited')
        .check(sql`status in ('invited', 'active')`),
    )
    .addColumn('notifications_muted', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('muted_portal_ids', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('last_sign_in_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('users_workspace_email_key', ['workspace_id', 'email'])
    .execute();
  // Sign-in looks an address up across workspaces.
  await db.schema.createIndex('users_email_idx').on('users').column('email').execute();

  await db.schema
    .createTable('user_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // Removing a user deletes their sessions with them: the next request is 401.
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('code', 'magic_link', 'invitation')`))
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('user_sessions_user_seq_idx').on('user_sessions').columns(['user_id', 'seq desc']).execute();

  // One live code per address (a new request deletes the previous one): the code proves the address, which may
  // belong to users of several workspaces.
  await db.schema
    .createTable('user_sign_in_codes')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('consumed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('user_sign_in_codes_email_idx').on('user_sign_in_codes').column('email').execute();

  // Magic links (15 minutes, per address), invitations (7 days, for one user) and workspace choices (10
  // minutes, per address, remembering how the address was proved).
  await db.schema
    .createTable('user_sign_in_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('magic_link', 'invitation', 'choice')`))
    .addColumn('method', 'text', (c) => c.check(sql`method in ('code', 'magic_link')`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('consumed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('user_sign_in_tokens_email_idx').on('user_sign_in_tokens').column('email').execute();

  // Owner addresses become owner users, invited until they first sign in. Users hear what clients do unless
  // they mute it, so an address that was in `notify_emails` leaves the list (else muting could not stop its
  // mail) and one that was not — left out or unsubscribed on purpose — starts muted: nobody hears more or
  // less than before.
  const owners = await sql<{ workspace_id: string; email: string; created_at: Date; notified: boolean }>`
    select o.workspace_id, lower(o.email) as email, min(o.created_at) as created_at,
      bool_or(lower(o.email) in (select lower(e) from unnest(w.notify_emails) as e)) as notified
    from workspace_owners o join workspaces w on w.id = o.workspace_id
    group by o.workspace_id, lower(o.email)
    order by min(o.created_at), lower(o.email)`.execute(db);
  for (const owner of owners.rows) {
    await db
      .insertInto('users')
      .values({
        id: newUserId(),
        workspace_id: owner.workspace_id,
        email: owner.email,
        role: 'owner',
        status: 'invited',
        notifications_muted: !owner.notified,
        created_at: owner.created_at,
        updated_at: owner.created_at,
      })
      .execute();
  }
  await sql`
    update workspaces w
    set notify_emails = array(
      select e from unnest(w.notify_emails) with ordinality as t(e, n)
      where lower(e) not in (select u.email from users u where u.workspace_id = w.id)
      order by n)
    where exists (select 1 from users u where u.workspace_id = w.id and u.email in (select lower(e) from unnest(w.notify_emails) as e))`.execute(
    db,
  );
  await db.schema.dropTable('workspace_owners').execute();

  // API keys: listed over HTTP (newest first, by insertion order) and remembering who created them.
  await db.schema
    .alterTable('api_keys')
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity().unique())
    .addColumn('created_by_kind', 'text', (c) => c.check(sql`created_by_kind in ('user', 'owner')`))
    .addColumn('created_by_id', 'text')
    .addColumn('created_by_email', 'text')
    .execute();

  // Events: the acting user's address when it acted. Covered by the chain from hash version 4 on.
  await db.schema.alterTable('events').addColumn('actor_email', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('actor_email').execute();
  await db.schema
    .alterTable('api_keys')
    .dropColumn('seq')
    .dropColumn('created_by_kind')
    .dropColumn('created_by_id')
    .dropColumn('created_by_email')
    .execute();
  await db.schema
    .createTable('workspace_owners')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('workspace_owners_pkey', ['workspace_id', 'email'])
    .execute();
  await sql`insert into workspace_owners (workspace_id, email, created_at)
    select workspace_id, email, created_at from users where role = 'owner'`.execute(db);
  // Owners who were hearing what clients do hear it again through notify_emails.
  await sql`
    update workspaces w
    set notify_emails = w.notify_emails || array(
      select u.email from users u
      where u.workspace_id = w.id and u.role = 'owner' and not u.notifications_muted and not (u.email = any(w.notify_emails))
      order by u.seq)`.execute(db);
  for (const table of ['user_sign_in_tokens', 'user_sign_in_codes', 'user_sessions', 'users']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
