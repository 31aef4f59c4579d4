import { Http } from './http.ts';
import type { FetchLike } from './request-options.ts';
import { auth, csrf, idempotencyKey, timeout } from './middleware.ts';
import { ApiKeysResource } from './resources/api-keys.ts';
import { AuthResource } from './resources/auth.ts';
import { DashboardResource } from './resources/dashboard.ts';
import { ExportsResource } from './resources/exports.ts';
import { FilesResource } from './resources/files.ts';
import { MeResource } from './resources/me.ts';
import { MembersResource } from './resources/members.ts';
import { ApprovalsResource } from './resources/approvals.ts';
import { CommentsResource } from './resources/comments.ts';
import { EventsResource } from './resources/events.ts';
import { PortalsResource } from './resources/portals.ts';
import { RequestItemsResource } from './resources/request-items.ts';
import { RequestTemplatesResource } from './resources/request-templates.ts';
import { RequestsResource } from './resources/requests.ts';
import { SessionsResource } from './resources/sessions.ts';
import { SignInLinksResource } from './resources/sign-in-links.ts';
import { SystemResource } from './resources/system.ts';
import { UploadsResource } from './resources/uploads.ts';
import { UsersResource } from './resources/users.ts';
import { VerificationsResource, type SignIn as SignInTo } from './resources/verifications.ts';
import { VersionsResource } from './resources/versions.ts';
import { WebhookEndpointsResource } from './resources/webhook-endpoints.ts';
import { WidgetResource } from './resources/widget.ts';
import { WorkspaceResource } from './resources/workspace.ts';
import { DEFAULT_MAX_RETRIES, retry } from './retry.ts';
import { toSource, type UploadSource } from './uploads.ts';
import { trimTrailingSlashes } from './base-url.ts';

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

// The transport of each client, for the subclass that adds groups (a private field is out of its reach, and
// an own property would read as a resource group).
const transports = new WeakMap<object, Http>();

/**
 * A Foyer client with only the groups a client session (`cs_…`) may call: a portal's public face, the client
 * sign-in, the caller itself, files and versions, comments, approvals and the activity. For browser apps for
 * clients, where bytes count: the owner groups of {@link Foyer} stay out of the bundle (`<foyer-portal>` uses
 * it). Same options, same behaviour as `Foyer`; everything else, use `Foyer`.
 */
export class ClientFoyer {
  /** Liveness and readiness probes. */
  readonly system: SystemResource;
  /** Client portals, their public face and their secret links. */
  readonly portals: PortalsResource;
  /** Comments on files, with one level of replies (owners and clients). */
  readonly comments: CommentsResource;
  /** Approval requests and decisions. */
  readonly approvals: ApprovalsResource;
  /** The activity and audit trail. */
  readonly events: EventsResource;
  /** The client sign-in flow: each confirmation resolves to a new client with the session token. */
  readonly verifications: VerificationsResource<this>;
  /** The caller itself: who am I, and signing this device out. */
  readonly me: MeResource;
  /** Files: streamed uploads with progress, metadata, streamed downloads. */
  readonly files: FilesResource;
  /** A file's versions. */
  readonly versions: VersionsResource;
  /** Document requests: what the business asks the client for, with each item's files. */
  readonly requests: RequestsResource;
  /** Request items: review, edit, or set aside. */
  readonly requestItems: RequestItemsResource;
  /** The tus 1.0 requests of resumable uploads, one by one (`files.uploadResumable()` runs them for you). */
  readonly uploads: UploadsResource;

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
    });
    transports.set(this, http);
    this.system = new SystemResource(http);
    this.portals = new PortalsResource(http);
    this.comments = new CommentsResource(http);
    this.approvals = new ApprovalsResource(http);
    this.events = new EventsResource(http);
    // The signed-in client is of this client's class, so one from @foyer/sdk/node uploads paths too.
    const Client = this.constructor as new (options: FoyerOptions) => this;
    this.verifications = new VerificationsResource(
      http,
      (sessionToken) => new Client({ ...options, apiKey: undefined, consoleSession: undefined, sessionToken }),
    );
    this.me = new MeResource(http);
    this.files = new FilesResource(http);
    this.versions = new VersionsResource(http);
    this.requests = new RequestsResource(http);
    this.requestItems = new RequestItemsResource(http);
    this.uploads = new UploadsResource(http);
  }

  /** @internal Turns an upload input into bytes to send; the Node entry's client adds paths and Readables. */
  protected toUploadSource(input: unknown, size: number | undefined): UploadSource | Promise<UploadSource> {
    return toSource(input, size);
  }
}

/**
 * The Foyer API client.
 *
 * ```ts
 * const foyer = new Foyer({ baseUrl: 'https://portal.example.com', apiKey: process.env.FOYER_API_KEY });
 * const portal = await foyer.portals.create({ name: '2026 tax return', client_name: 'Dana Whitfield' });
 * ```
 *
 * Every method rejects with a {@link FoyerError} subclass, retries what is safe to retry and gives each
 * POST an `Idempotency-Key`. Request and response fields are the contract's, snake_case as on the wire.
 */
export class Foyer extends ClientFoyer {
  /** The caller's workspace (owner credentials). */
  readonly workspace: WorkspaceResource;
  /** A portal's client contacts (owner credentials). */
  readonly members: MembersResource;
  /** The devices signed in to a portal (owner credentials). */
  readonly sessions: SessionsResource;
  /** One-time sign-in links for members (owner credentials). */
  readonly signInLinks: SignInLinksResource;
  /** Webhook endpoints and their deliveries (owner credentials). */
  readonly webhookEndpoints: WebhookEndpointsResource;
  /** The sign-in of the business's people to the console, and their own sessions. */
  readonly auth: AuthResource;
  /** The workspace's users and their roles. */
  readonly users: UsersResource;
  /** The workspace's API keys. */
  readonly apiKeys: ApiKeysResource;
  /** Every portal and what waits in it: the console's home. */
  readonly dashboard: DashboardResource;
  /** The `<foyer-portal>` build, for embed snippets. */
  readonly widget: WidgetResource;
  /** Request templates, applied to many portals at once (owner credentials). */
  readonly requestTemplates: RequestTemplatesResource;
  /** Exports of a portal or of the whole workspace, downloadable for 7 days (owner credentials). */
  readonly exports: ExportsResource;

  /** Creates a client; no request is made until a method is called. */
  constructor(options: FoyerOptions) {
    super(options);
    const http = transports.get(this)!;
    this.workspace = new WorkspaceResource(http);
    this.members = new MembersResource(http);
    this.sessions = new SessionsResource(http);
    this.signInLinks = new SignInLinksResource(http);
    this.webhookEndpoints = new WebhookEndpointsResource(http);
    this.auth = new AuthResource(http, options.consoleSession === true ? 'cookie' : undefined);
    this.users = new UsersResource(http);
    this.apiKeys = new ApiKeysResource(http);
    this.dashboard = new DashboardResource(http);
    this.widget = new WidgetResource(http);
    this.requestTemplates = new RequestTemplatesResource(http);
    this.exports = new ExportsResource(http);
  }
}

/** A signed-in client: the new session and a client that uses it — a {@link Foyer} unless said otherwise. */
export type SignIn<C = Foyer> = SignInTo<C>;
