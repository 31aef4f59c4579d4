import { sql, type Kysely } from 'kysely';

// Outside the embedded default on loopback, the dev mailbox (DEV_MAILBOX=true) keeps mail encrypted: a
// message's subject and parts carry sign-in codes and links. Such a message has `sealed` and no clear parts.
// Rows kept so far are in clear and the migration cannot tell where they were kept (nor seal them: it has
// no SECRET_KEY), so the dev mailbox starts empty.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('dev_mail').execute();
  await db.schema
    .alterTable('dev_mail')
    .addColumn('sealed', 'text')
    .alterColumn('subject', (c) => c.dropNotNull())
    .alterColumn('text_body', (c) => c.dropNotNull())
    .alterColumn('html_body', (c) => c.dropNotNull())
    .alterColumn('headers', (c) => c.dropNotNull())
    .alterColumn('headers', (c) => c.dropDefault())
    .execute();
  await sql`alter table dev_mail add constraint dev_mail_sealed_or_clear check (
    (sealed is null) = (subject is not null and text_body is not null and html_body is not null and headers is not null)
    and (sealed is null or (subject is null and text_body is null and html_body is null and headers is null)))`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('dev_mail').where('sealed', 'is not', null).execute();
  await db.schema.alterTable('dev_mail').dropConstraint('dev_mail_sealed_or_clear').execute();
  await db.schema
    .alterTable('dev_mail')
    .dropColumn('sealed')
    .alterColumn('subject', (c) => c.setNotNull())
    .alterColumn('text_body', (c) => c.setNotNull())
    .alterColumn('html_body', (c) => c.setNotNull())
    .alterColumn('headers', (c) => c.setNotNull())
    .alterColumn('headers', (c) => c.setDefault(sql`'{}'`))
    .execute();
}
