import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PathParams, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type PortalId = PathParams<'getPublicPortal'>['portal_id'];

/**
 * A portal's public face, all a sign-in screen reads of portals: `PublicFoyer`'s `portals`. The other clients'
 * `portals` ({@link PortalsResource}) have it too, with every other portal call.
 */
export class PublicPortalsResource extends Resource {
  /**
   * What the sign-in screen shows (`GET /v1/portals/{portal_id}/public`, `getPublicPortal`): the portal's
   * name, access mode and the business's name and branding. Needs no credentials.
   * @throws {@link NotFoundError} for an unknown or archived portal.
   */
  getPublic(portalId: PortalId, options?: RequestOptions): ApiPromise<ResponseBody<'getPublicPortal'>> {
    return this.http.request('getPublicPortal', { path: { portal_id: portalId } }, options);
  }
}
