import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PathParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** One-time sign-in links that owners hand to a member (owner credentials). */
export class SignInLinksResource extends Resource {
  /**
   * Creates a one-time sign-in link for a member, valid 7 days, in any access mode
   * (`POST /v1/portals/{portal_id}/sign-in-links`, `createSignInLink`). The URL is shown once.
   * @example `const { url } = await foyer.signInLinks.create(portal.id, { member_id: member.id })`
   */
  create(
    portalId: PathParams<'createSignInLink'>['portal_id'],
    body: RequestBody<'createSignInLink'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'createSignInLink'>> {
    return this.http.request('createSignInLink', { path: { portal_id: portalId }, body }, options);
  }
}
