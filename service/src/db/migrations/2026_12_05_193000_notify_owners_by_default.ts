import { sql, type Kysely } from 'kysely';

// A new workspace now notifies its owner addresses until someone changes the list. Workspaces created before
// got an empty list, so their owners never heard of a client's upload, comment or decision: give them the
// same default — but only where nobody ever edited the workspace (updated_at still equals created_at) and no
// owner address unsubscribed, so a list emptied on purpose stays empty.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update workspaces w
    set notify_emails = array(
      select lower(o.email) from workspace_owners o where o.workspace_id = w.id
      group by lower(o.email) order by min(o.created_at), lower(o.email) limit 20)
    where w.notify_emails = '{}'
      and w.updated_at = w.created_at
      and not exists (select 1 from events e where e.workspace_id = w.id and e.type = 'workspace.notify_email_removed')`.execute(db);
}

// Which lists this filled cannot be told apart from lists owners set since: down leaves them.
export async function down(): Promise<void> {}
