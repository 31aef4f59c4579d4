import type { ApiPromise } from '../api-promise.ts';
import type { Http } from '../http.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type Confirm = RequestBody<'confirmUserSignIn'>;

/** What a code or token confirmation may add: the workspace to enter, and how the session is handed over. */
export type SignInChoice = Pick<Confirm, 'workspace_id' | 'transport'>;

/**
 * The sign-in of the business's people — workspace users — to the console, and their own sessions. Starting
 * and confirming need no credentials; the rest takes the user's session (a `consoleSession` client's cookie,
 * or `us_…` as `sessionToken`).
 *
 * Each `confirm…` resolves to either a session — `{ user, workspace, expires_at }`, plus `session_token` with
 * `transport: 'token'` — or, when the address belongs to users of several workspaces and none was named,
 * `{ workspace_choice: { choice_token, workspaces } }`: finish with {@link AuthResource.chooseWorkspace}.
 * A `consoleSession` client sends `transport: 'cookie'` unless told otherwise, so the session becomes the
 * `HttpOnly` cookie and never reaches script.
 */
export class AuthResource extends Resource {
  readonly #transport: Confirm['transport'];

  /** @internal */
  constructor(http: Http, transport: Confirm['transport']) {
    super(http);
    this.#transport = transport;
  }

  /**
   * Emails a 6-digit code (10 minutes) and a magic link `PUBLIC_URL/console/verify#token=…` if `email` is a
   * workspace user (`POST /v1/auth/verifications`, `startUserSignIn`). Always the same 202 answer.
   * @throws {@link RateLimitError} after 1 request a minute or 5 an hour for this address (see `retryAfter`).
   */
  startSignIn(email: RequestBody<'startUserSignIn'>['email'], options?: RequestOptions): ApiPromise<ResponseBody<'startUserSignIn'>> {
    return this.http.request('startUserSignIn', { body: { email } }, options);
  }

  /**
   * Exchanges the emailed code for a session or a workspace choice (`POST /v1/auth/verifications/confirm`,
   * `confirmUserSignIn`). Five wrong codes kill it.
   * @example
   * ```ts
   * const answer = await console.auth.confirmCode('owner@acme.example', '492817');
   * if ('workspace_choice' in answer) await console.auth.chooseWorkspace(answer.workspace_choice.choice_token, picked);
   * ```
   * @throws {@link AuthenticationError} `verification_failed` when the code is wrong, expired or killed.
   */
  confirmCode(email: string, code: string, choice?: SignInChoice, options?: RequestOptions): ApiPromise<ResponseBody<'confirmUserSignIn'>> {
    return this.#confirm({ email, code, ...choice }, options);
  }

  /**
   * Exchanges a magic link's or an invitation's token (the `#token=…` of `/console/verify`) for a session or a
   * workspace choice (`confirmUserSignIn`). Single use: call it on a click, not on page load.
   * @throws {@link AuthenticationError} `verification_failed` when the token is wrong, used or expired.
   */
  confirmToken(token: string, choice?: SignInChoice, options?: RequestOptions): ApiPromise<ResponseBody<'confirmUserSignIn'>> {
    return this.#confirm({ token, ...choice }, options);
  }

  /**
   * Finishes a sign-in that answered a `workspace_choice` (`confirmUserSignIn`): the `choice_token` (10 minutes,
   * once) and one of its workspaces' ids.
   */
  chooseWorkspace(
    choiceToken: string,
    workspaceId: NonNullable<Confirm['workspace_id']>,
    choice?: Pick<Confirm, 'transport'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'confirmUserSignIn'>> {
    return this.#confirm({ choice_token: choiceToken, workspace_id: workspaceId, ...choice }, options);
  }

  /** Lists my own live sessions, most recently used first; `current` marks this one (`GET /v1/auth/sessions`, `listUserSessions`). */
  listSessions(query?: QueryParams<'listUserSessions'>, options?: RequestOptions): Paginator<ResponseBody<'listUserSessions'>> {
    return paginate(this.http, 'listUserSessions', { query }, options);
  }

  /** Ends one of my sessions, e.g. a lost laptop's (`DELETE /v1/auth/sessions/{user_session_id}`, `revokeUserSession`). */
  revokeSession(
    sessionId: PathParams<'revokeUserSession'>['user_session_id'],
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'revokeUserSession'>> {
    return this.http.request('revokeUserSession', { path: { user_session_id: sessionId } }, options);
  }

  /** Signs this device out (`POST /v1/auth/sign-out`, `signOutUser`): ends the session and clears its cookies. */
  signOut(options?: RequestOptions): ApiPromise<ResponseBody<'signOutUser'>> {
    return this.http.request('signOutUser', {}, options);
  }

  #confirm(body: Confirm, options: RequestOptions | undefined): ApiPromise<ResponseBody<'confirmUserSignIn'>> {
    const transport = body.transport ?? this.#transport;
    return this.http.request('confirmUserSignIn', { body: transport ? { ...body, transport } : body }, options);
  }
}
