import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** The devices signed in to a portal (owner credentials). A client signs itself out with `foyer.me.signOut()`. */
export class SessionsResource extends Resource {
  /**
   * Lists the live sessions of a portal, newest first (`GET /v1/portals/{portal_id}/sessions`,
   * `listSessions`): member, sign-in method, user agent, IP, last use.
   */
  list(
    portalId: PathParams<'listSessions'>['portal_id'],
    query?: QueryParams<'listSessions'>,
    options?: RequestOptions,
  ): Paginator<ResponseBody<'listSessions'>> {
    return paginate(this.http, 'listSessions', { path: { portal_id: portalId }, query }, options);
  }

  /** Signs a device out (`DELETE /v1/sessions/{session_id}`, `revokeSession`); its next request is a 401. */
  revoke(sessionId: PathParams<'revokeSession'>['session_id'], options?: RequestOptions): ApiPromise<ResponseBody<'revokeSession'>> {
    return this.http.request('revokeSession', { path: { session_id: sessionId } }, options);
  }
}
