import type { Http } from './http.ts';
import { ApiKeysResource } from './resources/api-keys.ts';
import { AuthResource } from './resources/auth.ts';
import { DashboardResource } from './resources/dashboard.ts';
import { ExportsResource } from './resources/exports.ts';
import { ClientFilesResource, FilesResource } from './resources/files.ts';
import { MembersResource } from './resources/members.ts';
import { ClientPortalsResource, PortalsResource } from './resources/portals.ts';
import { ApprovalsResource, ClientApprovalsResource } from './resources/approvals.ts';
import { CommentsResource } from './resources/comments.ts';
import { ClientEventsResource, EventsResource } from './resources/events.ts';
import { RequestItemsResource } from './resources/request-items.ts';
import { RequestTemplatesResource } from './resources/request-templates.ts';
import { ClientRequestsResource, RequestsResource } from './resources/requests.ts';
import { SessionsResource } from './resources/sessions.ts';
import { SignInLinksResource } from './resources/sign-in-links.ts';
import { SystemResource } from './resources/system.ts';
import { UploadsResource } from './resources/uploads.ts';
import { UsersResource } from './resources/users.ts';
import type { SignIn as SignInTo } from './resources/verifications.ts';
import { VersionsResource } from './resources/versions.ts';
import { WebhookEndpointsResource } from './resources/webhook-endpoints.ts';
import { WidgetResource } from './resources/widget.ts';
import { WorkspaceResource } from './resources/workspace.ts';
import { CLIENT_OPERATIONS, OWNER_OPERATIONS } from './operations.ts';
import type { OperationTable } from './public-operations.ts';
import { PublicFoyer, transportOf, type FoyerOptions } from './public-client.ts';

export { DEFAULT_TIMEOUT, PublicFoyer, type FoyerOptions } from './public-client.ts';

/**
 * A Foyer client with only the groups a client session (`cs_…`) may call: a portal's public face, the client
 * sign-in, the caller itself, files and versions, comments, approvals, document requests and the activity. For
 * browser apps for clients, where bytes count: the owner groups of {@link Foyer} and the owner's operations
 * stay out of the bundle (`<foyer-portal>` uses it). Its groups have only a client's methods (`portals` is a
 * {@link ClientPortalsResource}: `get`, `downloadArchive`, `getPublic`); `Foyer`'s add the owner's. Same
 * options, same behaviour as `Foyer` for every call they have; everything else, use `Foyer`.
 */
export class ClientFoyer extends PublicFoyer {
  /** The client's portal, its files as one zip, and its public face. */
  declare readonly portals: ClientPortalsResource;

  /** @internal What a client session (or no credential) may call through these groups. */
  protected static override readonly operations: readonly OperationTable[] = [CLIENT_OPERATIONS];
  /** Liveness and readiness probes. */
  readonly system: SystemResource;
  /** Comments on files, with one level of replies (owners and clients). */
  readonly comments: CommentsResource;
  /** Approval requests and decisions. */
  readonly approvals: ClientApprovalsResource;
  /** A portal's activity and audit trail. */
  readonly events: ClientEventsResource;
  /** Files: streamed uploads with progress, metadata, streamed downloads. */
  readonly files: ClientFilesResource;
  /** A file's versions. */
  readonly versions: VersionsResource;
  /** Document requests: what the business asks the client for, with each item's files. */
  readonly requests: ClientRequestsResource;
  /** Request items: review, edit, or set aside. */
  readonly requestItems: RequestItemsResource;
  /** The tus 1.0 requests of resumable uploads, one by one (`files.uploadResumable()` runs them for you). */
  readonly uploads: UploadsResource;

  /** Creates a client; no request is made until a method is called. */
  constructor(options: FoyerOptions) {
    super(options);
    const http: Http = transportOf(this);
    this.portals = new ClientPortalsResource(http);
    this.system = new SystemResource(http);
    this.comments = new CommentsResource(http);
    this.approvals = new ClientApprovalsResource(http);
    this.events = new ClientEventsResource(http);
    this.files = new ClientFilesResource(http);
    this.versions = new VersionsResource(http);
    this.requests = new ClientRequestsResource(http);
    this.requestItems = new RequestItemsResource(http);
    this.uploads = new UploadsResource(http);
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
  /** Client portals, their public face and their secret links. */
  declare readonly portals: PortalsResource;
  /** Files: streamed uploads with progress, metadata, streamed downloads. */
  declare readonly files: FilesResource;
  /** Approval requests and decisions. */
  declare readonly approvals: ApprovalsResource;
  /** The activity and audit trail. */
  declare readonly events: EventsResource;
  /** Document requests: what the business asks the client for, with each item's files. */
  declare readonly requests: RequestsResource;
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

  /** @internal Every operation: the client's and the owner's. */
  protected static override readonly operations: readonly OperationTable[] = [CLIENT_OPERATIONS, OWNER_OPERATIONS];

  /** Creates a client; no request is made until a method is called. */
  constructor(options: FoyerOptions) {
    super(options);
    const http: Http = transportOf(this);
    // The groups ClientFoyer made with a client's methods, again with the owner's too.
    this.portals = new PortalsResource(http);
    this.files = new FilesResource(http);
    this.approvals = new ApprovalsResource(http);
    this.events = new EventsResource(http);
    this.requests = new RequestsResource(http);
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
