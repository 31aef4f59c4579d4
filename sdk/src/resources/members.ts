import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type PortalId = PathParams<'listMembers'>['portal_id'];

/** A portal's client contacts (owner credentials). */
export class MembersResource extends Resource {
  /**
   * Lists a portal's members, newest first (`GET /v1/portals/{portal_id}/members`, `listMembers`).
   * @example `for await (const member of foyer.members.list(portal.id, { status: 'active' })) console.log(member.email)`
   */
  list(portalId: PortalId, query?: QueryParams<'listMembers'>, options?: RequestOptions): Paginator<ResponseBody<'listMembers'>> {
    return paginate(this.http, 'listMembers', { path: { portal_id: portalId }, query }, options);
  }

  /**
   * Adds a client contact, optionally emailing an invitation (`POST /v1/portals/{portal_id}/members`,
   * `addMember`). An email that is already an active member answers that member; a revoked one is
   * reactivated. `locale` chooses the language of the member's emails, the invitation included.
   * @example `await foyer.members.add(portal.id, { email: 'dana@example.com', name: 'Dana', send_invite: true, locale: 'de' })`
   */
  add(portalId: PortalId, body: RequestBody<'addMember'>, options?: RequestOptions): ApiPromise<ResponseBody<'addMember'>> {
    return this.http.request('addMember', { path: { portal_id: portalId }, body }, options);
  }

  /**
   * Sets the language of a member's emails (`PATCH /v1/portals/{portal_id}/members/{member_id}`, `updateMember`):
   * the business's choice, which the member's later sign-ins keep; `null` forgets it (English until they sign in).
   * @example `await foyer.members.update(portal.id, member.id, { locale: 'de' })`
   */
  update(
    portalId: PortalId,
    memberId: PathParams<'updateMember'>['member_id'],
    body: RequestBody<'updateMember'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'updateMember'>> {
    return this.http.request('updateMember', { path: { portal_id: portalId, member_id: memberId }, body }, options);
  }

  /**
   * Revokes a member at once (`DELETE /v1/portals/{portal_id}/members/{member_id}`, `revokeMember`): its
   * sessions, pending codes and links end together, and its next request is a 401.
   */
  revoke(
    portalId: PortalId,
    memberId: PathParams<'revokeMember'>['member_id'],
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'revokeMember'>> {
    return this.http.request('revokeMember', { path: { portal_id: portalId, member_id: memberId } }, options);
  }
}
