import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type UserId = PathParams<'updateUser'>['user_id'];

/**
 * The people of the business: workspace users with the role `owner` or `staff`, who sign in to the console
 * (`foyer.auth`). Managing them takes an API key or an owner's session; a `staff` user may only change their
 * own name and notifications (else {@link PermissionError} `owner_role_required`).
 */
export class UsersResource extends Resource {
  /** Lists the workspace's users, oldest first (`GET /v1/workspace/users`, `listUsers`). */
  list(query?: QueryParams<'listUsers'>, options?: RequestOptions): Paginator<ResponseBody<'listUsers'>> {
    return paginate(this.http, 'listUsers', { query }, options);
  }

  /**
   * Invites a person (`POST /v1/workspace/users`, `inviteUser`): emails a sign-in link (7 days, once); the user
   * is `invited` until their first sign-in.
   * @example `await foyer.users.invite({ email: 'sam@acme.example', name: 'Sam Ortiz', role: 'staff' })`
   * @throws {@link ConflictError} `user_exists` when the address is already a user of this workspace.
   */
  invite(body: RequestBody<'inviteUser'>, options?: RequestOptions): ApiPromise<ResponseBody<'inviteUser'>> {
    return this.http.request('inviteUser', { body }, options);
  }

  /**
   * Renames a user, changes their role or sets their notifications (`PATCH /v1/workspace/users/{user_id}`,
   * `updateUser`). Fields left out are kept.
   * @example `await foyer.users.update(me.user.id, { notifications: { muted: false, muted_portal_ids: [portalId] } })`
   * @throws {@link ConflictError} `last_owner` when it would demote the workspace's last owner.
   */
  update(userId: UserId, body: RequestBody<'updateUser'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateUser'>> {
    return this.http.request('updateUser', { path: { user_id: userId }, body }, options);
  }

  /**
   * Removes a user (`DELETE /v1/workspace/users/{user_id}`, `removeUser`); their sessions end at once.
   * @throws {@link ConflictError} `last_owner` for the workspace's last owner.
   */
  remove(userId: UserId, options?: RequestOptions): ApiPromise<ResponseBody<'removeUser'>> {
    return this.http.request('removeUser', { path: { user_id: userId } }, options);
  }
}
