import { Http } from './http.ts';
import { auth, csrf, idempotencyKey, timeout } from './middleware.ts';
import { MeResource } from './resources/me.ts';
import { PublicPortalsResource } from './resources/public-portals.ts';
import { VerificationsResource } from './resources/verifications.ts';
import { DEFAULT_MAX_RETRIES, retry } from './retry.ts';
import { toSource, type UploadSource } from './uploads.ts';
import { trimTrailingSlashes } from './base-url.ts';
import type { FetchLike } from './request-options.ts';
import { PUBLIC_OPERATIONS, type OperationTable } from './public-operations.ts';

// PublicFoyer, the base of every client, in a module of its own: a bundle that needs only the sign-in
// (`<foyer-portal>`'s first screen) takes this module without client.ts and the resource groups it imports.

/** Milliseconds one attempt may take unless the client or the call says otherwise. */
export const DEFAULT_TIMEOUT = 60_000;

interface BaseOptions {
  /** Where the service runs, e.g. `https://portal.example.com`. */
  baseUrl: string;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: FetchLike | undefined;
  /** Retries after a failed attempt (network error, timeout, 409 in progress, 429, 5xx). Default 2. */
  maxRetries?: number | undefined;
  /**
   * Milliseconds one attempt may take, reading the response included. Default 60 000. Uploads and
   * downloads are never cut off for being long: for an upload it bounds silence (each chunk sent restarts
   * it), for a download the wait for the response headers.
   */
  timeout?: number | undefined;
}

/**
 * Options for {@link Foyer}: at most one credential. Without one, only the calls that need none work
 * (health probes, `portals.getPublic()` and the sign-in flows in `verifications` and `auth`).
 */
export type FoyerOptions = BaseOptions &
  (
    | {
        /** An owner API key (`sk_…`). Server side only: it acts for the whole workspace. */
        apiKey?: string | undefined;
        sessionToken?: never;
        consoleSession?: never;
      }
    | {
        /**
         * A client session token (`cs_…`), e.g. in the browser: it sees only its own portal. Or a workspace
         * user's session token (`us_…`, from `auth.confirm…` with `transport: 'token'`), for scripts.
         */
        sessionToken?: string | undefined;
        apiKey?: never;
        consoleSession?: never;
      }
    | {
        /**
         * The console's mode, in a page served by the service itself (same origin): no token at all. The user
         * session travels in the service's `HttpOnly` cookie (`credentials: 'same-origin'`), and every request
         * sends the `X-Foyer-Csrf` header read from the `foyer_csrf` cookie. `auth.confirm…` then default to
         * `transport: 'cookie'`.
         */
        consoleSession: true;
        apiKey?: never;
        sessionToken?: never;
      }
  );

// The transport of each client, for the subclasses that add groups (a private field is out of their reach, and
// an own property would read as a resource group).
const transports = new WeakMap<object, Http>();

/** @internal The transport a client was made with, for a subclass's resource groups. */
export function transportOf(client: PublicFoyer): Http {
  return transports.get(client)!;
}

/**
 * A Foyer client with only what comes before a session: a portal's public face (`portals.getPublic()`), the
 * client sign-in (`verifications`) and the caller itself (`me`: who am I, sign this device out). For a sign-in
 * screen that counts its bytes: `<foyer-portal>` starts with it and loads {@link ClientFoyer} once someone is
 * signed in. Same options, same behaviour as `Foyer`; its sign-ins resolve to clients of its own class.
 */
export class PublicFoyer {
  /** A portal's public face (`getPublic()`); the other clients' `portals` have every portal call. */
  readonly portals: PublicPortalsResource;
  /** The client sign-in flow: each confirmation resolves to a new client with the session token. */
  readonly verifications: VerificationsResource<this>;
  /** The caller itself: who am I, and signing this device out. */
  readonly me: MeResource;

  /** @internal The tables of the operations this class's groups call besides the public ones (a subclass with more groups lists them). */
  protected static readonly operations: readonly OperationTable[] = [];

  /** Creates a client; no request is made until a method is called. */
  constructor(options: FoyerOptions) {
    if (!options?.baseUrl) throw new TypeError('new Foyer({ baseUrl }) needs the service URL.');
    if ([options.apiKey, options.sessionToken, options.consoleSession].filter(Boolean).length > 1) {
      throw new TypeError('Pass one of apiKey, sessionToken and consoleSession, not several.');
    }
    const consoleMode = options.consoleSession === true;
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new TypeError('maxRetries must be an integer ≥ 0.');
    const http = new Http({
      baseUrl: trimTrailingSlashes(options.baseUrl),
      fetch: options.fetch,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries,
      credentials: consoleMode ? 'same-origin' : undefined,
      middleware: [idempotencyKey, retry, consoleMode ? csrf() : auth(options.apiKey ?? options.sessionToken), timeout],
      source: (input, size) => this.toUploadSource(input, size),
      operations: [PUBLIC_OPERATIONS, ...(this.constructor as typeof PublicFoyer).operations],
    });
    transports.set(this, http);
    this.portals = new PublicPortalsResource(http);
    // The signed-in client is of this client's class, so one from @foyer/sdk/node uploads paths too.
    const Client = this.constructor as new (options: FoyerOptions) => this;
    this.verifications = new VerificationsResource(
      http,
      (sessionToken) => new Client({ ...options, apiKey: undefined, consoleSession: undefined, sessionToken }),
    );
    this.me = new MeResource(http);
  }

  /** @internal Turns an upload input into bytes to send; the Node entry's client adds paths and Readables. */
  protected toUploadSource(input: unknown, size: number | undefined): UploadSource | Promise<UploadSource> {
    return toSource(input, size);
  }
}
