import { sql, type Kysely } from 'kysely';

// Issue 16 §1: sessions handed over by the business's backend. Their one-time codes live in sign_in_tokens
// (kind `embed`, only a keyed hash), and `embed` joins the sign-in methods sessions, events and decisions record.
const COLUMNS = [
  ['sessions', 'method'],
  ['events', 'actor_method'],
  ['approval_decisions', 'sign_in_method'],
] as const;
const BEFORE = `'code', 'magic_link', 'sign_in_link', 'access_link'`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
async function allow(db: Kysely<any>, methods: string, kinds: string): Promise<void> {
  for (const [table, column] of COLUMNS) {
    const name = `${table}_${column}_check`;
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(name)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(name)} check (${sql.ref(column)} in (${sql.raw(methods)}))`.execute(
      db,
    );
  }
  await sql`alter table sign_in_tokens drop constraint sign_in_tokens_kind_check`.execute(db);
  await sql`alter table sign_in_tokens add constraint sign_in_tokens_kind_check check (kind in (${sql.raw(kinds)}))`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await allow(db, `${BEFORE}, 'embed'`, `'magic_link', 'sign_in_link', 'embed'`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from sign_in_tokens where kind = 'embed'`.execute(db);
  await allow(db, BEFORE, `'magic_link', 'sign_in_link'`);
}
