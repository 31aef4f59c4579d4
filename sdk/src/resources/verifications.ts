import { ApiPromise } from '../api-promise.ts';
import type { Http } from '../http.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PathParams, RequestBody, ResponseBody, SessionCreated } from '../types.ts';
import { Resource } from './resource.ts';

type PortalId = PathParams<'startVerification'>['portal_id'];

/** Request options, and the client's language. */
export interface SignInOptions extends RequestOptions {
  /**
   * The client's language (a BCP 47 tag such as `de-AT`; the widget sends the one it shows): the service
   * stores it on the member at sign-in and writes them emails in it (English when it has no such language).
   */
  locale?: string | undefined;
}

/** A signed-in client: the new session and a client of class `C` that uses it (`Foyer`: see client.ts). */
export interface SignIn<C> {
  /** `session_token` (shown once: keep it, e.g. in `localStorage`), `expires_at` and the `member`. */
  session: SessionCreated;
  /** A new client with the same `baseUrl` and options, acting with `session.session_token`. */
  client: C;
}

/**
 * The client sign-in flow (no credentials needed): email a code and magic link, then exchange the code,
 * the link's token or a `link`-mode portal's secret link for a session on this device (90 days).
 */
export class VerificationsResource<C> extends Resource {
  readonly #signedIn: (sessionToken: string) => C;

  /** @internal */
  constructor(http: Http, signedIn: (sessionToken: string) => C) {
    super(http);
    this.#signedIn = signedIn;
  }

  /**
   * Emails a 6-digit code (valid 10 minutes) and a magic link (15 minutes, once) if `email` may sign in
   * to the portal (`POST /v1/portals/{portal_id}/verifications`, `startVerification`). Always the same
   * 202 answer, member or not.
   * @throws {@link RateLimitError} after 1 request a minute or 5 an hour for this address (see `retryAfter`).
   */
  start(
    portalId: PortalId,
    email: RequestBody<'startVerification'>['email'],
    options?: SignInOptions,
  ): ApiPromise<ResponseBody<'startVerification'>> {
    return this.http.request('startVerification', { path: { portal_id: portalId }, body: { email, locale: options?.locale } }, options);
  }

  /**
   * Exchanges the emailed 6-digit code for a session (`POST …/verifications/confirm`,
   * `confirmVerification`). Five wrong codes kill it.
   * @example
   * ```ts
   * const { session, client } = await foyer.verifications.confirmCode(portalId, 'dana@example.com', '492817');
   * localStorage.setItem('foyer-session', session.session_token);
   * await client.files.list(portalId).page();
   * ```
   * @throws {@link AuthenticationError} `verification_failed` when the code is wrong, expired or killed.
   */
  confirmCode(portalId: PortalId, email: string, code: string, options?: SignInOptions): ApiPromise<SignIn<C>> {
    return this.#confirm(portalId, { email, code }, options);
  }

  /**
   * Exchanges a magic link's or one-time sign-in link's token (the `#token=…` of the link) for a session
   * (`confirmVerification`). Single use.
   * @example `await foyer.verifications.confirmToken(portalId, new URLSearchParams(location.hash.slice(1)).get('token')!)`
   * @throws {@link AuthenticationError} `verification_failed` when the token is wrong, used or expired.
   */
  confirmToken(portalId: PortalId, token: string, options?: SignInOptions): ApiPromise<SignIn<C>> {
    return this.#confirm(portalId, { token }, options);
  }

  /**
   * Exchanges a code from `portals.createEmbedSession` (made by the business's backend) for a session whose
   * sign-in method is `embed` (`confirmVerification`). Single use.
   * @throws {@link AuthenticationError} `verification_failed` when the code is unknown, used or expired.
   */
  confirmEmbedCode(portalId: PortalId, embedCode: string, options?: SignInOptions): ApiPromise<SignIn<C>> {
    return this.#confirm(portalId, { embed_code: embedCode }, options);
  }

  /**
   * Enters a `link`-mode portal with its secret link's key (the `#k=…` of the link) and the visitor's
   * name and email, which are not verified (`confirmVerification`).
   * @throws {@link AuthenticationError} `verification_failed` when the key is wrong or was rotated.
   * @throws {@link PermissionError} `verification_required` when `email` belongs to a member who is verified or
   * was added by the owner: that person signs in with a code instead.
   */
  confirmAccessLink(
    portalId: PortalId,
    linkKey: string,
    visitor: { name: string; email: string },
    options?: SignInOptions,
  ): ApiPromise<SignIn<C>> {
    return this.#confirm(portalId, { link_key: linkKey, name: visitor.name, email: visitor.email }, options);
  }

  #confirm(portalId: PortalId, body: RequestBody<'confirmVerification'>, options: SignInOptions | undefined): ApiPromise<SignIn<C>> {
    const call = this.http
      .request('confirmVerification', { path: { portal_id: portalId }, body: { ...body, locale: options?.locale } }, options)
      .withResponse();
    return new ApiPromise(
      call.then(({ data, ...rest }) => ({ ...rest, data: { session: data, client: this.#signedIn(data.session_token) } })),
    );
  }
}
