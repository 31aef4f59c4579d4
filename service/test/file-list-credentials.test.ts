import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/modules/api-keys/service.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { fileForm } from './support/uploads.ts';

// The file list is the busiest read and runs on prepared statements (credential lookup, then one statement
// for the page, its timestamps straight from PostgreSQL's text). These hold it to every rule: a wrong
// secret, a revoked key or member, an expired session or another portal never sees a row, cursors and
// filters pick the right statement, and the page equals what the single-file read answers.
let ctx: TestContext;
let owner: TestWorkspace;
let stranger: TestWorkspace;
let portalId: string;
let otherPortalId: string;
let memberId: string;
const fileIds: string[] = [];
const json = { 'content-type': 'application/json' };

async function post<T>(path: string, apiKey: string, body: unknown): Promise<T> {
  const res = await ctx.fetch(path, { apiKey, method: 'POST', headers: json, body: JSON.stringify(body) });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(300);
  return (await res.json()) as T;
}

async function signIn(portal: string, member: string): Promise<string> {
  const link = await post<{ url: string }>(`/v1/portals/${portal}/sign-in-links`, owner.apiKey, { member_id: member });
  const token = new URL(link.url).hash.replace('#token=', '');
  const res = await ctx.fetch(`/v1/portals/${portal}/verifications/confirm`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ token }),
  });
  return ((await res.json()) as { session_token: string }).session_token;
}

function list(portal: string, token: string, query = '', headers: Record<string, string> = {}) {
  return ctx.fetch(`/v1/portals/${portal}/files${query}`, { apiKey: token, headers });
}

/** The same token with another (well-formed) secret. */
function withWrongSecret(token: string): string {
  const [id, secret] = token.split('.') as [string, string];
  return `${id}.${secret.startsWith('A') ? 'B' : 'A'}${secret.slice(1)}`;
}

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Owner');
  stranger = await ctx.newWorkspace('Stranger');
  portalId = (await post<{ id: string }>('/v1/portals', owner.apiKey, { name: 'Listed' })).id;
  otherPortalId = (await post<{ id: string }>('/v1/portals', owner.apiKey, { name: 'Sibling' })).id;
  await ctx.upload(`/v1/portals/${otherPortalId}/files`, fileForm(Buffer.from('sibling')), owner.apiKey);
  memberId = (await post<{ id: string }>(`/v1/portals/${portalId}/members`, owner.apiKey, { email: 'client@list.example' })).id;
  const client = await signIn(portalId, memberId);
  for (const [i, token] of [owner.apiKey, client, owner.apiKey].entries()) {
    const res = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from(`file ${i}`), { filename: `f${i}.txt` }), token);
    fileIds.push(((await res.json()) as { id: string }).id);
  }
});
afterAll(() => ctx.close());

describe('the file list with an API key', () => {
  it('answers the same files, newest first, as the single-file read', async () => {
    const res = await list(portalId, owner.apiKey);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { data: Array<{ id: string }>; has_more: boolean };
    expect(page.data.map((f) => f.id)).toEqual([...fileIds].reverse());
    for (const file of page.data) {
      expect(file).toEqual(await (await ctx.fetch(`/v1/files/${file.id}`, { apiKey: owner.apiKey })).json());
    }
  });

  it('pages with a cursor and filters by uploader on the same statement', async () => {
    const first = (await (await list(portalId, owner.apiKey, '?limit=2')).json()) as { data: Array<{ id: string }>; next_cursor: string };
    expect(first.data.map((f) => f.id)).toEqual([fileIds[2], fileIds[1]]);
    const second = (await (await list(portalId, owner.apiKey, `?limit=2&cursor=${first.next_cursor}`)).json()) as {
      data: Array<{ id: string }>;
      has_more: boolean;
    };
    expect(second).toMatchObject({ data: [{ id: fileIds[0] }], has_more: false });
    const byMember = (await (await list(portalId, owner.apiKey, '?uploaded_by=member')).json()) as { data: Array<{ id: string }> };
    expect(byMember.data.map((f) => f.id)).toEqual([fileIds[1]]);
    const byOwnerPaged = (await (await list(portalId, owner.apiKey, `?uploaded_by=owner&cursor=${first.next_cursor}`)).json()) as {
      data: Array<{ id: string }>;
    };
    expect(byOwnerPaged.data.map((f) => f.id)).toEqual([fileIds[0]]);
  });

  it('is 401 for a known key id with a wrong secret, and shows nothing', async () => {
    const res = await list(portalId, withWrongSecret(owner.apiKey));
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'invalid_credentials' });
    for (const id of fileIds) expect(text).not.toContain(id);
  });

  it('is 404 for another workspace’s key, for an unknown portal, and an empty list for an empty portal', async () => {
    expect((await list(portalId, stranger.apiKey)).status).toBe(404);
    expect((await list(`prt_${'0'.repeat(32)}`, owner.apiKey)).status).toBe(404);
    const empty = (await post<{ id: string }>('/v1/portals', owner.apiKey, { name: 'Empty' })).id;
    const res = await list(empty, owner.apiKey);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: [], has_more: false, next_cursor: null });
  });

  it('keeps CORS to the caller’s own workspace’s origins', async () => {
    await ctx.fetch('/v1/workspace', {
      apiKey: owner.apiKey,
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ allowed_origins: ['https://owner.example'] }),
    });
    const allowed = await list(portalId, owner.apiKey, '', { Origin: 'https://owner.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://owner.example');
    // The portal's workspace registered the origin; the caller's did not.
    const crossed = await list(portalId, stranger.apiKey, '', { Origin: 'https://owner.example' });
    expect(crossed.status).toBe(404);
    expect(crossed.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('records the key’s use, and refuses a revoked key on the very next request', async () => {
    const key = await createApiKey(ctx.db, ctx.config.secretKey, owner.workspaceId, 'short-lived');
    const lastUsed = async () =>
      (await ctx.db.selectFrom('api_keys').select('last_used_at').where('id', '=', key.id).executeTakeFirstOrThrow()).last_used_at;
    expect(await lastUsed()).toBeNull();
    expect((await list(portalId, key.api_key)).status).toBe(200);
    expect(await lastUsed()).not.toBeNull();
    await ctx.db.updateTable('api_keys').set({ revoked_at: new Date() }).where('id', '=', key.id).execute();
    const res = await list(portalId, key.api_key);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'invalid_credentials' });
  });
});

describe('the file list with a client session', () => {
  it('lists its own portal and nothing of a sibling portal', async () => {
    const token = await signIn(portalId, memberId);
    const res = await list(portalId, token);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: Array<{ id: string }> }).data.map((f) => f.id)).toEqual([...fileIds].reverse());
    const sibling = await list(otherPortalId, token);
    expect(sibling.status).toBe(404);
    expect(await sibling.json()).toMatchObject({ code: 'not_found' });
  });

  it('is 401 for a wrong secret, an expired session and a revoked member', async () => {
    const token = await signIn(portalId, memberId);
    expect((await list(portalId, withWrongSecret(token))).status).toBe(401);
    const expiring = await signIn(portalId, memberId);
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', `ses_${expiring.slice(3, 35)}`)
      .execute();
    expect((await list(portalId, expiring)).status).toBe(401);
    expect((await list(portalId, token)).status).toBe(200);
    const revoke = await ctx.fetch(`/v1/portals/${portalId}/members/${memberId}`, { apiKey: owner.apiKey, method: 'DELETE' });
    expect(revoke.status).toBeLessThan(300);
    const res = await list(portalId, token);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'invalid_credentials' });
  });
});
