import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { queryPrepared, type PreparedQuery } from '../../db/prepared.ts';
import { overdueItemsSql } from '../requests/repository.ts';
import type { PortalDtoSource } from '../portals/dto.ts';

export type PortalState = 'waiting_on_us' | 'waiting_on_client' | 'done' | 'archived';

export interface DashboardParams {
  workspaceId: string;
  /** Whose seen marks count (`auth.credentialId`). */
  viewerId: string;
  /** An ILIKE pattern (already escaped), or null for every portal. */
  pattern: string | null;
  /** Only this state; null: every state but `archived`. */
  filter: PortalState | null;
  /** The last row of the previous page: its activity in microseconds since the epoch, and its id. */
  afterActivityUs: string | null;
  afterId: string | null;
  /** Rows to return (the page size + 1, to tell whether there is more). */
  limit: number;
}

/** One portal of the page, with the counts of every state for the same search (the same on each row). */
export interface DashboardRow extends PortalDtoSource {
  request_overdue_items: number;
  seen_at: Date | null;
  last_activity_at: Date;
  /** `last_activity_at` in microseconds since the epoch (a bigint, as text): the cursor's position. */
  activity_us: string;
  state: PortalState;
  new_uploads: number;
  unanswered_comments: number;
  pending_approvals: number;
  overdue_approvals: number;
  client_emails: string[];
  member_count: number;
}

export interface StateCounts {
  count_waiting_on_us: number;
  count_waiting_on_client: number;
  count_done: number;
  count_archived: number;
}

// One statement summarises every portal of the workspace that matches the search from the base tables —
// nothing is kept in step elsewhere, so every figure is a recount — then counts the states and cuts the page.
// Each part reads only what can still be waiting (client versions, open threads, pending requests) through
// the partial indexes of migration 2026_12_06_210000, and each portal's latest event from its index.
//
// - new uploads: files and versions clients (members) uploaded after the viewer's seen mark (a file's first
//   upload is its version 1);
// - unanswered comments: unresolved threads whose latest message that is not deleted is a member's (replies
//   always come after their thread's first comment, so the latest reply, else the first comment itself);
// - pending approvals, and those past their due date;
// - state: archived; else waiting on us (new uploads, unanswered comments or request items to review); else
//   waiting on the client (a pending approval request, or request items waiting on the client); else done;
// - document request progress: the portal's counters (modules/requests/progress.ts), and its overdue request
//   items counted for the page's portals only (none unless its earliest due date has passed).
const DASHBOARD_SQL = `
with matched as (
  select p.id, p.name, p.client_name, p.access_mode, p.status, p.client_uploads, p.created_at, p.updated_at, s.seen_at,
    p.request_open_items, p.request_submitted_items, p.request_next_due_at
  from portals p
  left join portal_seen_marks s on s.portal_id = p.id and s.viewer_id = $2
  where p.workspace_id = $1
    and ($3::text is null or p.name ilike $3 or p.client_name ilike $3
         or exists (select 1 from members m where m.portal_id = p.id and m.email ilike $3))
),
uploads as (
  select f.portal_id, count(*)::int as n
  from matched mp
  join files f on f.workspace_id = $1 and f.portal_id = mp.id
  join file_versions v on v.file_id = f.id and v.uploaded_by_kind = 'member'
  where v.created_at > coalesce(mp.seen_at, '-infinity')
  group by f.portal_id
),
last_replies as (
  select distinct on (parent_id) parent_id, author_kind
  from comments
  where workspace_id = $1 and parent_id is not null and deleted_at is null
  order by parent_id, seq desc
),
threads as (
  select r.portal_id, count(*)::int as n
  from comments r
  left join last_replies lr on lr.parent_id = r.id
  where r.workspace_id = $1 and r.parent_id is null and r.resolved_at is null
    and coalesce(lr.author_kind, case when r.deleted_at is null then r.author_kind end) = 'member'
  group by r.portal_id
),
approvals as (
  select portal_id, count(*)::int as pending, (count(*) filter (where due_at < now()))::int as overdue
  from approval_requests
  where workspace_id = $1 and status = 'pending'
  group by portal_id
),
summary as materialized (
  select mp.*, a.last_activity_at,
    (extract(epoch from a.last_activity_at) * 1000000)::bigint as activity_us,
    coalesce(u.n, 0) as new_uploads, coalesce(t.n, 0) as unanswered_comments,
    coalesce(ap.pending, 0) as pending_approvals, coalesce(ap.overdue, 0) as overdue_approvals,
    case when mp.status = 'archived' then 'archived'
         when u.n > 0 or t.n > 0 or mp.request_submitted_items > 0 then 'waiting_on_us'
         when ap.pending > 0 or mp.request_open_items > 0 then 'waiting_on_client'
         else 'done' end as state
  from matched mp
  cross join lateral (
    select coalesce(
      (select e.created_at from events e where e.portal_id = mp.id order by e.seq desc limit 1),
      mp.created_at) as last_activity_at
  ) a
  left join uploads u on u.portal_id = mp.id
  left join threads t on t.portal_id = mp.id
  left join approvals ap on ap.portal_id = mp.id
),
page as (
  select * from summary
  where (case when $4::text is null then state <> 'archived' else state = $4::text end)
    and ($5::bigint is null or (activity_us, id) < ($5::bigint, $6::text))
  order by activity_us desc, id desc
  limit $7
)
select c.*, pg.*,
  array(select m.email from members m where m.portal_id = pg.id and m.status = 'active' order by m.seq limit 5) as client_emails,
  (select count(*) from members m where m.portal_id = pg.id and m.status = 'active')::int as member_count,
  ${overdueItemsSql('pg')} as request_overdue_items
from (
  select count(*) filter (where state = 'waiting_on_us')::int as count_waiting_on_us,
         count(*) filter (where state = 'waiting_on_client')::int as count_waiting_on_client,
         count(*) filter (where state = 'done')::int as count_done,
         count(*) filter (where state = 'archived')::int as count_archived
  from summary
) c
left join page pg on true
order by pg.activity_us desc, pg.id desc`;

/** The busiest console read, planned once per connection (see db/prepared.ts). */
const DASHBOARD: PreparedQuery<DashboardParams, StateCounts & (DashboardRow | { [K in keyof DashboardRow]: null })> = {
  name: 'dashboard.page',
  sql: DASHBOARD_SQL,
  params: ['workspaceId', 'viewerId', 'pattern', 'filter', 'afterActivityUs', 'afterId', 'limit'],
  isoTimestamps: false,
};

/** The counts of every state (for the same search) and up to `limit` summaries, latest activity first. */
export async function dashboardPage(db: Db, params: DashboardParams): Promise<{ counts: StateCounts; rows: DashboardRow[] }> {
  const result = await queryPrepared(db, DASHBOARD, params);
  const first = result[0];
  if (!first) throw new Error('dashboard: the counts row is missing');
  const { count_waiting_on_us, count_waiting_on_client, count_done, count_archived } = first;
  return {
    counts: { count_waiting_on_us, count_waiting_on_client, count_done, count_archived },
    rows: result.filter((row): row is StateCounts & DashboardRow => row.id !== null),
  };
}

/** Marks the portal seen now by `viewerId`; false when the workspace has no such portal. */
export async function markSeen(db: Executor, workspaceId: string, portalId: string, viewerId: string): Promise<boolean> {
  const row = await db
    .insertInto('portal_seen_marks')
    .columns(['portal_id', 'viewer_id', 'workspace_id', 'seen_at'])
    .expression((eb) =>
      eb
        .selectFrom('portals')
        .select(['id', sql.val(viewerId).as('viewer_id'), 'workspace_id', sql<Date>`now()`.as('seen_at')])
        .where('id', '=', portalId)
        .where('workspace_id', '=', workspaceId)
        // A delete of the portal in progress is waited for: then no row, a 404, not the foreign key's 500.
        .forShare(),
    )
    .onConflict((oc) => oc.columns(['portal_id', 'viewer_id']).doUpdateSet({ seen_at: sql<Date>`excluded.seen_at` }))
    .returning('portal_id')
    .executeTakeFirst();
  return row !== undefined;
}
