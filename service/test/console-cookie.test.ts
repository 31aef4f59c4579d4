import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import { signInDriver } from './support/sign-in.ts';
import { startTestSmtp, type TestSmtp } from './support/smtp.ts';

// The console keeps its user session in an HttpOnly cookie scoped to the API, and proves each request came
// from its own page with the X-Foyer-Csrf header. The cookie never authenticates anything else: a request
// with Authorization, a client's widget, a page under /p/, another site.
let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let cookies: { session: string; csrf: string; setCookie: string[] };
let portalId: string;
let clientToken: string;
const json = { 'content-type': 'application/json' };

/** Signs `email` in through the API with `transport: "cookie"`, as the console does. */
async function cookieSignIn(context: TestContext, email: string): Promise<{ session: string; csrf: string; setCookie: string[] }> {
  const d = signInDriver(context, smtp, { start: '/v1/auth/verifications', confirm: '/v1/auth/verifications/confirm' });
  const { code } = await d.requestCode(email);
  const res = await d.confirm({ email, code, transport: 'cookie' });
  expect(res.status).toBe(201);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body.session_token).toBeUndefined();
  const setCookie = res.headers.getSetCookie();
  const value = (name: string) =>
    setCookie
      .find((c) => c.startsWith(`${name}=`))!
      .split(';')[0]!
      .slice(name.length + 1);
  return { session: value('foyer_session'), csrf: value('foyer_csrf'), setCookie };
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, TRUST_PROXY: '1' });
  acme = await ctx.newWorkspace('Acme');
  await ctx.fetch('/v1/workspace/users', {
    apiKey: acme.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'olivia@acme.example', role: 'owner', send_invite: false }),
  });
  cookies = await cookieSignIn(ctx, 'olivia@acme.example');
  const portal = await ctx.fetch('/v1/portals', { apiKey: acme.apiKey, method: 'POST', headers: json, body: '{"name":"Widget"}' });
  portalId = ((await portal.json()) as { id: string }).id;
  const member = await ctx.fetch(`/v1/portals/${portalId}/members`, {
    apiKey: acme.apiKey,
    method: 'POST',
    headers: json,
    body: '{"email":"dana@client.example"}',
  });
  const memberId = ((await member.json()) as { id: string }).id;
  const link = await ctx.fetch(`/v1/portals/${portalId}/sign-in-links`, {
    apiKey: acme.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ member_id: memberId }),
  });
  const token = new URL(((await link.json()) as { url: string }).url).hash.slice('#token='.length);
  const session = await ctx.fetch(`/v1/portals/${portalId}/verifications/confirm`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ token }),
  });
  clientToken = ((await session.json()) as { session_token: string }).session_token;
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

/** A request as a browser on `site` sends it with the console's cookies. */
function withCookie(path: string, init: RequestInit & { csrf?: string | null; site?: string } = {}): Promise<Response> {
  const { csrf = cookies.csrf, site = 'same-origin', headers, ...rest } = init;
  const h = new Headers(headers);
  h.set('cookie', `foyer_session=${cookies.session}; foyer_csrf=${cookies.csrf}`);
  h.set('sec-fetch-site', site);
  if (csrf !== null) h.set('x-foyer-csrf', csrf);
  return ctx.fetch(path, { ...rest, headers: h });
}

describe('the console cookie', () => {
  it('is HttpOnly, SameSite=Strict, sent only to /v1, Secure with an https PUBLIC_URL; the CSRF cookie is readable and an HMAC of the session', () => {
    const [session, csrf] = cookies.setCookie;
    expect(session).toMatch(/^foyer_session=us_[0-9a-z]{32}\.[A-Za-z0-9_-]{43}; /);
    const attributes = (cookie: string) =>
      cookie
        .split('; ')
        .slice(1)
        .map((a) => a.split('=')[0]!.toLowerCase());
    expect(attributes(session!).sort()).toEqual(['expires', 'httponly', 'path', 'samesite', 'secure']);
    expect(session).toContain('; Path=/v1;');
    expect(session).toContain('; SameSite=Strict');
    expect(attributes(csrf!).sort()).toEqual(['expires', 'path', 'samesite', 'secure']);
    expect(csrf).toContain('; Path=/;');
    const sessionId = `uss_${cookies.session.slice(3, 35)}`;
    expect(cookies.csrf).toBe(createHmac('sha256', TEST_SECRET_KEY).update(`csrf:${sessionId}`).digest('hex'));
    const days = (Date.parse(/Expires=([^;]+)/.exec(session!)![1]!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
  });

  it('leaves out Secure when PUBLIC_URL is http', async () => {
    const plain = await createTestContext({ SMTP_URL: smtp.url, TRUST_PROXY: '1', PUBLIC_URL: 'http://127.0.0.1:9' });
    try {
      const ws = await plain.newWorkspace('Plain');
      await plain.fetch('/v1/workspace/users', {
        apiKey: ws.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'plain@acme.example', send_invite: false }),
      });
      const { setCookie } = await cookieSignIn(plain, 'plain@acme.example');
      expect(setCookie).toHaveLength(2);
      for (const cookie of setCookie) {
        expect(cookie).toContain('SameSite=Strict');
        expect(cookie.toLowerCase()).not.toContain('secure');
      }
    } finally {
      await plain.close();
    }
  });

  it('authenticates with the matching X-Foyer-Csrf header, for reads and writes', async () => {
    const me = await withCookie('/v1/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ kind: 'user', workspace_id: acme.workspaceId, user: { email: 'olivia@acme.example' } });
    const created = await withCookie('/v1/portals', { method: 'POST', headers: json, body: '{"name":"From the console"}' });
    expect(created.status).toBe(201);
  });

  it('is ignored without the header: the request is not authenticated by it', async () => {
    const res = await withCookie('/v1/me', { csrf: null });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'authentication_required' });
    // The client widget on the same site (the direct link /p/…) asks public questions without the header.
    expect((await withCookie(`/v1/portals/${portalId}/public`, { csrf: null })).status).toBe(200);
    expect((await withCookie(`/v1/portals/${portalId}/files`, { csrf: null })).status).toBe(401);
  });

  it('answers 403 csrf_failed to a wrong header, and changes nothing', async () => {
    const before = await ctx.db.selectFrom('portals').select('id').execute();
    for (const csrf of [
      '0'.repeat(64),
      cookies.csrf.slice(0, -1),
      'not-hex',
      createHmac('sha256', TEST_SECRET_KEY).update('csrf:uss_other').digest('hex'),
    ]) {
      const res = await withCookie('/v1/portals', { method: 'POST', headers: json, body: '{"name":"Forged"}', csrf });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'csrf_failed' });
    }
    expect(await ctx.db.selectFrom('portals').select('id').execute()).toHaveLength(before.length);
  });

  it('answers 403 csrf_failed to a cross-site request carrying it, with or without the header', async () => {
    for (const csrf of [cookies.csrf, null]) {
      const res = await withCookie('/v1/portals', {
        method: 'POST',
        headers: json,
        body: '{"name":"Cross-site"}',
        site: 'cross-site',
        csrf,
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'csrf_failed' });
    }
    expect(await ctx.db.selectFrom('portals').select('id').where('name', '=', 'Cross-site').execute()).toEqual([]);
    // The same request from the console's own origin (or a tool that sends no Sec-Fetch-Site) works.
    expect((await withCookie('/v1/me', { site: 'same-site' })).status).toBe(200);
  });

  it('never authenticates a request that sends Authorization: a client session stays a client', async () => {
    const me = await withCookie('/v1/me', { headers: { authorization: `Bearer ${clientToken}` } });
    expect(await me.json()).toMatchObject({ kind: 'client', portal: { id: portalId } });
    for (const path of ['/v1/workspace/users', '/v1/api-keys']) {
      const res = await withCookie(path, { headers: { authorization: `Bearer ${clientToken}` } });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'not_found' });
      expect((await ctx.fetch(path, { apiKey: clientToken })).status, path).toBe(404);
    }
    // A bad bearer is refused as such, whatever cookie comes with it.
    expect((await withCookie('/v1/me', { headers: { authorization: 'Bearer sk_nonsense' } })).status).toBe(401);
  });

  it('is not sent to portal pages (Path=/v1), and a page request carrying it is served the same', async () => {
    expect(cookies.setCookie[0]).toContain('Path=/v1;');
    const plain = await ctx.fetch(`/p/${portalId}`);
    const carrying = await withCookie(`/p/${portalId}`);
    expect(carrying.status).toBe(plain.status);
    expect(await carrying.text()).toBe(await plain.text());
    expect(carrying.headers.get('set-cookie')).toBeNull();
  });

  it('does not widen CORS: no Access-Control-Allow-Credentials, and the CSRF header is not allowed cross-origin', async () => {
    await ctx.fetch('/v1/workspace', {
      apiKey: acme.apiKey,
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ allowed_origins: ['https://www.acme.example'] }),
    });
    const preflight = await ctx.fetch('/v1/me', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.acme.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-foyer-csrf',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.acme.example');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).not.toContain('x-foyer-csrf');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const real = await withCookie('/v1/me', { headers: { origin: 'https://www.acme.example' } });
    expect(real.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('stops working once the session ends, and sign-out expires both cookies', async () => {
    const own = await cookieSignIn(ctx, 'olivia@acme.example');
    const send = (path: string, init: RequestInit = {}) =>
      ctx.fetch(path, {
        ...init,
        headers: { cookie: `foyer_session=${own.session}`, 'x-foyer-csrf': own.csrf, 'sec-fetch-site': 'same-origin' },
      });
    expect((await send('/v1/me')).status).toBe(200);
    const out = await send('/v1/auth/sign-out', { method: 'POST' });
    expect(out.status).toBe(204);
    const cleared = out.headers.getSetCookie();
    expect(cleared.map((c) => c.split('=')[0])).toEqual(['foyer_session', 'foyer_csrf']);
    for (const cookie of cleared) expect(cookie).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    const after = await send('/v1/me');
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: 'authentication_required' });
  });

  it('is set again when a retried sign-in is replayed from its Idempotency-Key (the replay carried only the body)', async () => {
    await ctx.fetch('/v1/workspace/users', {
      apiKey: acme.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'retry@acme.example', role: 'staff', send_invite: false }),
    });
    const d = signInDriver(ctx, smtp, { start: '/v1/auth/verifications', confirm: '/v1/auth/verifications/confirm' });
    const { code } = await d.requestCode('retry@acme.example');
    const body = { email: 'retry@acme.example', code, transport: 'cookie' };
    // Same device, same address: the retry falls in the same idempotency scope.
    const retry = { 'idempotency-key': 'sign-in-retry-1', 'X-Forwarded-For': '203.0.113.77' };
    const first = await d.confirm(body, retry);
    expect(first.status).toBe(201);
    // The answer was lost on the way (say): the SDK retries with the same key and body.
    const replay = await d.confirm(body, retry);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.getSetCookie()).toEqual(first.headers.getSetCookie());
    const session = replay.headers
      .getSetCookie()
      .find((c) => c.startsWith('foyer_session='))!
      .split(';')[0]!;
    const csrf = replay.headers
      .getSetCookie()
      .find((c) => c.startsWith('foyer_csrf='))!
      .split(';')[0]!
      .slice('foyer_csrf='.length);
    const me = await ctx.fetch('/v1/me', { headers: { cookie: `${session}; foyer_csrf=${csrf}`, 'x-foyer-csrf': csrf } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('retry@acme.example');
  });

  it('does not stand in the way of signing in again when the session it holds has ended', async () => {
    const stale = await cookieSignIn(ctx, 'olivia@acme.example');
    const staleHeaders = { cookie: `foyer_session=${stale.session}`, 'x-foyer-csrf': stale.csrf, 'sec-fetch-site': 'same-origin' };
    expect((await ctx.fetch('/v1/auth/sign-out', { method: 'POST', headers: staleHeaders })).status).toBe(204);
    // The browser kept the cookie (a missed Set-Cookie, an ended session): the console asks for a code anyway.
    const d = signInDriver(ctx, smtp, { start: '/v1/auth/verifications', confirm: '/v1/auth/verifications/confirm' });
    const { code } = await d.requestCode('olivia@acme.example');
    const again = await d.confirm({ email: 'olivia@acme.example', code, transport: 'cookie' }, staleHeaders);
    expect(again.status).toBe(201);
    expect(again.headers.getSetCookie()).toHaveLength(2);
  });
});
