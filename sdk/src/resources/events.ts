import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/**
 * The append-only, hash-chained activity and audit trail of a portal (`ClientFoyer`'s `events`).
 * {@link EventsResource} adds the workspace's across portals.
 */
export class ClientEventsResource extends Resource {
  /**
   * A portal's activity, newest first (`GET /v1/portals/{portal_id}/events`, `listPortalEvents`). Owners see
   * everything; a client its portal's work, without other people's IP addresses and user agents.
   * @example `for await (const e of foyer.events.listPortal(portal.id, { type: 'approval.approved' })) console.log(e.created_at)`
   */
  listPortal(
    portalId: PathParams<'listPortalEvents'>['portal_id'],
    query?: QueryParams<'listPortalEvents'>,
    options?: RequestOptions,
  ): Paginator<ResponseBody<'listPortalEvents'>> {
    return paginate(this.http, 'listPortalEvents', { path: { portal_id: portalId }, query }, options);
  }
}

/** The activity and audit trail (`Foyer`'s `events`), with the workspace's across portals. */
export class EventsResource extends ClientEventsResource {
  /** Owner: the workspace's activity across portals, newest first (`GET /v1/events`, `listEvents`). */
  list(query?: QueryParams<'listEvents'>, options?: RequestOptions): Paginator<ResponseBody<'listEvents'>> {
    return paginate(this.http, 'listEvents', { query }, options);
  }
}
