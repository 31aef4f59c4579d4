// The fake API's answers to the console shell: who am I, the user's own sessions, the workspace and its
// settings, users, API keys, webhooks, the widget build, the dashboard, and a new portal with its members.
import type { Schema } from '@foyer/sdk';
import { sessionCookies } from './console-cookies.ts';
import type { ConsoleHandlers, ConsoleWorkspace } from './console.ts';
import { nextNumber, page, problem, reply } from './respond.ts';
import { fakeId } from './scenario.ts';

type PortalSummary = Schema<'PortalSummary'>;
type PortalState = Schema<'PortalState'>;

const now = () => new Date().toISOString();
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function activeOwners(ws: ConsoleWorkspace): number {
  return ws.users.filter((u) => u.role === 'owner').length;
}

/** The dashboard's summaries for `q`, latest activity first, with `counts` of every state. */
function dashboard(ws: ConsoleWorkspace, q: string | undefined, filter: PortalState | undefined) {
  const needle = q?.toLowerCase();
  const matching = ws.portals.filter(
    (s) =>
      !needle ||
      s.portal.name.toLowerCase().includes(needle) ||
      (s.portal.client_name ?? '').toLowerCase().includes(needle) ||
      s.client_emails.some((e) => e.includes(needle)),
  );
  const counts = { waiting_on_us: 0, waiting_on_client: 0, done: 0, archived: 0 };
  for (const s of matching) counts[s.state]++;
  const shown = matching
    .filter((s) => (filter ? s.state === filter : s.state !== 'archived'))
    .sort((a, b) => b.last_activity_at.localeCompare(a.last_activity_at));
  return { shown, counts };
}

export const shellHandlers: ConsoleHandlers = {
  getMe: ({ ctx, ws, user }) => reply(ctx, 'getMe', 200, { kind: 'user', user, workspace_id: ws.workspace.id }),

  signOutUser: ({ ctx, ws }) => {
    ws.signedOut = true;
    reply(ctx, 'signOutUser', 204, undefined, { 'Set-Cookie': sessionCookies() });
  },

  listUserSessions: ({ ctx, ws }) => reply(ctx, 'listUserSessions', 200, page(ctx, ws.sessions)),

  revokeUserSession: ({ ctx, ws, params }) => {
    const session = ws.sessions.find((s) => s.id === params.user_session_id);
    if (!session) return problem(ctx, 'revokeUserSession', 404, 'not_found', 'Not found');
    ws.sessions = ws.sessions.filter((s) => s !== session);
    if (session.current) ws.signedOut = true;
    reply(ctx, 'revokeUserSession', 204, undefined);
  },

  getWorkspace: ({ ctx, ws }) => reply(ctx, 'getWorkspace', 200, ws.workspace),

  updateWorkspace: ({ ctx, ws, body }) => {
    const changes = body as Schema<'WorkspaceUpdate'>;
    ws.workspace = {
      ...ws.workspace,
      ...changes,
      branding: { ...ws.workspace.branding, ...changes.branding },
      updated_at: now(),
    };
    reply(ctx, 'updateWorkspace', 200, ws.workspace);
  },

  listUsers: ({ ctx, ws }) => reply(ctx, 'listUsers', 200, page(ctx, ws.users)),

  inviteUser: ({ ctx, ws, body }) => {
    const invite = body as Schema<'UserCreate'>;
    const email = invite.email.toLowerCase();
    if (ws.users.some((u) => u.email === email))
      return problem(ctx, 'inviteUser', 409, 'user_exists', 'This person is already a user of the workspace.');
    const user: Schema<'User'> = {
      id: fakeId('usr', nextNumber()),
      email,
      name: invite.name ?? null,
      role: invite.role ?? 'staff',
      status: 'invited',
      notifications: { muted: false, muted_portal_ids: [] },
      last_sign_in_at: null,
      created_at: now(),
      updated_at: now(),
    };
    ws.users.push(user);
    reply(ctx, 'inviteUser', 201, user);
  },

  updateUser: ({ ctx, ws, user: caller, params, body }) => {
    const changes = body as Schema<'UserUpdate'>;
    const user = ws.users.find((u) => u.id === params.user_id);
    if (!user) return problem(ctx, 'updateUser', 404, 'not_found', 'Not found');
    if (caller.role === 'staff' && (user.id !== caller.id || changes.role !== undefined))
      return problem(ctx, 'updateUser', 403, 'owner_role_required', 'Only an owner of the workspace may do this.');
    if (changes.role === 'staff' && user.role === 'owner' && activeOwners(ws) === 1)
      return problem(ctx, 'updateUser', 409, 'last_owner', 'The workspace needs at least one owner.');
    Object.assign(user, changes, { updated_at: now() });
    reply(ctx, 'updateUser', 200, user);
  },

  removeUser: ({ ctx, ws, params }) => {
    const user = ws.users.find((u) => u.id === params.user_id);
    if (!user) return problem(ctx, 'removeUser', 404, 'not_found', 'Not found');
    if (user.role === 'owner' && activeOwners(ws) === 1)
      return problem(ctx, 'removeUser', 409, 'last_owner', 'The workspace needs at least one owner.');
    ws.users = ws.users.filter((u) => u !== user);
    reply(ctx, 'removeUser', 204, undefined);
  },

  listApiKeys: ({ ctx, ws }) => reply(ctx, 'listApiKeys', 200, page(ctx, ws.apiKeys)),

  createApiKey: ({ ctx, ws, user, body }) => {
    const n = nextNumber();
    const id = fakeId('key', n);
    const key: Schema<'ApiKey'> = {
      id,
      name: (body as Schema<'ApiKeyCreate'>).name,
      prefix: `sk_${id.slice(4, 12)}`,
      created_at: now(),
      last_used_at: null,
      created_by: { kind: 'user', id: user.id, email: user.email },
    };
    ws.apiKeys.unshift(key);
    reply(ctx, 'createApiKey', 201, { ...key, api_key: `sk_${id.slice(4)}.${'S'.repeat(43)}` });
  },

  revokeApiKey: ({ ctx, ws, params }) => {
    if (!ws.apiKeys.some((k) => k.id === params.api_key_id)) return problem(ctx, 'revokeApiKey', 404, 'not_found', 'Not found');
    ws.apiKeys = ws.apiKeys.filter((k) => k.id !== params.api_key_id);
    reply(ctx, 'revokeApiKey', 204, undefined);
  },

  listWebhookEndpoints: ({ ctx, ws }) =>
    reply(
      ctx,
      'listWebhookEndpoints',
      200,
      page(
        ctx,
        ws.webhooks.map((w) => w.endpoint),
      ),
    ),

  createWebhookEndpoint: ({ ctx, ws, body }) => {
    const create = body as Schema<'WebhookEndpointCreate'>;
    const endpoint: Schema<'WebhookEndpoint'> = {
      id: fakeId('whe', nextNumber()),
      url: create.url,
      events: create.events ?? ['*'],
      status: 'enabled',
      disabled_reason: null,
      created_at: now(),
    };
    ws.webhooks.unshift({ endpoint, deliveries: [] });
    reply(ctx, 'createWebhookEndpoint', 201, { ...endpoint, secret: `whsec_${'A'.repeat(43)}=` });
  },

  deleteWebhookEndpoint: ({ ctx, ws, params }) => {
    if (!ws.webhooks.some((w) => w.endpoint.id === params.endpoint_id))
      return problem(ctx, 'deleteWebhookEndpoint', 404, 'not_found', 'Not found');
    ws.webhooks = ws.webhooks.filter((w) => w.endpoint.id !== params.endpoint_id);
    reply(ctx, 'deleteWebhookEndpoint', 204, undefined);
  },

  listWebhookDeliveries: ({ ctx, ws, params }) => {
    const hook = ws.webhooks.find((w) => w.endpoint.id === params.endpoint_id);
    if (!hook) return problem(ctx, 'listWebhookDeliveries', 404, 'not_found', 'Not found');
    reply(ctx, 'listWebhookDeliveries', 200, page(ctx, hook.deliveries));
  },

  resendWebhookDelivery: ({ ctx, ws, params }) => {
    const hook = ws.webhooks.find((w) => w.endpoint.id === params.endpoint_id);
    const delivery = hook?.deliveries.find((d) => d.id === params.delivery_id);
    if (!hook || !delivery) return problem(ctx, 'resendWebhookDelivery', 404, 'not_found', 'Not found');
    if (delivery.status !== 'failed')
      return problem(ctx, 'resendWebhookDelivery', 409, 'delivery_not_failed', 'Only a failed delivery can be sent again.');
    delivery.status = 'pending';
    delivery.next_attempt_at = now();
    hook.endpoint.status = 'enabled';
    hook.endpoint.disabled_reason = null;
    reply(ctx, 'resendWebhookDelivery', 202, delivery);
  },

  getWidgetBuild: ({ ctx, ws }) => reply(ctx, 'getWidgetBuild', 200, ws.widget),

  getDashboard: ({ ctx, ws }) => {
    const filter = text(ctx.query.filter) as PortalState | '';
    const { shown, counts } = dashboard(ws, text(ctx.query.q) || undefined, filter || undefined);
    reply(ctx, 'getDashboard', 200, { ...page(ctx, shown), counts });
  },

  listPortals: ({ ctx, ws }) =>
    reply(
      ctx,
      'listPortals',
      200,
      page(
        ctx,
        ws.portals.map((s) => s.portal).sort((a, b) => b.created_at.localeCompare(a.created_at)),
      ),
    ),

  createPortal: ({ ctx, ws, body }) => {
    const create = body as Schema<'PortalCreate'>;
    const id = fakeId('prt', nextNumber());
    const portal: Schema<'Portal'> = {
      id,
      name: create.name,
      client_name: create.client_name ?? null,
      access_mode: create.access_mode ?? 'verified',
      status: 'active',
      client_uploads: create.client_uploads ?? true,
      url: `http://localhost/p/${id}`,
      requests: { open_items: 0, submitted_items: 0, overdue_items: 0, next_due_at: null },
      created_at: now(),
      updated_at: now(),
    };
    const summary: PortalSummary = {
      portal,
      client_emails: [],
      member_count: 0,
      last_activity_at: now(),
      seen_at: null,
      state: 'done',
      waiting: { new_uploads: 0, unanswered_comments: 0, pending_approvals: 0, overdue_approvals: 0 },
    };
    ws.portals.push(summary);
    ws.members[id] = [];
    reply(ctx, 'createPortal', 201, portal);
  },

  addMember: ({ ctx, ws, params, body }) => {
    const add = body as Schema<'MemberCreate'>;
    const members = ws.members[params.portal_id!];
    const summary = ws.portals.find((s) => s.portal.id === params.portal_id);
    if (!members || !summary) return problem(ctx, 'addMember', 404, 'not_found', 'Not found');
    const member: Schema<'Member'> = {
      id: fakeId('mem', nextNumber()),
      portal_id: summary.portal.id,
      email: add.email.toLowerCase(),
      name: add.name ?? null,
      status: 'active',
      verified: false,
      notifications: 'all',
      locale: add.locale ?? null,
      locale_source: add.locale ? 'owner' : null,
      last_seen_at: null,
      created_at: now(),
    };
    members.push(member);
    if (summary.client_emails.length < 5) summary.client_emails.push(member.email);
    summary.member_count++;
    reply(ctx, 'addMember', 201, member);
  },

  markPortalSeen: ({ ctx, ws, params }) => {
    const summary = ws.portals.find((s) => s.portal.id === params.portal_id);
    if (!summary) return problem(ctx, 'markPortalSeen', 404, 'not_found', 'Not found');
    summary.seen_at = now();
    summary.waiting.new_uploads = 0;
    reply(ctx, 'markPortalSeen', 204, undefined);
  },
};
