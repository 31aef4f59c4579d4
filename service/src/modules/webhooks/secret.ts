import { createHmac, randomBytes } from 'node:crypto';
import { SecretBox } from '../../lib/secret-box.ts';

/** A new signing secret: `whsec_` + base64 of 24 random bytes (192 bits), as Standard Webhooks libraries expect. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** Seals and opens endpoint secrets at rest (AES-256-GCM under a key derived from SECRET_KEY). */
export function webhookSecretBox(secretKey: string): SecretBox {
  return new SecretBox(secretKey, 'webhook endpoint secret');
}

/**
 * The Standard Webhooks signature of one attempt: `v1,` + base64 HMAC-SHA256 of `"<id>.<timestamp>.<body>"`,
 * keyed with the base64-decoded part of the secret after `whsec_`.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
