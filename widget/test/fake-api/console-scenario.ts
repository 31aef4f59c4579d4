// What a console browser test tells the fake API about its workspace (`PUT /__fake/console/{key}`), shared by
// the fake (Node) and the tests (browser): types and pure helpers only. One workspace per test, keyed by a
// random 32-character key; the signed-in user's session token and CSRF value derive from it.
import type { OperationId, Schema } from '@foyer/sdk';

type User = Schema<'User'>;

/** A status a test may make an operation answer instead of its usual one, with the matching error code. */
export type FailureStatus = 401 | 403 | 404 | 409 | 500 | 503;

export interface ConsoleScenario {
  /** The workspace (`GET /v1/workspace`); a default Acme Accounting fills what is left out. */
  workspace?: Partial<Schema<'Workspace'>>;
  /** The workspace's users; the first one is the signed-in user unless `me` names another. */
  users?: User[];
  /** The signed-in user's id. */
  me?: string;
  /** Whether the registration signs the user in (sets the session and CSRF cookies). Default true. */
  signedIn?: boolean;
  /** The dashboard's portals, in any order (the fake sorts them by latest activity). */
  portals?: Schema<'PortalSummary'>[];
  /** Members by portal id (new portals' members are added here). */
  members?: Record<string, Schema<'Member'>[]>;
  apiKeys?: Schema<'ApiKey'>[];
  webhooks?: { endpoint: Schema<'WebhookEndpoint'>; deliveries: Schema<'WebhookDelivery'>[] }[];
  /** The signed-in user's own sessions; the first is the current one. */
  sessions?: Schema<'UserSession'>[];
  /** Other workspaces the user's address belongs to: a sign-in then answers a `workspace_choice`. */
  otherWorkspaces?: Schema<'WorkspaceOption'>[];
  widget?: Schema<'WidgetBuild'>;
  /** Seconds `startUserSignIn` answers 429 with (`Retry-After`). */
  rateLimit?: number;
  /** Milliseconds an operation's answers wait. */
  delays?: Partial<Record<OperationId, number>>;
  /** Operations that fail with this status (and its usual error code) instead of answering. */
  failures?: Partial<Record<OperationId, FailureStatus>>;
  /** Free room for other fake-API modules' own state of this workspace. */
  extra?: Record<string, unknown>;
}

/** One request the console made, as the fake saw it. */
export interface ConsoleCall {
  operationId: string;
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  /** The JSON body, if any. */
  body: unknown;
  /** The `X-Foyer-Csrf` header, or null. */
  csrf: string | null;
  /** How the request was authenticated. */
  via: 'cookie' | 'bearer' | 'none';
}

/** The signed-in user's session token for a workspace key (32 characters of `0-9a-z`). */
export function userToken(key: string): string {
  return `us_${key}.${'u'.repeat(43)}`;
}

/** The workspace key a user token belongs to. */
export function keyOfToken(token: string): string | undefined {
  return /^us_([0-9a-z]{32})\.u{43}$/.exec(token)?.[1];
}

/** The value of the `foyer_csrf` cookie the fake sets for a workspace key. */
export function csrfValue(key: string): string {
  return `csrf-${key}`;
}

/** The `choice_token` the fake answers for a workspace key. */
export function choiceToken(key: string): string {
  return `${key}${'c'.repeat(11)}`;
}

/** The code and the magic-link token the fake accepts for every user. */
export const USER_CODE = '123456';
export const USER_LINK_TOKEN = 'L'.repeat(43);
