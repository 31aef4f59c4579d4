import type { ApiPromise } from '../api-promise.ts';
import { download, type Download } from '../downloads.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { PublicPortalsResource } from './public-portals.ts';

type PortalId = PathParams<'getPortal'>['portal_id'];

/**
 * A client's portal (`ClientFoyer`'s `portals`): the portal, its files as one zip, and its public face. Owners
 * use {@link PortalsResource}, which adds every other portal call.
 */
export class ClientPortalsResource extends PublicPortalsResource {
  /**
   * Reads one portal (`GET /v1/portals/{portal_id}`, `getPortal`).
   * @throws {@link NotFoundError} when there is no such portal in the caller's workspace.
   */
  get(portalId: PortalId, options?: RequestOptions): ApiPromise<ResponseBody<'getPortal'>> {
    return this.http.request('getPortal', { path: { portal_id: portalId } }, options);
  }

  /**
   * Downloads the current version of the portal's files — all, or `files` — as one zip, streamed
   * (`GET /v1/portals/{portal_id}/archive`, `downloadPortalArchive`); owners and the portal's clients.
   * @example `const { stream } = await foyer.portals.downloadArchive(portal.id, { files: [a.id, b.id] })`
   */
  downloadArchive(portalId: PortalId, query: { files?: string[] } = {}, options?: RequestOptions): ApiPromise<Download> {
    return download(
      this.http,
      'downloadPortalArchive',
      { path: { portal_id: portalId }, query: { files: query.files?.join(',') } },
      options,
    );
  }
}

/** Portals: one private space per client relationship (`Foyer`'s `portals`, the owner's calls too). */
export class PortalsResource extends ClientPortalsResource {
  /**
   * Creates a portal for a client (`POST /v1/portals`, `createPortal`). Carries an `Idempotency-Key`, so
   * a retried call never creates a second portal; pass `{ idempotencyKey }` to make it idempotent across
   * your own retries too (e.g. your CRM's client id).
   * @example `const portal = await foyer.portals.create({ name: '2026 tax return', client_name: 'Dana' })`
   */
  create(body: RequestBody<'createPortal'>, options?: RequestOptions): ApiPromise<ResponseBody<'createPortal'>> {
    return this.http.request('createPortal', { body }, options);
  }

  /**
   * Lists portals, newest first (`GET /v1/portals`, `listPortals`). Iterate with `for await` to read
   * every page, or use `.page()` / `.toArray({ limit })`; `query.limit` is the page size.
   * @example `for await (const portal of foyer.portals.list({ status: 'active' })) console.log(portal.url)`
   */
  list(query?: QueryParams<'listPortals'>, options?: RequestOptions): Paginator<ResponseBody<'listPortals'>> {
    return paginate(this.http, 'listPortals', { query }, options);
  }

  /**
   * Renames, archives or changes the access mode of a portal (`PATCH /v1/portals/{portal_id}`,
   * `updatePortal`). Fields left out are kept.
   * @example `await foyer.portals.update(portal.id, { status: 'archived' })`
   */
  update(portalId: PortalId, body: RequestBody<'updatePortal'>, options?: RequestOptions): ApiPromise<ResponseBody<'updatePortal'>> {
    return this.http.request('updatePortal', { path: { portal_id: portalId }, body }, options);
  }

  /**
   * Deletes a portal and everything in it (`DELETE /v1/portals/{portal_id}`, `deletePortal`); with
   * `{ erase: true }` (owners) its event trail, stored bytes and exports too, leaving one `portal.erased` event.
   * @throws {@link NotFoundError} when there is no such portal (or it is already deleted).
   */
  delete(portalId: PortalId, query?: QueryParams<'deletePortal'>, options?: RequestOptions): ApiPromise<ResponseBody<'deletePortal'>> {
    return this.http.request('deletePortal', { path: { portal_id: portalId }, query }, options);
  }

  /**
   * From the business's backend, with an API key: a one-time code that signs the client (`member_id`, or an
   * `email`, which becomes a member) in to `<foyer-portal embed-code=…>` without an email step
   * (`POST /v1/portals/{portal_id}/embed-sessions`, `createEmbedSession`). Valid `ttl_seconds` (≤ 600,
   * default 120), once; the session's sign-in method is `embed`.
   * @example `const { embed_code } = await foyer.portals.createEmbedSession(portal.id, { email: user.email })`
   * @throws {@link ConflictError} `member_revoked` when the business revoked that member.
   */
  createEmbedSession(
    portalId: PortalId,
    body: RequestBody<'createEmbedSession'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'createEmbedSession'>> {
    return this.http.request('createEmbedSession', { path: { portal_id: portalId }, body }, options);
  }

  /**
   * Creates or rotates a `link`-mode portal's secret link (`POST /v1/portals/{portal_id}/access-link`,
   * `rotateAccessLink`): `PUBLIC_URL/p/{portal_id}#k=…`, shown once; the previous link stops working.
   */
  rotateAccessLink(portalId: PortalId, options?: RequestOptions): ApiPromise<ResponseBody<'rotateAccessLink'>> {
    return this.http.request('rotateAccessLink', { path: { portal_id: portalId } }, options);
  }

  /**
   * Marks the portal as looked at now by the caller (`POST /v1/portals/{portal_id}/seen`, `markPortalSeen`):
   * the dashboard's `new_uploads` counts client uploads after the caller's last mark.
   */
  markSeen(portalId: PortalId, options?: RequestOptions): ApiPromise<ResponseBody<'markPortalSeen'>> {
    return this.http.request('markPortalSeen', { path: { portal_id: portalId } }, options);
  }
}
