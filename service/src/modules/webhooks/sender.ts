import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveAllowed, type ResolvedAddress } from './address-guard.ts';

/** What one attempt came to. `status` is null when no response came. */
export interface PostResult {
  status: number | null;
  /** Why the attempt failed (`HTTP 500`, `ECONNREFUSED …`, a refused address), or null on a 2xx. */
  error: string | null;
  durationMs: number;
}

export interface PostOptions {
  /** WEBHOOKS_ALLOW_PRIVATE. */
  allowPrivate: boolean;
  /** The whole attempt, from connecting to the end of the response (Standard Webhooks suggests 15 s). */
  timeoutMs: number;
}

/** Bytes of the response body read (and dropped) before hanging up: receivers only need to answer 2xx. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs `body` to `url` once. The host is resolved and every address checked first (see
 * `resolveAllowed`); the connection then goes to the checked address — a custom `lookup` pins it, so a DNS
 * answer that changes between check and connect (DNS rebinding) cannot redirect it — while TLS still
 * verifies the certificate against the URL's host name. Redirects are not followed: a 3xx is a failure.
 */
export async function postWebhook(url: string, body: string, headers: Record<string, string>, options: PostOptions): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  let pinned: ResolvedAddress;
  try {
    [pinned] = (await resolveAllowed(target.hostname, options.allowPrivate)) as [ResolvedAddress];
  } catch (err) {
    // The message names the host, which may be long: attempts show at most 500 characters of error.
    return { status: null, error: (err as Error).message.slice(0, 500), durationMs: elapsed() };
  }

  const lookup = ((_hostname, lookupOptions, callback) => {
    // Node asks for every address when it may race IPv4 and IPv6 (autoSelectFamily); either way, only ours.
    if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as LookupFunction;

  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (status: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ status, error, durationMs: elapsed() });
    };
    const request = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      lookup,
      // A fresh connection per attempt: nothing pooled can point anywhere we did not check just now.
      agent: false,
    });
    const timer = setTimeout(() => {
      finish(null, `no complete response within ${options.timeoutMs / 1000} s`);
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => finish(null, describe(err)));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const error = status >= 200 && status < 300 ? null : `HTTP ${status}`;
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) {
          finish(status, error);
          response.destroy();
        }
      });
      response.on('end', () => finish(status, error));
      response.on('error', () => finish(status, error));
      response.on('close', () => finish(status, error));
    });
    request.end(body);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  const text = err.code && !err.message.includes(err.code) ? `${err.code}: ${err.message}` : err.message;
  return text.slice(0, 300);
}
