import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type PortalId = PathParams<'listPortalRequests'>['portal_id'];
type RequestId = PathParams<'getRequest'>['request_id'];

/**
 * Document requests: what the business asks a client for, item by item. A client answers an item by
 * uploading with `foyer.files.upload(portalId, file, { request_item_id })`; items are reviewed with
 * `foyer.requestItems`. Templates are `foyer.requestTemplates`. This is a client's reading of them (`ClientFoyer`'s
 * `requests`); {@link RequestsResource} adds the owner's calls.
 */
export class ClientRequestsResource extends Resource {
  /**
   * Lists a portal's requests, newest first, with their items and files (`GET /v1/portals/{portal_id}/requests`,
   * `listPortalRequests`). Clients list their own portal's.
   * @example `for await (const request of client.requests.list(portalId, { status: 'open' })) console.log(request.progress)`
   */
  list(
    portalId: PortalId,
    query?: QueryParams<'listPortalRequests'>,
    options?: RequestOptions,
  ): Paginator<ResponseBody<'listPortalRequests'>> {
    return paginate(this.http, 'listPortalRequests', { path: { portal_id: portalId }, query }, options);
  }

  /** Reads a request with its items and their files (`GET /v1/requests/{request_id}`, `getRequest`). */
  get(requestId: RequestId, options?: RequestOptions): ApiPromise<ResponseBody<'getRequest'>> {
    return this.http.request('getRequest', { path: { request_id: requestId } }, options);
  }
}

/** Document requests (`Foyer`'s `requests`): a client's reading, and the owner's asking, changing and withdrawing. */
export class RequestsResource extends ClientRequestsResource {
  /**
   * Owner: asks a portal's client for documents (`POST /v1/portals/{portal_id}/requests`, `createRequest`).
   * Members are emailed the list unless `notify: false`.
   * @example
   * ```ts
   * await foyer.requests.create(portal.id, {
   *   title: '2026 tax documents',
   *   due_at: '2027-03-15T17:00:00Z',
   *   items: [{ title: 'Bank statements', multiple: true }, { title: 'ID', required: false, allowed_types: ['application/pdf', 'image/*'] }],
   * });
   * ```
   */
  create(portalId: PortalId, body: RequestBody<'createRequest'>, options?: RequestOptions): ApiPromise<ResponseBody<'createRequest'>> {
    return this.http.request('createRequest', { path: { portal_id: portalId }, body }, options);
  }

  /**
   * Owner: the workspace's requests across portals — who is missing what (`GET /v1/requests`, `listRequests`),
   * earliest due first by default.
   * @example `const waiting = await foyer.requests.listAll({ status: 'open', waiting: 'client' }).toArray({ limit: 500 })`
   */
  listAll(query?: QueryParams<'listRequests'>, options?: RequestOptions): Paginator<ResponseBody<'listRequests'>> {
    return paginate(this.http, 'listRequests', { query }, options);
  }

  /**
   * Owner: changes the title, message or due date, or adds items (`PATCH /v1/requests/{request_id}`, `updateRequest`).
   * @example `await foyer.requests.update(request.id, { due_at: '2027-03-31T17:00:00Z' })`
   */
  update(requestId: RequestId, body: RequestBody<'updateRequest'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateRequest'>> {
    return this.http.request('updateRequest', { path: { request_id: requestId }, body }, options);
  }

  /** Owner: withdraws a request; files already sent stay in the portal (`DELETE /v1/requests/{request_id}`, `deleteRequest`). */
  delete(requestId: RequestId, options?: RequestOptions): ApiPromise<ResponseBody<'deleteRequest'>> {
    return this.http.request('deleteRequest', { path: { request_id: requestId } }, options);
  }
}
