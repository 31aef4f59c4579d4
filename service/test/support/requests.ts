import type { components } from '@foyer/contract';
import { newId } from '../../src/lib/ids.ts';
import type { TestContext, TestWorkspace } from './context.ts';

// Document requests in tests: a small HTTP harness (owner and clients of one workspace), and the objects the
// contract-driven tests (client-isolation, bad-input, fuzz) need for the `req_`, `rqi_` and `rqt_` path parameters.

export type DocumentRequest = components['schemas']['DocumentRequest'];
export type DocumentRequestList = components['schemas']['DocumentRequestList'];
export type Portal = components['schemas']['Portal'];

const json = { 'content-type': 'application/json' };

/** A workspace whose owner (`key`) and clients call the API over HTTP. */
export async function requestsWorkspace(ctx: TestContext, name = 'Acme Accounting') {
  const ws = await ctx.newWorkspace(name);
  const call = (path: string, key: string, method = 'GET', body?: unknown) =>
    ctx.fetch(path, { apiKey: key, method, ...(body === undefined ? {} : { headers: json, body: JSON.stringify(body) }) });
  const ok = async <T>(path: string, key: string, method = 'GET', body?: unknown): Promise<T> => {
    const res = await call(path, key, method, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  return {
    ...ws,
    key: ws.apiKey,
    call,
    ok,
    async portal(input: { name: string; client_uploads?: boolean } = { name: 'Dana Whitfield' }) {
      return ok<Portal>('/v1/portals', ws.apiKey, 'POST', input);
    },
    /** A member of the portal and a session for it (through a one-time sign-in link). */
    async client(portalId: string, email = `client-${Math.random().toString(36).slice(2, 8)}@client.test`) {
      const member = await ok<{ id: string }>(`/v1/portals/${portalId}/members`, ws.apiKey, 'POST', { email });
      const link = await ok<{ url: string }>(`/v1/portals/${portalId}/sign-in-links`, ws.apiKey, 'POST', { member_id: member.id });
      const token = new URL(link.url).hash.replace('#token=', '');
      const session = await ok<{ session_token: string }>(`/v1/portals/${portalId}/verifications/confirm`, '', 'POST', { token });
      return { token: session.session_token, memberId: member.id };
    },
    async request(portalId: string, body: Record<string, unknown> = TAX_REQUEST) {
      return ok<DocumentRequest>(`/v1/portals/${portalId}/requests`, ws.apiKey, 'POST', body);
    },
    async item(itemId: string, body: Record<string, unknown>, key = ws.apiKey) {
      return ok<DocumentRequest>(`/v1/request-items/${itemId}`, key, 'PATCH', body);
    },
    async events(portalId: string, type?: string) {
      const list = await ok<{ data: Array<{ type: string; target: { type: string; id: string } | null; data: Record<string, unknown> }> }>(
        `/v1/portals/${portalId}/events?limit=100${type ? `&type=${type}` : ''}`,
        ws.apiKey,
      );
      return list.data;
    },
  };
}

export type RequestsWorkspace = Awaited<ReturnType<typeof requestsWorkspace>>;

/** The yardstick: an accountant's tax documents, due in a week. */
export const TAX_REQUEST = {
  title: '2026 tax documents',
  message: 'Everything we need for your return.',
  due_at: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  items: [
    { title: 'Bank statements', multiple: true },
    { title: "Last year's return", allowed_types: ['application/pdf'] },
    { title: 'ID', required: false, allowed_types: ['application/pdf', 'image/*'] },
  ],
};

/**
 * One request (with an item) and one request template in `ws`'s portal, by path parameter name. The request
 * is made through the API; the template is written straight to its table, so the fixture does not depend on
 * the template operations.
 */
export async function seedRequestObjects(
  ctx: TestContext,
  ws: TestWorkspace,
  portalId: string,
): Promise<{ request_id: string; request_item_id: string; request_template_id: string }> {
  const res = await ctx.fetch(`/v1/portals/${portalId}/requests`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ title: 'Documents', notify: false, items: [{ title: 'Statement', required: false }, { title: 'Receipts' }] }),
  });
  if (res.status !== 201) throw new Error(`seed: createRequest answered ${res.status}: ${await res.text()}`);
  const request = (await res.json()) as DocumentRequest;
  const templateId = newId('requestTemplate');
  await ctx.db
    .insertInto('request_templates')
    .values({
      id: templateId,
      workspace_id: ws.workspaceId,
      name: 'Tax documents',
      message: null,
      items: JSON.stringify([{ title: 'Statement', description: null, required: true, multiple: false, allowed_types: [] }]),
      created_by: ws.keyId,
    })
    .execute();
  return { request_id: request.id, request_item_id: request.items[0]!.id, request_template_id: templateId };
}
