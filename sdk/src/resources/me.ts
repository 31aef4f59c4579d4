import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** The caller itself. */
export class MeResource extends Resource {
  /**
   * Who the credential belongs to (`GET /v1/me`, `getMe`): for a client session, its member, portal and
   * session; for an API key, the workspace.
   * @throws {@link AuthenticationError} when the session was revoked, signed out or has expired.
   */
  get(options?: RequestOptions): ApiPromise<ResponseBody<'getMe'>> {
    return this.http.request('getMe', {}, options);
  }

  /**
   * Sets this member's notification emails for its portal (`PATCH /v1/me`, `updateMe`): `'none'` mutes them,
   * `'all'` turns them back on. Client sessions only. Sign-in codes and links are always sent.
   * @example `await client.me.update({ notifications: 'none' })`
   */
  update(body: RequestBody<'updateMe'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateMe'>> {
    return this.http.request('updateMe', { body }, options);
  }

  /**
   * Signs this device out (`DELETE /v1/me`, `signOut`): ends the session whose token this client holds.
   * Client sessions only. Forget the token afterwards; every later call with it is a 401.
   */
  signOut(options?: RequestOptions): ApiPromise<ResponseBody<'signOut'>> {
    return this.http.request('signOut', {}, options);
  }
}
