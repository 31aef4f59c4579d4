import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * Recomputes the request progress counters that the portal list filters on (`portals.request_open_items`,
 * `request_submitted_items`, `request_next_due_at`) for the given portals, from their open requests' items, and
 * each of those requests' `waiting_required_items` (what `Portal.requests.overdue_items` sums).
 * Call it in the same transaction as any change to a request or an item, with every portal the change
 * touched; two statements, whatever the number of portals.
 *
 * It writes the portal rows (and their open requests'), so take their row locks before recording any event of those portals (the audit
 * chain's advisory lock): lock the portals first (`for no key update`, as the requests module does with
 * `lockPortal`), or call this before recording. A transaction that records first and refreshes after can
 * deadlock with one that holds a portal's row and waits to record in its chain.
 */
export async function refreshPortalRequestProgress(db: Executor, portalIds: readonly string[]): Promise<void> {
  if (portalIds.length === 0) return;
  const ids = [...new Set(portalIds)];
  // Each open request's required items still waiting on the client (what `overdue_items` sums); rows whose
  // count did not change are left alone.
  await sql`
    update requests r set waiting_required_items = w.n
    from (
      select r2.id, (
        select count(*)::int from request_items i
        where i.request_id = r2.id and i.required and i.status in ('open', 'changes_requested')
      ) as n
      from requests r2
      where r2.portal_id = any(${ids}::text[]) and r2.status <> 'complete'
    ) w
    where r.id = w.id and r.waiting_required_items <> w.n`.execute(db);
  await sql`
    update portals p set
      request_open_items = coalesce(agg.open_items, 0),
      request_submitted_items = coalesce(agg.submitted_items, 0),
      request_next_due_at = agg.next_due_at
    from (select id from unnest(${ids}::text[]) as t(id)) ids
    left join lateral (
      select
        count(*) filter (where i.status in ('open', 'changes_requested'))::int as open_items,
        count(*) filter (where i.status = 'submitted')::int as submitted_items,
        min(r.due_at) filter (where i.status in ('open', 'changes_requested') and i.required) as next_due_at
      from request_items i
      join requests r on r.id = i.request_id
      -- The request's portal too, so the planner reaches the requests through the portal's index; and
      -- "not complete" (the only other status), not "= 'open'", which matches the partial index of every
      -- open request in the database (requests_open_due_idx): without fresh statistics the planner walked it
      -- for each portal, so a refresh cost grew with all open requests, not with the portals given.
      where i.portal_id = ids.id and r.portal_id = ids.id and r.status <> 'complete'
    ) agg on true
    where p.id = ids.id`.execute(db);
}
