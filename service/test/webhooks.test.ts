import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer, verifyWebhook } from '@foyer/sdk';
import { newId } from '../src/lib/ids.ts';
import { insertEndpoint } from '../src/modules/webhooks/repository.ts';
import { newWebhookSecret, webhookSecretBox } from '../src/modules/webhooks/secret.ts';
import { createTestContext, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './support/webhook-receiver.ts';

// Webhooks end to end: an event → dispatch job → delivery job → a real HTTP receiver on 127.0.0.1.
let receiver: WebhookReceiver;
let ctx: TestContext; // WEBHOOKS_ALLOW_PRIVATE=true, so the local receiver may be called
let strict: TestContext; // the default: private addresses refused
let acme: TestWorkspace;
let foyer: Foyer;
let portalId: string;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ctx = await createTestContext({ WEBHOOKS_ALLOW_PRIVATE: 'true' });
  strict = await createTestContext();
  acme = await ctx.newWorkspace('Acme');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  portalId = (await foyer.portals.create({ name: 'Webhooks' })).id;
});
afterAll(async () => {
  await ctx.close();
  await strict.close();
  await receiver.close();
});

const onPath = (path: string) => (r: ReceivedWebhook) => r.path === path;

async function deliveries(endpointId: string) {
  return (await foyer.webhookEndpoints.listDeliveries(endpointId).page()).data;
}

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('webhook endpoints', () => {
  it('delivers an event signed per Standard Webhooks: verifyWebhook accepts it, another secret does not', async () => {
    const created = await foyer.webhookEndpoints.create({ url: `${receiver.url}/signed`, events: ['file.uploaded'] });
    expect(created).toMatchObject({ url: `${receiver.url}/signed`, events: ['file.uploaded'], status: 'enabled', disabled_reason: null });
    expect(created.id).toMatch(/^whe_[0-9a-z]{32}$/);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/); // 24 random bytes
    // Stored sealed, never in clear; never listed again.
    const row = await ctx.db.selectFrom('webhook_endpoints').select('secret_sealed').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.secret_sealed).not.toContain(created.secret.slice(6));
    expect(webhookSecretBox(TEST_SECRET_KEY).open(row.secret_sealed)).toBe(created.secret);
    const listed = (await foyer.webhookEndpoints.list().page()).data.find((e) => e.id === created.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('secret');

    const file = await foyer.files.upload(portalId, new Blob(['%PDF signed']), { name: 'signed.pdf' });
    const request = await receiver.waitFor(onPath('/signed'));
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['webhook-id']).toMatch(/^whd_[0-9a-z]{32}$/);
    expect(request.headers['webhook-timestamp']).toMatch(/^\d{10}$/);
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);

    const payload = await verifyWebhook<{ timestamp: string; data: { id: string; created_at: string } }>(
      request.body,
      request.headers,
      created.secret,
    );
    expect(payload).toMatchObject({
      type: 'file.uploaded',
      data: {
        type: 'file.uploaded',
        workspace_id: acme.workspaceId,
        portal_id: portalId,
        actor: { kind: 'owner', id: acme.keyId },
        target: { type: 'file', id: file.id },
        data: { version: 1, name: 'signed.pdf', size: 11 },
      },
    });
    expect(payload.data.id).toMatch(/^evt_/);
    expect(payload.timestamp).toBe(payload.data.created_at);
    expect(request.body).not.toMatch(/user_agent|"ip"|127\.0\.0\.1/);
    await expect(verifyWebhook(request.body, request.headers, newWebhookSecret())).rejects.toThrow(/signature/);
    await expect(verifyWebhook(request.body.replace('signed.pdf', 'forged.pdf'), request.headers, created.secret)).rejects.toThrow(
      /signature/,
    );

    const [delivery] = await until(
      () => deliveries(created.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery).toMatchObject({
      id: request.headers['webhook-id'],
      event_id: payload.data.id,
      event_type: 'file.uploaded',
      next_attempt_at: null,
    });
    expect(delivery!.attempts).toEqual([expect.objectContaining({ attempt: 1, response_status: 204, error: null, next_retry_at: null })]);
  }, 60_000);

  it('retries a delivery answered 500, 5 seconds later, with the same webhook-id; the listing shows both attempts', async () => {
    const endpoint = await foyer.webhookEndpoints.create({ url: `${receiver.url}/flaky`, events: ['file.renamed'] });
    const file = await foyer.files.upload(portalId, new Blob(['flaky']), { name: 'draft.pdf' });
    receiver.answer('/flaky', 500);
    await foyer.files.update(file.id, { name: 'final.pdf' });

    const [failed, delivered] = await until(
      () => receiver.requests.filter(onPath('/flaky')),
      (r) => r.length >= 2,
    );
    expect(delivered!.headers['webhook-id']).toBe(failed!.headers['webhook-id']);
    expect(delivered!.receivedAt - failed!.receivedAt).toBeGreaterThanOrEqual(4500);
    await verifyWebhook(delivered!.body, delivered!.headers, endpoint.secret);
    expect(receiver.requests.filter(onPath('/flaky'))).toHaveLength(2); // file.uploaded was not asked for

    const [delivery] = await until(
      () => deliveries(endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery!.event_type).toBe('file.renamed');
    expect(delivery!.attempts).toHaveLength(2);
    const [first, second] = delivery!.attempts as [
      NonNullable<typeof delivery>['attempts'][0],
      NonNullable<typeof delivery>['attempts'][0],
    ];
    expect(first).toMatchObject({ attempt: 1, response_status: 500, error: 'HTTP 500' });
    expect(new Date(first.next_retry_at!).getTime() - new Date(first.started_at).getTime()).toBeGreaterThanOrEqual(5000);
    expect(second).toMatchObject({ attempt: 2, response_status: 204, error: null, next_retry_at: null });
    expect(second.duration_ms).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('disables an endpoint whose attempts have failed for a day', async () => {
    const endpoint = await foyer.webhookEndpoints.create({ url: `${receiver.url}/down`, events: ['file.deleted'] });
    await ctx.db
      .updateTable('webhook_endpoints')
      .set({ failing_since: new Date(Date.now() - 25 * 3600_000) })
      .where('id', '=', endpoint.id)
      .execute();
    const file = await foyer.files.upload(portalId, new Blob(['gone']), { name: 'gone.pdf' });
    receiver.answer('/down', 503);
    await foyer.files.delete(file.id);

    const [delivery] = await until(
      () => deliveries(endpoint.id),
      (d) => d[0]?.status === 'failed',
    );
    expect(delivery!.attempts).toEqual([expect.objectContaining({ attempt: 1, response_status: 503, next_retry_at: null })]);
    const listed = (await foyer.webhookEndpoints.list().page()).data.find((e) => e.id === endpoint.id);
    expect(listed).toMatchObject({ status: 'disabled', disabled_reason: 'Every delivery failed for 24 hours; last error: HTTP 503' });
    const event = await ctx.db
      .selectFrom('events')
      .select(['actor_kind', 'target_id'])
      .where('type', '=', 'webhook_endpoint.disabled')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_kind: 'system', target_id: endpoint.id });
  }, 60_000);

  it('deletes an endpoint; another workspace sees none of it (404)', async () => {
    const endpoint = await foyer.webhookEndpoints.create({ url: `${receiver.url}/mine` });
    expect(endpoint.events).toEqual(['*']);
    const stranger = await ctx.newWorkspace('Stranger');
    const other = (path: string, method = 'GET') => ctx.fetch(path, { apiKey: stranger.apiKey, method });
    for (const res of [
      await other(`/v1/webhook-endpoints/${endpoint.id}/deliveries`),
      await other(`/v1/webhook-endpoints/${endpoint.id}`, 'DELETE'),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'not_found' });
    }
    expect(((await (await other('/v1/webhook-endpoints')).json()) as { data: unknown[] }).data).toEqual([]);

    await foyer.webhookEndpoints.delete(endpoint.id);
    expect((await foyer.webhookEndpoints.list().page()).data.map((e) => e.id)).not.toContain(endpoint.id);
    expect((await ctx.fetch(`/v1/webhook-endpoints/${endpoint.id}/deliveries`, { apiKey: acme.apiKey })).status).toBe(404);
  });

  it('refuses URLs that are not absolute http(s), carry credentials, and event filters that are not event types', async () => {
    for (const [body, field] of [
      [{ url: 'ftp://files.example.com/hook' }, 'url'],
      [{ url: `http://user:secret@127.0.0.1:${receiver.port}/hook` }, 'url'],
      [{ url: `${receiver.url}/hook#fragment` }, 'url'],
      [{ url: 'https://no-such-host.invalid/hook' }, 'url'],
      [{ url: `${receiver.url}/hook`, events: ['file uploaded'] }, 'events'],
      [{ url: `${receiver.url}/hook`, events: [] }, 'events'],
    ] as const) {
      const res = await ctx.fetch('/v1/webhook-endpoints', {
        apiKey: acme.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify(body),
      });
      const problem = (await res.json()) as { code: string; errors: Array<{ path: string }> };
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((e) => e.path).join(' ')).toContain(field);
    }
  });
});

describe('webhooks without WEBHOOKS_ALLOW_PRIVATE', () => {
  it('refuses to create an endpoint on a loopback, private or link-local address, naming url', async () => {
    const ws = await strict.newWorkspace('Strict');
    for (const [url, kind] of [
      [`${receiver.url}/hook`, 'loopback'],
      [`http://localhost:${receiver.port}/hook`, 'loopback'],
      [`http://[::1]:${receiver.port}/hook`, 'loopback'],
      ['http://10.0.0.8/hook', 'private'],
      ['http://169.254.169.254/latest/meta-data', 'link-local'],
      ['http://[fd12::1]/hook', 'unique-local'],
      ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ] as const) {
      const res = await strict.fetch('/v1/webhook-endpoints', {
        apiKey: ws.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ url }),
      });
      const problem = (await res.json()) as { code: string; errors: Array<{ path: string; message: string }> };
      expect(res.status, url).toBe(400);
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors).toEqual([{ path: '/body/url', message: problem.errors[0]?.message }]);
      expect(problem.errors[0]?.message).toContain(`a ${kind} address`);
    }
    expect(await strict.db.selectFrom('webhook_endpoints').select('id').execute()).toEqual([]);
    // A public address is fine (it is only called when an event comes).
    const ok = await strict.fetch('/v1/webhook-endpoints', {
      apiKey: ws.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ url: 'https://93.184.215.14/hook', events: ['approval.approved'] }),
    });
    expect(ok.status).toBe(201);
  });

  it('never connects to a private address at delivery time, even for an endpoint stored earlier (DNS rebinding)', async () => {
    const ws = await strict.newWorkspace('Rebound');
    const client = new Foyer({ baseUrl: strict.baseUrl, apiKey: ws.apiKey });
    const portal = await client.portals.create({ name: 'Rebound' });
    // As if the host had resolved to a public address when the endpoint was created.
    const endpointId = newId('webhookEndpoint');
    await insertEndpoint(strict.db, {
      id: endpointId,
      workspace_id: ws.workspaceId,
      url: `${receiver.url}/rebound`,
      events: ['*'],
      secret_sealed: webhookSecretBox(TEST_SECRET_KEY).seal(newWebhookSecret()),
    });
    const before = receiver.connections;
    await client.files.upload(portal.id, new Blob(['x']), { name: 'x.pdf' });

    const [delivery] = await until(
      async () => (await client.webhookEndpoints.listDeliveries(endpointId).page()).data,
      (d) => (d[0]?.attempts.length ?? 0) > 0,
    );
    expect(delivery!.attempts[0]).toMatchObject({
      attempt: 1,
      response_status: null,
      error: '127.0.0.1 is a loopback address; webhooks only call public addresses',
    });
    expect(delivery!.status).toBe('pending'); // retried on schedule, refused every time
    expect(receiver.connections).toBe(before);
    expect(receiver.requests.filter(onPath('/rebound'))).toEqual([]);
  }, 60_000);
});
