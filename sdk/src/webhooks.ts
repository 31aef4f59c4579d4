// Standard Webhooks verification (https://www.standardwebhooks.com), with Web Crypto only, so the same
// code runs in Node ≥ 20, Deno, edge runtimes and browsers.
import { FoyerError } from './errors.ts';

/** Thrown by {@link verifyWebhook} when a delivery is not authentic or not fresh. */
export class WebhookVerificationError extends FoyerError {
  override name = 'WebhookVerificationError';
}

/** Incoming headers: a `Headers` object or a plain record such as Node's `req.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Options for {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, in seconds. Default 300 (±5 minutes). */
  tolerance?: number | undefined;
}

const encoder = new TextEncoder();

/**
 * Verifies a webhook delivery and returns its parsed JSON payload.
 *
 * Checks `webhook-signature` (one or more space-separated `v1,<base64>` HMAC-SHA256 signatures of
 * `"<webhook-id>.<webhook-timestamp>.<body>"`, so a secret rotation can sign with old and new secrets at
 * once) in constant time, and rejects a `webhook-timestamp` more than `tolerance` seconds from now.
 *
 * @param payload the raw request body, exactly as received — not a re-serialised object.
 * @param headers the request headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
 * @param secret the endpoint's signing secret, `whsec_<base64>`.
 * @throws {@link WebhookVerificationError} when a header is missing, the timestamp is out of tolerance or
 *   no signature matches.
 * @example
 * ```ts
 * const event = await verifyWebhook(await request.text(), request.headers, process.env.FOYER_WEBHOOK_SECRET!);
 * ```
 */
export async function verifyWebhook<T = unknown>(
  payload: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<T> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    fail('webhook_invalid_headers', 'Missing webhook-id, webhook-timestamp or webhook-signature header.');
  }
  const seconds = /^\d+$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!(Math.abs(Date.now() / 1000 - seconds) <= (options.tolerance ?? 300))) {
    fail('webhook_invalid_timestamp', 'The webhook-timestamp is missing, malformed or outside the tolerance.');
  }

  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  const key = await crypto.subtle.importKey('raw', decodeSecret(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, signed)));

  let matched = false;
  for (const candidate of signatures.split(' ')) {
    const [version, signature] = candidate.split(',', 2);
    // Keep comparing after a match so the time taken does not depend on which one matched.
    if (version === 'v1' && signature !== undefined && constantTimeEqual(signature, expected)) matched = true;
  }
  if (!matched) fail('webhook_invalid_signature', 'No webhook-signature matches the payload.');
  return JSON.parse(new TextDecoder().decode(body)) as T;
}

function header(headers: WebhookHeaders, name: string): string {
  if (headers instanceof Headers) return headers.get(name) ?? '';
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return (Array.isArray(value) ? value[0] : value) ?? '';
  }
  return '';
}

function decodeSecret(secret: string): Uint8Array<ArrayBuffer> {
  try {
    return Uint8Array.from(atob(secret.startsWith('whsec_') ? secret.slice(6) : secret), (c) => c.charCodeAt(0));
  } catch {
    throw new TypeError('The webhook secret must be whsec_ followed by base64.');
  }
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

// Compares every character whatever the first difference: the comparison leaks only the length, which
// is public (a SHA-256 signature is always 44 base64 characters).
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function fail(code: string, message: string): never {
  throw new WebhookVerificationError(message, { code });
}
