import type { Actor } from '../../authz/auth.ts';
import type { Executor } from '../../db/database.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { refreshPortalRequestProgress } from './progress.ts';
import * as repo from './repository.ts';
import { afterRequestChanged } from './schedule.ts';
import type { RequestRow } from './table.ts';
import { isComplete } from './transitions.ts';

/**
 * After a change to a request's items: the request becomes `complete` (`request.completed`) or `open` again
 * (`request.reopened`) when its items say so — once per transition, since `request` is the row locked for
 * this change. Then its reminder schedule and its portal's progress counters follow, in the same transaction.
 */
export async function settleRequest(
  trx: Executor,
  events: EventRecorder,
  request: RequestRow,
  actor: Actor,
  meta: RequestMeta,
): Promise<void> {
  const complete = isComplete(await repo.itemsOfRequests(trx, [request.id]));
  if (complete !== (request.status === 'complete')) {
    await repo.updateRequest(
      trx,
      request.id,
      complete ? { status: 'complete', completed_at: new Date() } : { status: 'open', completed_at: null },
    );
    await events.record(
      trx,
      {
        workspaceId: request.workspace_id,
        portalId: request.portal_id,
        type: complete ? 'request.completed' : 'request.reopened',
        actor,
        target: { type: 'request', id: request.id },
        data: { request_id: request.id, title: request.title },
      },
      meta,
    );
  }
  await requestsChanged(trx, [request.portal_id], [request.id]);
}

/** What every change to requests or items ends with: the reminder schedule, then the portals' progress counters. */
export async function requestsChanged(trx: Executor, portalIds: readonly string[], requestIds: readonly string[]): Promise<void> {
  await afterRequestChanged(trx, requestIds);
  await refreshPortalRequestProgress(trx, portalIds);
}
