import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/lib/ids.ts';
import { insertDelivery } from '../src/modules/webhooks/repository.ts';
import { operations, validValue, type Operation } from './support/contract.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { seedPreview } from './support/previews.ts';
import { seedRequestObjects } from './support/requests.ts';
import { seedUpload } from './support/tus.ts';
import { fileForm } from './support/uploads.ts';

// A client session reaches only its own portal, and no owner-only operation: everything else is 404.
// Driven from openapi.yaml (`x-foyer-credentials`), so a new operation is covered without editing this file.
let ctx: TestContext;
let owner: TestWorkspace;
let stranger: TestWorkspace;
let clientToken: string;
/** Objects by path parameter: the client's own portal, another portal of the same workspace, another workspace's. */
const own: Record<string, string> = {};
const sibling: Record<string, string> = {};
const foreign: Record<string, string> = {};
const json = { 'content-type': 'application/json' };

async function seed(ws: TestWorkspace, into: Record<string, string>, memberEmail: string): Promise<void> {
  const portal = await ctx.fetch('/v1/portals', { apiKey: ws.apiKey, method: 'POST', headers: json, body: JSON.stringify({ name: 'P' }) });
  into.portal_id = ((await portal.json()) as { id: string }).id;
  const file = await ctx.upload(`/v1/portals/${into.portal_id}/files`, fileForm(Buffer.from('secret')), ws.apiKey);
  into.file_id = ((await file.json()) as { id: string }).id;
  into.preview_id = await seedPreview(ctx, into.file_id);
  const member = await ctx.fetch(`/v1/portals/${into.portal_id}/members`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: memberEmail }),
  });
  into.member_id = ((await member.json()) as { id: string }).id;
  const link = await ctx.fetch(`/v1/portals/${into.portal_id}/sign-in-links`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ member_id: into.member_id }),
  });
  const token = new URL(((await link.json()) as { url: string }).url).hash.replace('#token=', '');
  const session = await ctx.fetch(`/v1/portals/${into.portal_id}/verifications/confirm`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ token }),
  });
  const sessionToken = ((await session.json()) as { session_token: string }).session_token;
  into.session_id = `ses_${sessionToken.slice(3, 35)}`;
  // A public IP literal needs no DNS; no approval is ever decided here, so it is never called.
  const endpoint = await ctx.fetch('/v1/webhook-endpoints', {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ url: 'https://93.184.215.14/hook', events: ['approval.approved'] }),
  });
  into.endpoint_id = ((await endpoint.json()) as { id: string }).id;
  // A delivery of that endpoint (of the file's upload event), as the webhooks consumer would record one.
  const uploaded = await ctx.db
    .selectFrom('events')
    .select(['id', 'type'])
    .where('portal_id', '=', into.portal_id)
    .where('type', '=', 'file.uploaded')
    .executeTakeFirstOrThrow();
  into.delivery_id = newId('webhookDelivery');
  await insertDelivery(ctx.db, {
    id: into.delivery_id,
    endpoint_id: into.endpoint_id,
    workspace_id: ws.workspaceId,
    event_id: uploaded.id,
    event_type: uploaded.type,
  });
  into.token = sessionToken;
  const comment = await ctx.fetch(`/v1/files/${into.file_id}/comments`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ body: 'hello' }),
  });
  into.comment_id = ((await comment.json()) as { id: string }).id;
  const approval = await ctx.fetch(`/v1/files/${into.file_id}/approval-requests`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: '{}',
  });
  into.approval_request_id = ((await approval.json()) as { id: string }).id;
  const exported = await ctx.fetch(`/v1/portals/${into.portal_id}/exports`, { apiKey: ws.apiKey, method: 'POST' });
  into.export_id = ((await exported.json()) as { id: string }).id;
  Object.assign(into, await seedRequestObjects(ctx, ws, into.portal_id));
  into.upload_id = await seedUpload(ctx, ws.apiKey, into.portal_id);
  // People of the business: a user and their session, and the workspace's API key.
  const user = await ctx.newUser(ws.workspaceId, { role: 'owner' });
  into.user_id = user.id;
  into.user_session_id = user.sessionId;
  into.api_key_id = ws.keyId;
  into.user_token = user.token;
}

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Owner');
  stranger = await ctx.newWorkspace('Stranger');
  await seed(owner, own, 'client@own.example');
  await seed(owner, sibling, 'client@sibling.example');
  await seed(stranger, foreign, 'client@foreign.example');
  clientToken = own.token!;
});
afterAll(() => ctx.close());

function url(op: Operation, objects: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => objects[name] ?? `missing-${name}`);
}

function body(op: Operation): RequestInit {
  if (op.multipart) {
    const form = fileForm(Buffer.from('intrusion'));
    return { headers: { 'content-type': form.contentType }, body: new Uint8Array(form.body) };
  }
  return op.requestSchema ? { headers: json, body: JSON.stringify(op.requestExample ?? validValue(op.requestSchema)) } : {};
}

async function expectNotFound(op: Operation, objects: Record<string, string>): Promise<void> {
  const res = await ctx.fetch(url(op, objects), { method: op.method, apiKey: clientToken, ...body(op) });
  const text = op.method === 'HEAD' ? '' : await res.text();
  expect(res.status, `${op.method} ${url(op, objects)}: ${text}`).toBe(404);
  if (op.method !== 'HEAD') expect(JSON.parse(text)).toMatchObject({ code: 'not_found' });
}

const all = operations().filter((op) => op.path.startsWith('/v1/'));
const clientOps = all.filter((op) => op.credentials.includes('client') && op.path.includes('{'));
const ownerOnly = all.filter((op) => op.credentials.length > 0 && !op.credentials.includes('client'));

describe('a client session', () => {
  it('is a working session on its own portal', async () => {
    expect((await ctx.fetch(`/v1/portals/${own.portal_id}/files`, { apiKey: clientToken })).status).toBe(200);
    expect(clientOps.length).toBeGreaterThan(5);
    expect(ownerOnly.length).toBeGreaterThan(10);
  });

  it.each(clientOps.map((op) => [`${op.method} ${op.path}`, op] as const))('gets 404 for another portal: %s', async (_name, op) => {
    await expectNotFound(op, sibling);
    await expectNotFound(op, foreign);
  });

  it.each(ownerOnly.map((op) => [`${op.method} ${op.path}`, op] as const))(
    'gets 404 for an owner-only operation on its own portal: %s',
    async (_name, op) => {
      await expectNotFound(op, own);
    },
  );

  it('changed nothing by trying', async () => {
    const files = await ctx.fetch(`/v1/portals/${sibling.portal_id}/files`, { apiKey: owner.apiKey });
    expect(((await files.json()) as { data: unknown[] }).data).toHaveLength(1);
    const me = await ctx.fetch('/v1/me', { apiKey: clientToken });
    expect(me.status).toBe(200);
    const portal = await ctx.fetch(`/v1/portals/${own.portal_id}`, { apiKey: owner.apiKey });
    expect(await portal.json()).toMatchObject({ name: 'P', status: 'active' });
    // The key it tried to revoke and the user it tried to remove (and their session) are all still there.
    expect((await ctx.fetch('/v1/me', { apiKey: own.user_token })).status).toBe(200);
  });
});
