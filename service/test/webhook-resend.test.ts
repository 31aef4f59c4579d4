import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer, verifyWebhook } from '@foyer/sdk';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './support/webhook-receiver.ts';

// POST /v1/webhook-endpoints/{id}/deliveries/{id}/resend against a real HTTP receiver on 127.0.0.1.
let receiver: WebhookReceiver;
let ctx: TestContext; // WEBHOOKS_ALLOW_PRIVATE=true, so the local receiver may be called
let acme: TestWorkspace;
let foyer: Foyer;
let portalId: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ctx = await createTestContext({ WEBHOOKS_ALLOW_PRIVATE: 'true' });
  acme = await ctx.newWorkspace('Acme');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  portalId = (await foyer.portals.create({ name: 'Webhooks' })).id;
});
afterAll(async () => {
  await ctx.close();
  await receiver.close();
});

const onPath = (path: string) => (r: ReceivedWebhook) => r.path === path;

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function delivery(endpointId: string) {
  return (await foyer.webhookEndpoints.listDeliveries(endpointId).page()).data[0];
}

function resend(endpointId: string, deliveryId: string, key = acme.apiKey) {
  return ctx.fetch(`/v1/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/resend`, { apiKey: key, method: 'POST' });
}

/**
 * An endpoint on `path` whose one delivery has failed: the endpoint has been failing for a day, so the
 * receiver's 503 disables it and fails the delivery at once (as webhooks.test.ts shows).
 */
async function failedDelivery(path: string) {
  const endpoint = await foyer.webhookEndpoints.create({ url: `${receiver.url}${path}`, events: ['file.uploaded'] });
  await ctx.db
    .updateTable('webhook_endpoints')
    .set({ failing_since: new Date(Date.now() - 25 * 3600_000) })
    .where('id', '=', endpoint.id)
    .execute();
  receiver.answer(path, 503);
  await foyer.files.upload(portalId, new Blob([`%PDF ${path}`]), { name: 'statement.pdf' });
  const failed = await until(
    () => delivery(endpoint.id),
    (d) => d?.status === 'failed',
  );
  const listed = (await foyer.webhookEndpoints.list().page()).data.find((e) => e.id === endpoint.id);
  expect(listed?.status).toBe('disabled');
  return { endpoint, failed: failed! };
}

describe('resending a webhook delivery', () => {
  it('sends a failed delivery again at once: same webhook-id, fresh timestamp and signature; the endpoint is enabled again', async () => {
    const { endpoint, failed } = await failedDelivery('/resend');
    const [first] = receiver.requests.filter(onPath('/resend'));
    // The next attempt must fall in a later second than the first, so its timestamp (and signature) differ.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const res = await resend(endpoint.id, failed.id);
    expect(res.status).toBe(202);
    const pending = (await res.json()) as { id: string; status: string; attempts: unknown[]; next_attempt_at: string | null };
    expect(pending).toMatchObject({
      id: failed.id,
      status: 'pending',
      attempts: [expect.objectContaining({ attempt: 1, response_status: 503 })],
    });
    expect(Math.abs(Date.parse(pending.next_attempt_at!) - Date.now())).toBeLessThan(10_000); // at once
    const listed = (await foyer.webhookEndpoints.list().page()).data.find((e) => e.id === endpoint.id);
    expect(listed).toMatchObject({ status: 'enabled', disabled_reason: null });

    const second = await receiver.waitFor((r) => r.path === '/resend' && r !== first);
    expect(second.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(Number(second.headers['webhook-timestamp'])).toBeGreaterThan(Number(first!.headers['webhook-timestamp']));
    expect(second.headers['webhook-signature']).not.toBe(first!.headers['webhook-signature']);
    expect(second.body).toBe(first!.body);
    await verifyWebhook(second.body, second.headers, endpoint.secret);

    const done = await until(
      () => delivery(endpoint.id),
      (d) => d?.status === 'succeeded',
    );
    expect(done!.attempts).toEqual([
      expect.objectContaining({ attempt: 1, response_status: 503 }),
      expect.objectContaining({ attempt: 2, response_status: 204, error: null }),
    ]);
    // Enabled again for real: the next event is delivered too.
    await foyer.files.upload(portalId, new Blob(['%PDF next']), { name: 'next.pdf' });
    await until(
      () => receiver.requests.filter(onPath('/resend')).length,
      (n) => n === 3,
    );
  }, 60_000);

  it('gives a resent delivery the usual retries, the schedule starting again (5 s after its first failure)', async () => {
    const { endpoint, failed } = await failedDelivery('/retry-again');
    receiver.answer('/retry-again', 500);
    expect((await resend(endpoint.id, failed.id)).status).toBe(202);

    const retried = await until(
      () => delivery(endpoint.id),
      (d) => d?.attempts.length === 2,
    );
    // Not failed for good, and not the endpoint's schedule position (5 minutes after a second attempt): 5 s.
    expect(retried!.status).toBe('pending');
    const second = retried!.attempts[1]!;
    expect(second).toMatchObject({ attempt: 2, response_status: 500 });
    const wait = Date.parse(second.next_retry_at!) - Date.parse(second.started_at);
    expect(wait).toBeGreaterThanOrEqual(5000);
    expect(wait).toBeLessThan(60_000);
    const done = await until(
      () => delivery(endpoint.id),
      (d) => d?.status === 'succeeded',
    );
    expect(done!.attempts.map((a) => a.response_status)).toEqual([503, 500, 204]);
  }, 60_000);

  it('refuses a delivery that is not failed (409 delivery_not_failed): succeeded, or pending again after a resend', async () => {
    const { endpoint, failed } = await failedDelivery('/twice');
    receiver.answer('/twice', 500); // keeps it pending (a retry in 5 s) after the resend
    const [a, b] = await Promise.all([resend(endpoint.id, failed.id), resend(endpoint.id, failed.id)]);
    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const refused = a.status === 409 ? a : b;
    expect(await refused.json()).toMatchObject({ code: 'delivery_not_failed', status: 409 });
    const pending = await resend(endpoint.id, failed.id);
    expect(pending.status).toBe(409);
    expect(await pending.json()).toMatchObject({ code: 'delivery_not_failed' });

    await until(
      () => delivery(endpoint.id),
      (d) => d?.status === 'succeeded',
    );
    const succeeded = await resend(endpoint.id, failed.id);
    expect(succeeded.status).toBe(409);
    expect(await succeeded.json()).toMatchObject({ code: 'delivery_not_failed' });
    expect(receiver.requests.filter(onPath('/twice'))).toHaveLength(3); // the first attempt, the resend, one retry
  }, 60_000);

  it('is 404 for another workspace, another endpoint’s delivery, an unknown delivery and a client session', async () => {
    const { endpoint, failed } = await failedDelivery('/private');
    const stranger = await ctx.newWorkspace('Stranger');
    const other = await foyer.webhookEndpoints.create({ url: `${receiver.url}/other`, events: ['approval.approved'] });
    const member = await foyer.members.add(portalId, { email: 'dana@client.example' });
    const link = await foyer.signInLinks.create(portalId, { member_id: member.id });
    const session = await ctx.fetch(`/v1/portals/${portalId}/verifications/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: new URL(link.url).hash.replace('#token=', '') }),
    });
    const { session_token } = (await session.json()) as { session_token: string };

    for (const res of [
      await resend(endpoint.id, failed.id, stranger.apiKey),
      await resend(other.id, failed.id),
      await resend(endpoint.id, `whd_${'0'.repeat(32)}`),
      await resend(endpoint.id, failed.id, session_token),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'not_found' });
    }
    expect((await delivery(endpoint.id))!.status).toBe('failed');
  }, 60_000);
});
