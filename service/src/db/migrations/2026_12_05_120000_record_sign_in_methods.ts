import { sql, type Kysely } from 'kysely';

// How each person got in (issue 11, finding 3): members remember whether the owner added them or a link-mode
// visitor created them; events and decisions record the sign-in method of the session that acted.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('members')
    .addColumn('origin', 'text', (c) =>
      c
        .notNull()
        .defaultTo('owner')
        .check(sql`origin in ('owner', 'access_link')`),
    )
    .execute();
  // Members that a link visitor created before this column existed: unverified, signed in through the portal
  // link, and never added by an owner (no member.added event).
  await sql`
    update members m set origin = 'access_link'
    where not m.verified
      and exists (select 1 from sessions s where s.member_id = m.id and s.method = 'access_link')
      and not exists (select 1 from events e where e.target_id = m.id and e.type = 'member.added')`.execute(db);

  // Events: the actor's sign-in method. The hash chain covers it from hash version 2 on; events recorded
  // before keep version 1, whose hash does not include it, so old chains still verify.
  await db.schema
    .alterTable('events')
    .addColumn('actor_method', 'text', (c) => c.check(sql`actor_method in ('code', 'magic_link', 'sign_in_link', 'access_link')`))
    .addColumn('hash_version', 'smallint', (c) => c.notNull().defaultTo(1))
    .execute();

  // Decisions made before this column existed have no recorded method (null).
  await db.schema
    .alterTable('approval_decisions')
    .addColumn('sign_in_method', 'text', (c) => c.check(sql`sign_in_method in ('code', 'magic_link', 'sign_in_link', 'access_link')`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('approval_decisions').dropColumn('sign_in_method').execute();
  await db.schema.alterTable('events').dropColumn('hash_version').dropColumn('actor_method').execute();
  await db.schema.alterTable('members').dropColumn('origin').execute();
}
