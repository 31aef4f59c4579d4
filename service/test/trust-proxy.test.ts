import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { startTestSmtp, type TestSmtp } from './support/smtp.ts';

// TRUST_PROXY=1 behind one real reverse proxy: the proxy appends the address it sees to X-Forwarded-For, so
// whatever a client writes there itself is further left, and must neither be recorded nor key a per-IP limit.
const CLIENT_IP = '127.0.0.3';
const PROXY_OUT_IP = '127.0.0.2';

let smtp: TestSmtp;
let ctx: TestContext;
let owner: TestWorkspace;
let proxy: http.Server;
let proxyPort: number;

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, MAIL_FROM: 'Portal <no-reply@acme.example>', TRUST_PROXY: '1' });
  owner = await ctx.newWorkspace('Proxied');
  const upstream = new URL(ctx.baseUrl);
  // What nginx's `proxy_add_x_forwarded_for` does: append the peer's address to the client's header.
  proxy = http.createServer((req, res) => {
    const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        localAddress: PROXY_OUT_IP,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwarded },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as AddressInfo).port;
});
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await ctx?.close();
  await smtp?.close();
});

/** A request through the proxy from {@link CLIENT_IP}, with whatever X-Forwarded-For the client forges. */
function viaProxy(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: proxyPort,
        localAddress: CLIENT_IP,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function newPortalWithMember(email: string): Promise<string> {
  const json = { 'content-type': 'application/json' };
  const portal = await ctx.fetch('/v1/portals', {
    apiKey: owner.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name: 'Behind a proxy' }),
  });
  const { id } = (await portal.json()) as { id: string };
  const member = await ctx.fetch(`/v1/portals/${id}/members`, {
    apiKey: owner.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email }),
  });
  expect(member.status).toBe(201);
  return id;
}

describe('TRUST_PROXY=1 behind one proxy', () => {
  it('records the address the proxy saw, not the X-Forwarded-For the client wrote', async () => {
    const email = 'pat@client.example';
    const portalId = await newPortalWithMember(email);
    const forged = { 'X-Forwarded-For': '198.51.100.66' };
    expect((await viaProxy(`/v1/portals/${portalId}/verifications`, { email }, forged)).status).toBe(202);
    const mail = await smtp.waitForMessage((m) => m.to.includes(email) && /sign-in code/.test(m.subject), 20_000);
    const code = /\b(\d{6})\b/.exec(mail.subject)![1]!;
    const confirmed = await viaProxy(`/v1/portals/${portalId}/verifications/confirm`, { email, code }, forged);
    expect(confirmed.status).toBe(201);

    const sessions = (await (await ctx.fetch(`/v1/portals/${portalId}/sessions`, { apiKey: owner.apiKey })).json()) as {
      data: Array<{ ip: string }>;
    };
    expect(sessions.data.map((s) => s.ip)).toEqual([CLIENT_IP]);
    const events = (await (await ctx.fetch(`/v1/portals/${portalId}/events`, { apiKey: owner.apiKey })).json()) as {
      data: Array<{ type: string; actor: { kind: string }; ip: string | null }>;
    };
    const signedIn = events.data.filter((e) => e.actor.kind === 'member');
    expect(signedIn.length).toBeGreaterThan(0);
    for (const event of signedIn) expect(event.ip, event.type).toBe(CLIENT_IP);
  });

  it('keeps the per-IP limit on the real client address whatever it forges', async () => {
    await ctx.db.deleteFrom('rate_limit_hits').execute();
    const portalId = await newPortalWithMember('quinn@client.example');
    for (let i = 0; i < 20; i++) {
      const res = await viaProxy(
        `/v1/portals/${portalId}/verifications`,
        { email: `visitor${i}@client.example` },
        { 'X-Forwarded-For': `203.0.113.${i}` },
      );
      expect(res.status, `request ${i}`).toBe(202);
    }
    const refused = await viaProxy(
      `/v1/portals/${portalId}/verifications`,
      { email: 'visitor20@client.example' },
      { 'X-Forwarded-For': '203.0.113.250, 192.0.2.1' },
    );
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited' });
  });
});
