import { sql, type Kysely } from 'kysely';

// Issue 16 §4: a member's language, stored when they sign in (the widget sends the one it shows), so the emails
// they get are written in it. Null: English. Only the languages the emails are written in are kept.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('members')
    .addColumn('locale', 'text', (col) => col.check(sql`locale in ('en', 'de', 'fr', 'es', 'nl')`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('members').dropColumn('locale').execute();
}
