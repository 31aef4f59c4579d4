import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '@foyer/sdk';
import { newWebhookSecret, signWebhook, webhookSecretBox } from './secret.ts';

describe('webhook signatures', () => {
  it('match the Standard Webhooks reference vector', () => {
    // From the Standard Webhooks reference libraries' tests.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it("verify with the SDK's verifyWebhook, and only with the right secret", async () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'file.uploaded', timestamp: new Date().toISOString(), data: { name: 'Relevé.pdf' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'whd_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(secret, 'whd_1', timestamp, body),
    };
    expect(await verifyWebhook(body, headers, secret)).toMatchObject({ type: 'file.uploaded' });
    await expect(verifyWebhook(body, headers, newWebhookSecret())).rejects.toThrow(/signature/);
  });

  it('are keyed by 24 random bytes, sealed at rest', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(24);
    expect(newWebhookSecret()).not.toBe(secret);
    const box = webhookSecretBox('k'.repeat(40));
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.open(sealed)).toBe(secret);
    expect(() => webhookSecretBox('other-key'.repeat(5)).open(sealed)).toThrow();
  });
});
