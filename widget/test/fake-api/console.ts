// The console's side of the fake API: a workspace per test (`PUT /__fake/console/{key}`, see
// console-scenario.ts), the user sign-in (code, magic link, workspace choice) with the session cookie and the
// CSRF double-submit check, and a dispatcher that finds each request's operation in openapi.yaml and hands it
// to the handler module that answers it (console-handlers.ts lists them). Before a handler runs, the
// dispatcher applies what the contract says for every operation: credentials, `x-foyer-role: owner` for a
// `staff` user (403 `owner_role_required`), and the scenario's delays and failures.
import type { ErrorCode, OperationId, Schema } from '@foyer/sdk';
import { operationFor, ownerRoleRequired } from './contract.ts';
import { sessionCookies as cookies } from './console-cookies.ts';
import { consoleHandlers } from './console-handlers.ts';
import {
  USER_CODE,
  USER_LINK_TOKEN,
  choiceToken,
  keyOfToken,
  userToken,
  type ConsoleCall,
  type ConsoleScenario,
  type FailureStatus,
} from './console-scenario.ts';
import { json, problem, reply, sleep, violation, type FakeContext } from './respond.ts';
import { fakeId } from './scenario.ts';

type User = Schema<'User'>;

/** A registered workspace: the scenario with its defaults filled in, and what happened since. */
export interface ConsoleWorkspace extends Required<Omit<ConsoleScenario, 'me' | 'signedIn' | 'rateLimit' | 'workspace'>> {
  key: string;
  workspace: Schema<'Workspace'>;
  me: string;
  rateLimit?: number;
  /** Every authenticated request, oldest first. */
  calls: ConsoleCall[];
  /** The addresses codes were asked for. */
  codesFor: string[];
  /** The user signed out (or the session was revoked): the token is refused until the next sign-in. */
  signedOut: boolean;
}

/** What a handler gets: the request, its workspace, the caller and the operation. */
export interface ConsoleRequest {
  ctx: FakeContext;
  ws: ConsoleWorkspace;
  /** The signed-in user making the request. */
  user: User;
  operationId: OperationId;
  /** The path parameters, by the contract's names. */
  params: Record<string, string>;
  /** The JSON body (an empty object without one; a multipart body is left unread in `ctx.req`). */
  body: unknown;
}

/** Answers one operation; registered by operationId in console-handlers.ts. */
export type ConsoleHandler = (request: ConsoleRequest) => void | Promise<void>;
export type ConsoleHandlers = { [K in OperationId]?: ConsoleHandler };

const workspaces = new Map<string, ConsoleWorkspace>();

const FAILURE_CODES: Record<FailureStatus, ErrorCode> = {
  401: 'invalid_credentials',
  403: 'owner_role_required',
  404: 'not_found',
  409: 'last_owner',
  500: 'internal_error',
  503: 'service_unavailable',
};

function readCookie(ctx: FakeContext, name: string): string | undefined {
  for (const pair of (ctx.get('cookie') || '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/** A console request: the user sign-in, or anything with a user session (`us_…` token, or the cookie without a token). */
export function isConsoleCall(ctx: FakeContext): boolean {
  if (ctx.path.startsWith('/v1/auth/')) return true;
  const auth = ctx.get('authorization');
  if (auth) return auth.startsWith('Bearer us_');
  return readCookie(ctx, 'foyer_session') !== undefined;
}

export function defaultUser(key: string, overrides: Partial<User> = {}): User {
  return {
    id: fakeId('usr', parseInt(key.slice(-6), 36)),
    email: 'olive@acme.test',
    name: 'Olive Owner',
    role: 'owner',
    status: 'active',
    notifications: { muted: false, muted_portal_ids: [] },
    last_sign_in_at: '2026-11-20T10:00:00.000Z',
    created_at: '2026-01-05T09:00:00.000Z',
    updated_at: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

/**
 * `PUT /__fake/console/{key}` registers a workspace (answering the cookies of its scenario); `PATCH` replaces some of
 * its fields (e.g. `portals`, `failures`); `GET` reads it back.
 */
export async function consoleControl(ctx: FakeContext): Promise<void> {
  const key = ctx.path.slice('/__fake/console/'.length);
  ctx.type = 'application/json';
  if (ctx.method === 'GET') {
    ctx.body = JSON.stringify(workspaces.get(key) ?? null);
    return;
  }
  const s = await json<ConsoleScenario>(ctx.req);
  const known = workspaces.get(key);
  if (ctx.method === 'PATCH' && known) {
    // A test changes the workspace under the console's feet: new portals, failures lifted, …
    Object.assign(known, s);
    ctx.body = JSON.stringify({ token: userToken(key) });
    return;
  }
  const users = s.users ?? [defaultUser(key)];
  const now = '2026-01-05T09:00:00.000Z';
  const ws: ConsoleWorkspace = {
    key,
    workspace: {
      id: `wsp_${key}`,
      name: 'Acme Accounting',
      branding: { display_name: 'Acme Accounting', logo_url: null, accent_color: '#0f766e' },
      allowed_origins: [],
      notify_emails: [],
      owner_emails: users.filter((u) => u.role === 'owner').map((u) => u.email),
      created_at: now,
      updated_at: now,
      ...s.workspace,
    },
    users,
    me: s.me ?? users[0]!.id,
    portals: s.portals ?? [],
    members: s.members ?? {},
    apiKeys: s.apiKeys ?? [],
    webhooks: s.webhooks ?? [],
    sessions: s.sessions ?? [],
    otherWorkspaces: s.otherWorkspaces ?? [],
    widget: s.widget ?? {
      script_url: `${new URL(ctx.get('origin') || 'http://localhost:8000').origin}/widget.0123456789abcdef.js`,
      integrity: `sha384-${'A'.repeat(64)}`,
      api_base: new URL(ctx.get('origin') || 'http://localhost:8000').origin,
    },
    rateLimit: s.rateLimit,
    delays: s.delays ?? {},
    failures: s.failures ?? {},
    extra: s.extra ?? {},
    calls: [],
    codesFor: [],
    signedOut: s.signedIn === false,
  };
  workspaces.set(key, ws);
  ctx.set('Set-Cookie', cookies(s.signedIn === false ? undefined : key));
  ctx.body = JSON.stringify({ token: userToken(key) });
}

/** The latest registered workspace with a user of this address (tests reuse addresses; the latest is this test's). */
function workspaceOfEmail(email: string): ConsoleWorkspace | undefined {
  let found: ConsoleWorkspace | undefined;
  for (const ws of workspaces.values()) if (ws.users.some((u) => u.email === email.toLowerCase())) found = ws;
  return found;
}

function option(ws: ConsoleWorkspace, user: User): Schema<'WorkspaceOption'> {
  return { id: ws.workspace.id, name: ws.workspace.name, branding: ws.workspace.branding, role: user.role };
}

/** `POST /v1/auth/verifications` and `/confirm`: the user sign-in, without credentials. */
async function signIn(ctx: FakeContext): Promise<void> {
  if (ctx.path === '/v1/auth/verifications') {
    const { email } = await json<{ email: string }>(ctx.req);
    const ws = workspaceOfEmail(email);
    ws?.codesFor.push(email);
    if (ws?.rateLimit)
      return problem(ctx, 'startUserSignIn', 429, 'rate_limited', 'Too many requests', { 'Retry-After': String(ws.rateLimit) });
    if (ws?.delays.startUserSignIn) await sleep(ws.delays.startUserSignIn);
    return reply(ctx, 'startUserSignIn', 202, { status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 });
  }
  const body = await json<Schema<'UserSignInConfirm'>>(ctx.req);
  let ws: ConsoleWorkspace | undefined;
  if (body.choice_token) ws = [...workspaces.values()].find((w) => choiceToken(w.key) === body.choice_token);
  else if (body.token === USER_LINK_TOKEN) ws = [...workspaces.values()].at(-1);
  else if (body.email && body.code === USER_CODE) ws = workspaceOfEmail(body.email);
  if (ws?.delays.confirmUserSignIn) await sleep(ws.delays.confirmUserSignIn);
  const user = ws?.users.find((u) => u.id === ws.me);
  if (!ws || !user) return problem(ctx, 'confirmUserSignIn', 401, 'verification_failed', 'The code is wrong or has expired.');
  ws.calls.push({ operationId: 'confirmUserSignIn', method: 'POST', path: ctx.path, query: {}, body, csrf: null, via: 'none' });
  if (ws.otherWorkspaces.length && !body.workspace_id) {
    return reply(ctx, 'confirmUserSignIn', 200, {
      workspace_choice: {
        choice_token: choiceToken(ws.key),
        expires_at: new Date(Date.now() + 600e3).toISOString(),
        workspaces: [option(ws, user), ...ws.otherWorkspaces],
      },
    });
  }
  ws.signedOut = false;
  const created = { user, workspace: option(ws, user), expires_at: new Date(Date.now() + 30 * 86400e3).toISOString() };
  if (body.transport === 'cookie') return reply(ctx, 'confirmUserSignIn', 201, created, { 'Set-Cookie': cookies(ws.key) });
  return reply(ctx, 'confirmUserSignIn', 201, { ...created, session_token: userToken(ws.key) });
}

/** Koa middleware part: every console request. */
export async function consoleApi(ctx: FakeContext): Promise<void> {
  if (ctx.path === '/v1/auth/verifications' || ctx.path === '/v1/auth/verifications/confirm') return signIn(ctx);
  const found = operationFor(ctx.method, ctx.path);
  if (!found) {
    violation(`the console's fake API has no ${ctx.method} ${ctx.path} (not in openapi.yaml)`);
    return problem(ctx, 'getPortal', 404, 'not_found', 'Not found');
  }
  const operationId = found.operationId as OperationId;

  // Credentials: a bearer token wins over the cookie; the cookie needs the matching CSRF header.
  const auth = ctx.get('authorization');
  const csrf = ctx.get('x-foyer-csrf') || null;
  let key: string | undefined;
  let via: ConsoleCall['via'] = 'none';
  if (auth.startsWith('Bearer ')) {
    key = keyOfToken(auth.slice(7));
    via = 'bearer';
  } else {
    const session = readCookie(ctx, 'foyer_session');
    const sessionKey = session ? keyOfToken(session) : undefined;
    if (sessionKey && csrf) {
      if (csrf !== readCookie(ctx, 'foyer_csrf')) return problem(ctx, operationId, 403 as never, 'csrf_failed', 'The CSRF check failed.');
      key = sessionKey;
      via = 'cookie';
    }
  }
  const ws = key ? workspaces.get(key) : undefined;
  const user = ws?.users.find((u) => u.id === ws.me);
  // Every operation that takes credentials documents this 401; `getMe` stands for all of them.
  if (!ws || !user || ws.signedOut) return problem(ctx, 'getMe', 401, 'invalid_credentials', 'The credentials are not valid');

  const contentType = ctx.get('content-type');
  const body: unknown = contentType.startsWith('application/json') ? await json(ctx.req) : {};
  ws.calls.push({ operationId, method: ctx.method, path: ctx.path, query: { ...ctx.query }, body, csrf, via });

  if (ws.delays[operationId]) await sleep(ws.delays[operationId]);
  const failure = ws.failures[operationId];
  if (failure) return problem(ctx, operationId, failure as never, FAILURE_CODES[failure], `The fake was told to answer ${failure}.`);
  if (user.role === 'staff' && ownerRoleRequired(operationId))
    return problem(ctx, operationId, 403 as never, 'owner_role_required', 'Only an owner of the workspace may do this.');

  const handler = consoleHandlers[operationId];
  if (!handler) {
    violation(`the console's fake API has no handler for ${operationId} (${ctx.method} ${ctx.path})`);
    return problem(ctx, 'getPortal', 404, 'not_found', 'Not found');
  }
  await handler({ ctx, ws, user, operationId, params: found.params, body });
}
