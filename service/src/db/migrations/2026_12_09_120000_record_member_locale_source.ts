import { sql, type Kysely } from 'kysely';

// Who chose a member's language: the business (`owner`, through addMember or updateMember), whose choice a
// sign-in in another language does not undo, or the member's own sign-in (`sign_in`), which the next sign-in
// replaces. Every language stored so far came from a sign-in. Null exactly while the language is.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('members')
    .addColumn('locale_source', 'text', (col) => col.check(sql`locale_source in ('owner', 'sign_in')`))
    .execute();
  await sql`update members set locale_source = 'sign_in' where locale is not null`.execute(db);
  await db.schema
    .alterTable('members')
    .addCheckConstraint('members_locale_source_with_locale', sql`(locale is null) = (locale_source is null)`)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('members').dropConstraint('members_locale_source_with_locale').execute();
  await db.schema.alterTable('members').dropColumn('locale_source').execute();
}
