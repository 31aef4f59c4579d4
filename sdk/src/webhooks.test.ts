import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError, verifyWebhook } from './index.ts';

const secretBytes = randomBytes(24);
const secret = `whsec_${secretBytes.toString('base64')}`;

/** Signs like a Standard Webhooks sender, with node:crypto (an implementation independent of the SDK's). */
function sign(body: string, id: string, timestamp: number, key: Buffer = secretBytes): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

function delivery(body: string, options: { timestamp?: number; signature?: string } = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'webhook-id': 'msg_2Kb3',
    'webhook-timestamp': String(timestamp),
    'webhook-signature': options.signature ?? sign(body, 'msg_2Kb3', timestamp),
  };
}

const body = JSON.stringify({ type: 'approval.approved', data: { portal_id: 'prt_1' } });

describe('verifyWebhook', () => {
  it('accepts a good signature and returns the parsed payload', async () => {
    await expect(verifyWebhook(body, delivery(body), secret)).resolves.toEqual(JSON.parse(body));
    await expect(verifyWebhook(new TextEncoder().encode(body), new Headers(delivery(body)), secret)).resolves.toEqual(JSON.parse(body));
  });

  it('matches the Standard Webhooks reference vector', async () => {
    const payload = '{"test": 2432232314}';
    const timestamp = 1614265330;
    const headers = {
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    };
    const now = Date.now;
    Date.now = () => timestamp * 1000;
    try {
      await expect(verifyWebhook(payload, headers, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).resolves.toEqual({ test: 2432232314 });
    } finally {
      Date.now = now;
    }
  });

  it('rejects a bad signature, a tampered body and another secret', async () => {
    const other = randomBytes(24);
    for (const [payload, headers] of [
      [body, delivery(body, { signature: 'v1,' + Buffer.alloc(32).toString('base64') })],
      [body.replace('prt_1', 'prt_2'), delivery(body)],
      [body, delivery(body, { signature: sign(body, 'msg_2Kb3', Math.floor(Date.now() / 1000), other) })],
      [body, delivery(body, { signature: 'v2,' + sign(body, 'msg_2Kb3', Math.floor(Date.now() / 1000)).slice(3) })],
    ] as const) {
      await expect(verifyWebhook(payload, headers, secret)).rejects.toMatchObject({
        name: 'WebhookVerificationError',
        code: 'webhook_invalid_signature',
      });
    }
  });

  it('rejects a timestamp more than 5 minutes old or ahead, even correctly signed', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now - 301, now + 301]) {
      const error = await verifyWebhook(body, delivery(body, { timestamp }), secret).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(error).toMatchObject({ code: 'webhook_invalid_timestamp' });
    }
    await expect(verifyWebhook(body, delivery(body, { timestamp: now - 290 }), secret)).resolves.toBeDefined();
    await expect(verifyWebhook(body, delivery(body, { timestamp: now - 400 }), secret, { tolerance: 600 })).resolves.toBeDefined();
  });

  it('accepts any one of several space-separated signatures (secret rotation)', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const oldKey = randomBytes(24);
    const rotated = `${sign(body, 'msg_2Kb3', timestamp, oldKey)} ${sign(body, 'msg_2Kb3', timestamp)}`;
    await expect(verifyWebhook(body, delivery(body, { timestamp, signature: rotated }), secret)).resolves.toBeDefined();
    const oldSecret = `whsec_${oldKey.toString('base64')}`;
    await expect(verifyWebhook(body, delivery(body, { timestamp, signature: rotated }), oldSecret)).resolves.toBeDefined();
  });

  it('rejects a delivery without its headers, reading Node-style header records case-insensitively', async () => {
    await expect(verifyWebhook(body, {}, secret)).rejects.toMatchObject({ code: 'webhook_invalid_headers' });
    const headers = Object.fromEntries(Object.entries(delivery(body)).map(([k, v]) => [k.toUpperCase(), [v]]));
    await expect(verifyWebhook(body, headers, secret)).resolves.toBeDefined();
  });
});
