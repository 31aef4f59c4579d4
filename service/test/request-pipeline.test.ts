import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { errorHandler } from '../src/middleware/error-handler.ts';
import { signUnsubscribeToken } from '../src/modules/notifications/unsubscribe-token.ts';
import { requestLogger } from '../src/middleware/request-logger.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

// What every API response carries (security headers recorded once from helmet, request ids) and the log
// line every request leaves.
let ctx: TestContext;
let owner: TestWorkspace;
const lines: Array<Record<string, unknown>> = [];
let base: string;
let close: () => Promise<void>;

function memoryLogger() {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Pipeline');
  const app = createApp(ctx.config, { db: ctx.db, logger: memoryLogger(), storage: ctx.storage, queue: ctx.queue, events: ctx.events });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r()));
});
afterAll(async () => {
  await close();
  await ctx.close();
});

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('every API response', () => {
  it('carries the security headers, on success and on errors alike', async () => {
    const responses = [
      await fetch(`${base}/v1/portals`, { headers: { Authorization: `Bearer ${owner.apiKey}` } }),
      await fetch(`${base}/v1/portals`),
      await fetch(`${base}/v1/nowhere`, { headers: { Authorization: `Bearer ${owner.apiKey}` } }),
      await fetch(`${base}/healthz`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 401, 404, 200]);
    for (const res of responses) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${res.url} ${name}`).toBe(value);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('has a request id, kept from a well-formed X-Request-Id and named in problem documents', async () => {
    const fresh = await fetch(`${base}/v1/portals`);
    const id = fresh.headers.get('x-request-id');
    expect(id).toMatch(/^req_[0-9a-z]{20}$/);
    expect(((await fresh.json()) as { request_id: string }).request_id).toBe(id);
    const kept = await fetch(`${base}/v1/portals`, { headers: { 'X-Request-Id': 'edge-1234.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-1234.abc');
    const replaced = await fetch(`${base}/v1/portals`, { headers: { 'X-Request-Id': 'no spaces <allowed>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^req_/);
  });
});

describe('the request log', () => {
  it('writes one line per finished request with its id, status and time, and tags lines logged while handling it', async () => {
    lines.length = 0;
    const res = await fetch(`${base}/v1/portals?limit=2`, { headers: { Authorization: `Bearer ${owner.apiKey}` } });
    await res.arrayBuffer();
    const refused = await fetch(`${base}/v1/portals`);
    await refused.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed).toHaveLength(2);
    expect(completed[0]).toMatchObject({
      level: 30,
      req: { id: res.headers.get('x-request-id'), method: 'GET', url: '/v1/portals?limit=2' },
      res: { status: 200 },
    });
    expect(typeof completed[0]!.responseTime).toBe('number');
    expect(completed[1]).toMatchObject({ req: { id: refused.headers.get('x-request-id') }, res: { status: 401 } });
    // The error handler's line about the 401 carries the same request id.
    expect(lines.find((l) => l.code === 'authentication_required')).toMatchObject({ req: { id: refused.headers.get('x-request-id') } });
    // Credentials never reach the log.
    expect(JSON.stringify(lines)).not.toContain(owner.apiKey);
  });

  it('never writes a token carried in the query: /unsubscribe?t=… is logged as t=REDACTED', async () => {
    lines.length = 0;
    const pid = (await owner.client.POST('/v1/portals', { body: { name: 'Unsubscribe log' } })).data!.id;
    const member = await owner.client.POST('/v1/portals/{portal_id}/members', {
      params: { path: { portal_id: pid } },
      body: { email: 'dana@client.test' },
    });
    const token = signUnsubscribeToken(ctx.config.secretKey, { kind: 'member', memberId: member.data!.id });
    const page = await fetch(`${base}/unsubscribe?t=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    await page.arrayBuffer();
    const done = await fetch(`${base}/unsubscribe?t=${encodeURIComponent(token)}`, { method: 'POST' });
    expect(done.status).toBe(200);
    await done.arrayBuffer();
    const listed = await fetch(`${base}/v1/portals?limit=1&access_token=${owner.apiKey}`, {
      headers: { Authorization: `Bearer ${owner.apiKey}` },
    });
    await listed.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    const urls = lines.filter((l) => l.msg === 'request completed').map((l) => (l.req as { url: string }).url);
    expect(urls).toEqual(['/unsubscribe?t=REDACTED', '/unsubscribe?t=REDACTED', '/v1/portals?limit=1&access_token=REDACTED']);
    const logged = JSON.stringify(lines);
    for (const secret of [token, token.split('.')[2]!, encodeURIComponent(token), owner.apiKey]) expect(logged).not.toContain(secret);
  });

  it('logs a 5xx at error level', async () => {
    const errors: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line) errors.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(requestLogger(pino({ level: 'warn' }, sink)));
    app.get('/ok', (_req, res) => void res.send('fine'));
    app.get('/boom', () => {
      throw new Error('kaput');
    });
    app.use(errorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/ok`)).status).toBe(200);
    const boom = await fetch(`${url}/boom`);
    expect(boom.status).toBe(500);
    await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => server.close(r));
    // At warn level the successful request leaves nothing; the failure leaves the handler's and the finish line.
    expect(errors.map((l) => l.msg)).toEqual(['request failed', 'request errored']);
    expect(errors.every((l) => l.level === 50 && (l.req as { id: string }).id === boom.headers.get('x-request-id'))).toBe(true);
    expect(errors[1]).toMatchObject({ res: { status: 500 } });
  });
});
