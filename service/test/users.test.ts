import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleId, operations, spec, validValue, type Operation, type OperationNode } from './support/contract.ts';
import { createTestContext, type TestContext, type TestUser, type TestWorkspace } from './support/context.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// Workspace users and their roles: a `staff` user does all portal work and nothing marked `x-foyer-role: owner`
// in openapi.yaml (driven from the contract, so a new operation is covered without editing this file);
// owners manage users (the last owner stays), API keys over HTTP, and every event names the user who acted.
let ctx: TestContext;
let acme: TestWorkspace;
let owner: TestUser;
let staff: TestUser;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  ctx = await createTestContext();
  acme = await ctx.newWorkspace('Acme');
  owner = await ctx.newUser(acme.workspaceId, { role: 'owner', email: 'olivia@acme.example' });
  staff = await ctx.newUser(acme.workspaceId, { role: 'staff', email: 'sam@acme.example' });
});
afterAll(() => ctx.close());

async function call<T = Record<string, unknown>>(
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const res = await ctx.fetch(path, {
    apiKey: token,
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    ...(init.body === undefined ? {} : { headers: json, body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

const roleOperations: Operation[] = operations().filter((op) => {
  const node = (spec.paths[op.path] as Record<string, OperationNode | undefined>)[op.method.toLowerCase()];
  return (node as { 'x-foyer-role'?: string } | undefined)?.['x-foyer-role'] === 'owner';
});

function request(op: Operation): RequestInit {
  const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => exampleId(op.parameters.find((p) => p.name === name)));
  return {
    method: op.method,
    ...(op.requestSchema ? { headers: json, body: JSON.stringify(op.requestExample ?? validValue(op.requestSchema)) } : {}),
    // The URL travels in the init for the loop below.
    ...({ url } as object),
  };
}

describe('a staff user', () => {
  it('finds the owner-only operations in the contract', () => {
    expect(roleOperations.map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'listUsers',
        'inviteUser',
        'removeUser',
        'listApiKeys',
        'createApiKey',
        'updateWorkspace',
        'createWebhookEndpoint',
      ]),
    );
  });

  it.each(roleOperations.map((op) => [`${op.method} ${op.path}`, op] as const))(
    'gets 403 owner_role_required, where an owner user does not: %s',
    async (_name, op) => {
      const { url, ...init } = request(op) as RequestInit & { url: string };
      const refused = await ctx.fetch(url, { ...init, apiKey: staff.token });
      const text = await refused.text();
      expect(refused.status, text).toBe(403);
      expect(JSON.parse(text)).toMatchObject({ code: 'owner_role_required' });
      // The same request by an owner passes the role check (it may still find nothing: the ids are made up).
      const allowed = await ctx.fetch(url, { ...init, apiKey: owner.token });
      expect(allowed.status, await allowed.text()).not.toBe(403);
    },
  );

  it('does all portal work: portals, members, files, comments, approvals, revocation, activity', async () => {
    const portal = await call<{ id: string }>(staff.token, '/v1/portals', { body: { name: '2026 tax return', client_name: 'Dana' } });
    expect(portal.status).toBe(201);
    const member = await call<{ id: string }>(staff.token, `/v1/portals/${portal.body.id}/members`, {
      body: { email: 'dana@client.example' },
    });
    expect(member.status).toBe(201);
    const upload = await ctx.upload(`/v1/portals/${portal.body.id}/files`, fileForm(PDF_BYTES, { filename: 'return.pdf' }), staff.token);
    expect(upload.status).toBe(201);
    const file = (await upload.json()) as { id: string; uploaded_by: { kind: string; id: string } };
    expect(file.uploaded_by).toMatchObject({ kind: 'owner', id: staff.id });
    const comment = await call(staff.token, `/v1/files/${file.id}/comments`, { body: { body: 'Please check page 2' } });
    expect(comment.status).toBe(201);
    const approval = await call(staff.token, `/v1/files/${file.id}/approval-requests`, { body: { approvers: [member.body.id] } });
    expect(approval.status).toBe(201);
    const link = await call(staff.token, `/v1/portals/${portal.body.id}/sign-in-links`, { body: { member_id: member.body.id } });
    expect(link.status).toBe(201);
    expect((await call(staff.token, `/v1/portals/${portal.body.id}/members/${member.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(staff.token, `/v1/portals/${portal.body.id}/events`)).status).toBe(200);
    expect((await call(staff.token, '/v1/workspace')).status).toBe(200);
  });

  it('changes only their own name and notifications', async () => {
    const self = await call<{ name: string; notifications: { muted: boolean } }>(staff.token, `/v1/workspace/users/${staff.id}`, {
      method: 'PATCH',
      body: { name: 'Sam Ortiz', notifications: { muted: true, muted_portal_ids: [] } },
    });
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ name: 'Sam Ortiz', notifications: { muted: true, muted_portal_ids: [] } });
    for (const [id, body] of [
      [staff.id, { role: 'owner' }],
      [owner.id, { name: 'Not yours' }],
    ] as const) {
      const refused = await call(staff.token, `/v1/workspace/users/${id}`, { method: 'PATCH', body });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('owner_role_required');
    }
    const ownerRow = await ctx.db.selectFrom('users').select(['name', 'role']).where('id', '=', staff.id).executeTakeFirstOrThrow();
    expect(ownerRow).toEqual({ name: 'Sam Ortiz', role: 'staff' });
  });
});

describe('managing users', () => {
  it('lists users oldest first with their role, status and notifications', async () => {
    const page = await call<{ data: Array<{ email: string; role: string; status: string }> }>(owner.token, '/v1/workspace/users?limit=100');
    expect(page.status).toBe(200);
    const emails = page.body.data.map((u) => u.email);
    expect(emails.indexOf('olivia@acme.example')).toBeLessThan(emails.indexOf('sam@acme.example'));
    // The workspace's first owner (from `createWorkspace`) comes first.
    expect(page.body.data[0]).toMatchObject({ role: 'owner', status: 'invited' });
    const workspace = await call<{ owner_emails: string[] }>(acme.apiKey, '/v1/workspace');
    expect(workspace.body.owner_emails).toEqual(page.body.data.filter((u) => u.role === 'owner').map((u) => u.email));
  });

  it('refuses to remove or demote the last owner (409 last_owner), and allows it once another owner exists', async () => {
    const solo = await ctx.newWorkspace('Solo');
    const [first] = (await call<{ data: Array<{ id: string }> }>(solo.apiKey, '/v1/workspace/users')).body.data;
    for (const attempt of [
      call(solo.apiKey, `/v1/workspace/users/${first!.id}`, { method: 'DELETE' }),
      call(solo.apiKey, `/v1/workspace/users/${first!.id}`, { method: 'PATCH', body: { role: 'staff' } }),
    ]) {
      const res = await attempt;
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('last_owner');
    }
    const second = await call<{ id: string }>(solo.apiKey, '/v1/workspace/users', {
      body: { email: 'second@solo.example', role: 'owner', send_invite: false },
    });
    expect(second.status).toBe(201);
    // Two owners demoting each other at once: exactly one wins.
    const both = await Promise.all([
      call(solo.apiKey, `/v1/workspace/users/${first!.id}`, { method: 'PATCH', body: { role: 'staff' } }),
      call(solo.apiKey, `/v1/workspace/users/${second.body.id}`, { method: 'PATCH', body: { role: 'staff' } }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const owners = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', solo.workspaceId)
      .where('role', '=', 'owner')
      .execute();
    expect(owners).toHaveLength(1);
  });

  it("ends a removed user's sessions at once: their very next request is 401", async () => {
    const leaving = await ctx.newUser(acme.workspaceId);
    expect((await call(leaving.token, '/v1/portals')).status).toBe(200);
    const removed = await call(owner.token, `/v1/workspace/users/${leaving.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    const after = await call(leaving.token, '/v1/portals');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('invalid_credentials');
    expect(await ctx.db.selectFrom('user_sessions').select('id').where('user_id', '=', leaving.id).execute()).toEqual([]);
    const event = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'user.removed')
      .where('target_id', '=', leaving.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_kind: 'user', actor_id: owner.id, actor_email: owner.email });
    expect(event.data).toMatchObject({ email: leaving.email, sessions_ended: 1 });
    // Another workspace's user is not found.
    const other = await ctx.newWorkspace('Other');
    const stranger = await ctx.newUser(other.workspaceId);
    expect((await call(owner.token, `/v1/workspace/users/${stranger.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses muting a portal of another workspace, naming the entry', async () => {
    const other = await ctx.newWorkspace('Elsewhere');
    const theirs = await call<{ id: string }>(other.apiKey, '/v1/portals', { body: { name: 'Theirs' } });
    const res = await call(owner.token, `/v1/workspace/users/${owner.id}`, {
      method: 'PATCH',
      body: { notifications: { muted: false, muted_portal_ids: [theirs.body.id] } },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('/body/notifications/muted_portal_ids/0');
  });
});

describe('API keys over HTTP', () => {
  it('creates a key shown once, lists keys without secrets, and revokes one: its next request is 401', async () => {
    const created = await call<{ id: string; api_key: string; prefix: string; created_by: unknown }>(owner.token, '/v1/api-keys', {
      body: { name: 'billing sync' },
    });
    expect(created.status).toBe(201);
    expect(created.body.api_key).toMatch(/^sk_[0-9a-z]{32}\.[A-Za-z0-9_-]{43}$/);
    expect(created.body.created_by).toEqual({ kind: 'user', id: owner.id, email: owner.email });
    expect((await call(created.body.api_key, '/v1/workspace')).status).toBe(200);
    const byKey = await call<{ id: string; created_by: unknown }>(acme.apiKey, '/v1/api-keys', { body: { name: 'made by a key' } });
    expect(byKey.body.created_by).toEqual({ kind: 'owner', id: acme.keyId });

    const list = await call<{ data: Array<{ id: string; name: string }> }>(owner.token, '/v1/api-keys');
    expect(list.status).toBe(200);
    // Newest first (the contract's role checks above made keys of their own).
    const mine = [byKey.body.id, created.body.id, acme.keyId];
    expect(list.body.data.map((k) => k.id).filter((id) => mine.includes(id))).toEqual(mine);
    expect(JSON.stringify(list.body)).not.toContain(created.body.api_key.slice(36));

    expect((await call(owner.token, `/v1/api-keys/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(created.body.api_key, '/v1/workspace')).status).toBe(401);
    expect((await call(owner.token, `/v1/api-keys/${created.body.id}`, { method: 'DELETE' })).status).toBe(404);
    const other = await ctx.newWorkspace('Keys elsewhere');
    expect((await call(owner.token, `/v1/api-keys/${other.keyId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await call(other.apiKey, '/v1/workspace')).status).toBe(200);

    const events = await call<{ data: Array<{ type: string; actor: Record<string, unknown>; target: { id: string } }> }>(
      owner.token,
      `/v1/events?actor=${owner.id}&limit=100`,
    );
    const keyEvents = events.body.data.filter((e) => e.type.startsWith('api_key.') && e.target.id === created.body.id);
    expect(keyEvents.map((e) => e.type)).toEqual(['api_key.revoked', 'api_key.created']);
    for (const e of keyEvents) expect(e.actor).toEqual({ kind: 'user', id: owner.id, email: owner.email, sign_in_method: null });
  });
});

describe('who acted', () => {
  it('records a user as {kind: user, id, email} and an API key as {kind: owner, id}; /v1/events filters by user', async () => {
    const portal = await call<{ id: string }>(staff.token, '/v1/portals', { body: { name: 'Actors' } });
    const upload = await ctx.upload(`/v1/portals/${portal.body.id}/files`, fileForm(PDF_BYTES, { filename: 'a.pdf' }), staff.token);
    const file = (await upload.json()) as { id: string };
    expect((await call(acme.apiKey, `/v1/files/${file.id}`, { method: 'PATCH', body: { name: 'b.pdf' } })).status).toBe(200);
    const events = await call<{ data: Array<{ type: string; actor: Record<string, unknown> }> }>(
      owner.token,
      `/v1/portals/${portal.body.id}/events`,
    );
    expect(events.body.data.map((e) => [e.type, e.actor])).toEqual([
      ['file.renamed', { kind: 'owner', id: acme.keyId, sign_in_method: null }],
      ['file.uploaded', { kind: 'user', id: staff.id, email: staff.email, sign_in_method: null }],
    ]);
    const byStaff = await call<{ data: Array<{ actor: { id: string } }> }>(owner.token, `/v1/events?actor=${staff.id}&limit=100`);
    expect(byStaff.status).toBe(200);
    expect(byStaff.body.data.length).toBeGreaterThan(0);
    expect(byStaff.body.data.every((e) => e.actor.id === staff.id)).toBe(true);
  });

  it('shows a user session as {kind: user} at /v1/me and an API key as {kind: owner}', async () => {
    expect((await call(staff.token, '/v1/me')).body).toMatchObject({
      kind: 'user',
      workspace_id: acme.workspaceId,
      user: { id: staff.id, role: 'staff' },
    });
    expect((await call(acme.apiKey, '/v1/me')).body).toEqual({ kind: 'owner', workspace_id: acme.workspaceId });
  });
});
