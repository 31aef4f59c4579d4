// Type helpers that read request and response shapes straight from the generated contract, so no SDK
// signature ever restates a field by hand: change openapi.yaml, run `npm run generate`, and every method
// follows.
import type { components, operations } from './contract.ts';

/** The `operationId` of any operation in `openapi.yaml`. */
export type OperationId = keyof operations;

type Parameters<K extends OperationId> = operations[K]['parameters'];

/** The path parameters of an operation, e.g. `{ portal_id: string }`. */
export type PathParams<K extends OperationId> = NonNullable<Parameters<K>['path']>;

/** The query parameters of an operation, e.g. `{ limit?: number; cursor?: string }`. */
export type QueryParams<K extends OperationId> = NonNullable<Parameters<K>['query']>;

type JsonContent<T> = T extends { content: { 'application/json': infer C } } ? C : never;

/** The JSON request body of an operation. */
export type RequestBody<K extends OperationId> = JsonContent<NonNullable<operations[K]['requestBody']>>;

type Responses<K extends OperationId> = operations[K]['responses'];
type SuccessStatus = 200 | 201 | 202 | 204;

/** What a successful call resolves to: the JSON body of the 2xx response, or `void` when it has none. */
export type ResponseBody<K extends OperationId> = Responses<K>[SuccessStatus & keyof Responses<K>] extends {
  content: { 'application/json': infer C };
}
  ? C
  : void;

/** A schema of the contract by name: `Schema<'Portal'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** A portal, as the API returns it. */
export type Portal = Schema<'Portal'>;
/** The caller's workspace, as the API returns it. */
export type Workspace = Schema<'Workspace'>;
/** A file with its current version. */
export type File = Schema<'File'>;
/** One version of a file: its size, detected type, sha256 and uploader. */
export type FileVersion = Schema<'FileVersion'>;
/** A client contact of a portal. */
export type Member = Schema<'Member'>;
/** One remembered device of a member. */
export type Session = Schema<'Session'>;
/** What a confirmed verification answers: the session token (shown once), its expiry and the member. */
export type SessionCreated = Schema<'SessionCreated'>;
/** What the sign-in screen shows of a portal (no credentials needed). */
export type PublicPortal = Schema<'PublicPortal'>;
/** The caller: a client session's member and portal, or an owner's workspace. */
export type Me = Schema<'Me'>;
/** An RFC 9457 problem document, the body of every error response. */
export type Problem = Schema<'Problem'>;
/** A stable error code of the contract. */
export type ErrorCode = Schema<'ErrorCode'>;
/** A person of the business: a workspace user with the role `owner` or `staff`. */
export type User = Schema<'User'>;
/** One of a user's own sessions (a device signed in to the console). */
export type UserSession = Schema<'UserSession'>;
/** A confirmed user sign-in: the user, the workspace and, with `transport: 'token'`, the session token. */
export type UserSessionCreated = Schema<'UserSessionCreated'>;
/** A user sign-in that must name its workspace: the `choice_token` and the workspaces to choose from. */
export type WorkspaceChoice = Schema<'WorkspaceChoice'>;
/** A workspace as a sign-in offers it: id, name and branding. */
export type WorkspaceOption = Schema<'WorkspaceOption'>;
/** An API key as listed (never its secret). */
export type ApiKey = Schema<'ApiKey'>;
/** A new API key with its secret `api_key`, shown once. */
export type ApiKeyCreated = Schema<'ApiKeyCreated'>;
/** One page of the dashboard, with `counts` of every state. */
export type Dashboard = Schema<'Dashboard'>;
/** One portal on the dashboard: client, last activity and what waits in it. */
export type PortalSummary = Schema<'PortalSummary'>;
/** Where a portal stands: `waiting_on_us`, `waiting_on_client`, `done` or `archived`. */
export type PortalState = Schema<'PortalState'>;
/** A webhook endpoint (without its secret). */
export type WebhookEndpoint = Schema<'WebhookEndpoint'>;
/** One delivery of an event to a webhook endpoint, with every attempt. */
export type WebhookDelivery = Schema<'WebhookDelivery'>;
/** The `<foyer-portal>` build to embed: `script_url`, `integrity`, `api_base`. */
export type WidgetBuild = Schema<'WidgetBuild'>;
