import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PUBLIC_URL, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import {
  expectAddressSendLimits,
  expectBruteForceKillsCode,
  expectExpiredRefused,
  expectFailedConfirmsAlike,
  expectIpSendLimit,
  expectNewCodeVoidsOld,
  expectParallelConfirmsMakeOneSession,
  expectStartAlike,
  parseCodeMail,
  signInDriver,
  type SignInDriver,
} from './support/sign-in.ts';
import { startTestSmtp, type TestSmtp } from './support/smtp.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// Client access with a real SMTP server receiving the mail: members, verification, sessions, revocation.
let smtp: TestSmtp;
let ctx: TestContext;
let owner: TestWorkspace;
let portalId: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, MAIL_FROM: 'Portal <no-reply@acme.example>', TRUST_PROXY: '1' });
  owner = await ctx.newWorkspace('Acme Accounting');
  portalId = await newPortal('2026 tax return');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

// The sign-in helpers and security scenarios are shared with the console's users (support/sign-in.ts): one
// driver per portal. Each request gets its own client IP, so the per-IP limit only bites where a test wants it.
const drivers = new Map<string, SignInDriver>();
function flow(pid: string): SignInDriver {
  let driver = drivers.get(pid);
  if (!driver) {
    driver = signInDriver(ctx, smtp, { start: `/v1/portals/${pid}/verifications`, confirm: `/v1/portals/${pid}/verifications/confirm` });
    drivers.set(pid, driver);
  }
  return driver;
}

async function newPortal(name: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await ctx.fetch('/v1/portals', {
    apiKey: owner.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name, ...body }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const json = { 'content-type': 'application/json' };

async function addMember(pid: string, email: string, extra: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
  const res = await ctx.fetch(`/v1/portals/${pid}/members`, {
    apiKey: owner.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, ...extra }),
  });
  expect([200, 201]).toContain(res.status);
  return (await res.json()) as { id: string; email: string };
}

const askForCode = (pid: string, email: string, headers: Record<string, string> = {}) => flow(pid).askForCode(email, headers);
const confirm = (pid: string, body: Record<string, unknown>) => flow(pid).confirm(body);
const codeMail = (email: string, after = 0) => flow(portalId).codeMail(email, after);
/** Lets the next code request through the 1-a-minute limit (the limits themselves are tested below). */
const forgetRateLimits = () => flow(portalId).forgetRateLimits();

async function signIn(pid: string, email: string): Promise<string> {
  await forgetRateLimits();
  const mark = smtp.messages.length;
  expect((await askForCode(pid, email)).status).toBe(202);
  const { code } = parseCodeMail(await codeMail(email, mark));
  const res = await confirm(pid, { email, code });
  expect(res.status).toBe(201);
  return ((await res.json()) as { session_token: string }).session_token;
}

describe('a client signs in by email and works in its portal', () => {
  it('invites, verifies with the emailed code, lists, downloads and uploads; the owner sees the upload', async () => {
    const ownerFile = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(PDF_BYTES, { filename: 'return.pdf' }), owner.apiKey);
    const ownerFileId = ((await ownerFile.json()) as { id: string }).id;

    const mark = smtp.messages.length;
    await addMember(portalId, 'Dana@Client.example', { name: 'Dana', send_invite: true });
    const invite = await smtp.waitForMessage((m) => m.to.includes('dana@client.example') && smtp.messages.indexOf(m) >= mark);
    expect(invite.subject).toContain('invited you');
    expect(invite.text).toContain(`${TEST_PUBLIC_URL}/p/${portalId}`);

    const pub = await ctx.fetch(`/v1/portals/${portalId}/public`);
    expect(await pub.json()).toMatchObject({
      id: portalId,
      name: '2026 tax return',
      access_mode: 'verified',
      workspace: { name: 'Acme Accounting' },
    });

    const started = await askForCode(portalId, 'dana@client.example');
    expect(started.status).toBe(202);
    expect(await started.json()).toEqual({ status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 });
    const mail = await codeMail('dana@client.example');
    const { code, link } = parseCodeMail(mail);
    expect(mail.html).toContain(code);
    expect(link.startsWith(`${TEST_PUBLIC_URL}/p/${portalId}/verify#token=`)).toBe(true);

    const confirmed = await confirm(portalId, { email: 'dana@client.example', code });
    expect(confirmed.status).toBe(201);
    const session = (await confirmed.json()) as { session_token: string; expires_at: string; member: { email: string; verified: boolean } };
    expect(session.session_token).toMatch(/^cs_[0-9a-z]{32}\.[A-Za-z0-9_-]{43}$/);
    expect(session.member).toMatchObject({ email: 'dana@client.example', verified: true });
    const days = (Date.parse(session.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    const token = session.session_token;
    const me = await ctx.fetch('/v1/me', { apiKey: token });
    expect(await me.json()).toMatchObject({ kind: 'client', portal: { id: portalId }, member: { email: 'dana@client.example' } });
    const list = await ctx.fetch(`/v1/portals/${portalId}/files`, { apiKey: token });
    expect(((await list.json()) as { data: Array<{ id: string }> }).data.map((f) => f.id)).toContain(ownerFileId);
    const download = await ctx.fetch(`/v1/files/${ownerFileId}/content`, { apiKey: token });
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF_BYTES);

    const up = await ctx.upload(
      `/v1/portals/${portalId}/files`,
      fileForm(Buffer.from('bank statement'), { filename: 'statement.txt' }),
      token,
    );
    expect(up.status).toBe(201);
    const uploaded = (await up.json()) as { id: string; uploaded_by: unknown };
    expect(uploaded.uploaded_by).toMatchObject({ kind: 'member', email: 'dana@client.example', name: 'Dana' });

    const ownerView = await ctx.fetch(`/v1/portals/${portalId}/files?uploaded_by=member`, { apiKey: owner.apiKey });
    expect(((await ownerView.json()) as { data: Array<{ id: string }> }).data.map((f) => f.id)).toEqual([uploaded.id]);

    const events = await ctx.db
      .selectFrom('events')
      .select(['type', 'actor_kind', 'ip', 'request_id'])
      .where('portal_id', '=', portalId)
      .orderBy('seq')
      .execute();
    const types = events.map((e) => e.type);
    for (const type of ['member.added', 'member.invited', 'session.created', 'file.downloaded', 'file.uploaded'])
      expect(types).toContain(type);
    const created = events.find((e) => e.type === 'session.created');
    expect(created?.ip).toMatch(/^10\./);
    expect(created?.request_id).toMatch(/^req_/);
  });

  it('signs in with the magic link; a HEAD and a GET of the link page consume nothing', async () => {
    await addMember(portalId, 'magic@client.example');
    await forgetRateLimits();
    const mark = smtp.messages.length;
    await askForCode(portalId, 'magic@client.example');
    const { token, link } = parseCodeMail(await codeMail('magic@client.example', mark));
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    const page = new URL(link);
    for (const method of ['HEAD', 'GET']) {
      const res = await fetch(`${ctx.baseUrl}${page.pathname}`, { method });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
      if (method === 'GET') {
        const html = await res.text();
        expect(html).toContain('2026 tax return');
        expect(html).toContain('<button id="continue"');
        expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script
      }
    }
    const used = await confirm(portalId, { token });
    expect(used.status).toBe(201);
    const again = await confirm(portalId, { token });
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ code: 'verification_failed' });
  });
});

describe('the security numbers', () => {
  it('keeps a code 6 digits for 10 minutes and a magic link 15 minutes, storing only keyed hashes', async () => {
    const member = await addMember(portalId, 'numbers@client.example');
    await forgetRateLimits();
    const mark = smtp.messages.length;
    await askForCode(portalId, 'numbers@client.example');
    const { code, token } = parseCodeMail(await codeMail('numbers@client.example', mark));
    expect(code).toMatch(/^\d{6}$/);
    const row = await ctx.db.selectFrom('verification_codes').selectAll().where('member_id', '=', member.id).executeTakeFirstOrThrow();
    expect((row.expires_at.getTime() - row.created_at.getTime()) / 1000).toBeCloseTo(600, -1);
    const hmac = (v: string) => createHmac('sha256', TEST_SECRET_KEY).update(v).digest('hex');
    expect(row.code_hash).toBe(hmac(`code:${portalId}:${member.id}:${code}`));
    const link = await ctx.db.selectFrom('sign_in_tokens').selectAll().where('member_id', '=', member.id).executeTakeFirstOrThrow();
    expect(link.token_hash).toBe(hmac(`token:${token}`));
    expect((link.expires_at.getTime() - link.created_at.getTime()) / 1000).toBeCloseTo(900, -1);
    // Neither the code nor the token is stored or logged anywhere in the database.
    const dump =
      JSON.stringify(await ctx.db.selectFrom('verification_codes').selectAll().execute()) +
      JSON.stringify(await ctx.db.selectFrom('sign_in_tokens').selectAll().execute()) +
      JSON.stringify(await ctx.db.selectFrom('events').selectAll().execute());
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(`"${code}"`);
  });

  it('kills the code after 5 wrong attempts: even the right code is refused then', async () => {
    await addMember(portalId, 'brute@client.example');
    await expectBruteForceKillsCode(flow(portalId), 'brute@client.example');
  });

  it('refuses an expired code and a used token', async () => {
    const member = await addMember(portalId, 'expired@client.example');
    await expectExpiredRefused(flow(portalId), 'expired@client.example', async (what) => {
      await ctx.db
        .updateTable(what === 'code' ? 'verification_codes' : 'sign_in_tokens')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('member_id', '=', member.id)
        .execute();
    });
  });

  it('voids the old code and link when a new one is sent', async () => {
    await addMember(portalId, 'twice@client.example');
    await expectNewCodeVoidsOld(flow(portalId), 'twice@client.example');
  });

  it('consumes a token atomically: 20 parallel confirms make exactly one session', async () => {
    const member = await addMember(portalId, 'race@client.example');
    await expectParallelConfirmsMakeOneSession(flow(portalId), 'race@client.example', async () => {
      return (await ctx.db.selectFrom('sessions').select('id').where('member_id', '=', member.id).execute()).length;
    });
  });

  it('limits sends to 1 a minute and 5 an hour per address, with Retry-After, counting unknown addresses too', async () => {
    await expectAddressSendLimits(ctx, flow(portalId), ['limits@client.example', 'nobody-here@client.example']);
  });

  it('limits sends to 20 an hour per IP address', async () => {
    await expectIpSendLimit(flow(portalId), '192.0.2.77', (i) => `ip${i}@client.example`);
  });

  it('builds links from PUBLIC_URL only, whatever Host or X-Forwarded-Host says', async () => {
    await addMember(portalId, 'host@client.example');
    await forgetRateLimits();
    const mark = smtp.messages.length;
    const res = await askForCode(portalId, 'host@client.example', {
      Host: 'evil.example',
      'X-Forwarded-Host': 'evil.example',
      'X-Forwarded-Proto': 'http',
    });
    expect(res.status, await res.clone().text()).toBe(202);
    const mail = await codeMail('host@client.example', mark);
    expect(mail.text).not.toContain('evil.example');
    expect(mail.html).not.toContain('evil.example');
    expect(parseCodeMail(mail).link.startsWith(`${TEST_PUBLIC_URL}/`)).toBe(true);
  });

  it('emails a notice when the member signs in on another device', async () => {
    await addMember(portalId, 'devices@client.example');
    await signIn(portalId, 'devices@client.example');
    const mark = smtp.messages.length;
    await signIn(portalId, 'devices@client.example');
    const notice = await smtp.waitForMessage(
      (m) => m.to.includes('devices@client.example') && /New sign-in/.test(m.subject) && smtp.messages.indexOf(m) >= mark,
    );
    expect(notice.text).toContain('2026 tax return');
  });
});

describe('revocation, sessions and sign-out', () => {
  it("revoking a member ends its sessions: the client's very next request is 401", async () => {
    const member = await addMember(portalId, 'revoke@client.example');
    const token = await signIn(portalId, 'revoke@client.example');
    expect((await ctx.fetch('/v1/me', { apiKey: token })).status).toBe(200);
    const res = await ctx.fetch(`/v1/portals/${portalId}/members/${member.id}`, { apiKey: owner.apiKey, method: 'DELETE' });
    expect(res.status).toBe(204);
    const after = await ctx.fetch(`/v1/portals/${portalId}/files`, { apiKey: token });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: 'invalid_credentials' });
    const sessions = await ctx.db.selectFrom('sessions').select('revoked_at').where('member_id', '=', member.id).execute();
    expect(sessions.every((s) => s.revoked_at !== null)).toBe(true);
    const members = await ctx.fetch(`/v1/portals/${portalId}/members?status=revoked`, { apiKey: owner.apiKey });
    expect(((await members.json()) as { data: Array<{ id: string }> }).data.map((m) => m.id)).toContain(member.id);
  });

  it('a sign-in sets the member\'s last_seen_at at once (the console said "Never signed in" beside a live device)', async () => {
    const member = await addMember(portalId, 'seen@client.example');
    await signIn(portalId, 'seen@client.example');
    const res = await ctx.fetch(`/v1/portals/${portalId}/members?limit=100`, { apiKey: owner.apiKey });
    const listed = ((await res.json()) as { data: Array<{ id: string; last_seen_at: string | null }> }).data.find(
      (m) => m.id === member.id,
    );
    expect(listed?.last_seen_at).not.toBeNull();
  });

  it('lets the owner list and end sessions, and a client sign its device out', async () => {
    await addMember(portalId, 'sessions@client.example');
    const first = await signIn(portalId, 'sessions@client.example');
    const second = await signIn(portalId, 'sessions@client.example');
    const listed = await ctx.fetch(`/v1/portals/${portalId}/sessions?limit=100`, { apiKey: owner.apiKey });
    const sessions = (
      (await listed.json()) as { data: Array<{ id: string; member: { email: string }; ip: string | null; method: string }> }
    ).data.filter((s) => s.member.email === 'sessions@client.example');
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.method).toBe('code');
    expect(sessions[0]?.ip).toMatch(/^10\./);
    const firstId = `ses_${first.slice(3, 35)}`;
    expect((await ctx.fetch(`/v1/sessions/${firstId}`, { apiKey: owner.apiKey, method: 'DELETE' })).status).toBe(204);
    expect((await ctx.fetch('/v1/me', { apiKey: first })).status).toBe(401);
    expect((await ctx.fetch('/v1/me', { apiKey: second })).status).toBe(200);
    expect((await ctx.fetch('/v1/me', { apiKey: second, method: 'DELETE' })).status).toBe(204);
    expect((await ctx.fetch('/v1/me', { apiKey: second })).status).toBe(401);
  });

  it('ends a session 90 days after sign-in, however recently it was used', async () => {
    await addMember(portalId, 'old@client.example');
    const token = await signIn(portalId, 'old@client.example');
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', `ses_${token.slice(3, 35)}`)
      .execute();
    expect((await ctx.fetch('/v1/me', { apiKey: token })).status).toBe(401);
  });

  it('refuses client uploads when the portal switches them off', async () => {
    const pid = await newPortal('No uploads', { client_uploads: false });
    await addMember(pid, 'noup@client.example');
    const token = await signIn(pid, 'noup@client.example');
    const res = await ctx.upload(`/v1/portals/${pid}/files`, fileForm(Buffer.from('x')), token);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'uploads_disabled' });
    expect(await ctx.blobKeys()).not.toContainEqual(expect.stringContaining(pid));
  });
});

describe('sign-in links and link mode', () => {
  it('issues a one-time sign-in link valid 7 days, in any mode', async () => {
    const member = await addMember(portalId, 'link@client.example');
    const res = await ctx.fetch(`/v1/portals/${portalId}/sign-in-links`, {
      apiKey: owner.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ member_id: member.id }),
    });
    expect(res.status).toBe(201);
    const { url, expires_at } = (await res.json()) as { url: string; expires_at: string };
    expect(url.startsWith(`${TEST_PUBLIC_URL}/p/${portalId}/verify#token=`)).toBe(true);
    expect((Date.parse(expires_at) - Date.now()) / 86_400_000).toBeCloseTo(7, 1);
    const token = new URL(url).hash.replace('#token=', '');
    expect((await confirm(portalId, { token })).status).toBe(201);
    expect((await confirm(portalId, { token })).status).toBe(401);
  });

  it('admits link-mode visitors with the secret link and a name and email; rotation kills the old link', async () => {
    const pid = await newPortal('Open house', { access_mode: 'link' });
    const link = await ctx.fetch(`/v1/portals/${pid}/access-link`, { apiKey: owner.apiKey, method: 'POST' });
    expect(link.status).toBe(201);
    const { url } = (await link.json()) as { url: string };
    expect(url.startsWith(`${TEST_PUBLIC_URL}/p/${pid}#k=`)).toBe(true);
    const key = new URL(url).hash.replace('#k=', '');
    expect(Buffer.from(key, 'base64url').length).toBeGreaterThanOrEqual(16); // ≥ 128 bits

    const res = await confirm(pid, { link_key: key, name: 'Visitor', email: 'visitor@client.example' });
    expect(res.status).toBe(201);
    const session = (await res.json()) as { session_token: string; member: { verified: boolean; name: string } };
    expect(session.member).toMatchObject({ verified: false, name: 'Visitor' });
    expect((await ctx.fetch(`/v1/portals/${pid}/files`, { apiKey: session.session_token })).status).toBe(200);

    expect((await confirm(pid, { link_key: randomBytes(16).toString('base64url'), name: 'X', email: 'x@client.example' })).status).toBe(
      401,
    );
    await ctx.fetch(`/v1/portals/${pid}/access-link`, { apiKey: owner.apiKey, method: 'POST' });
    expect((await confirm(pid, { link_key: key, name: 'Late', email: 'late@client.example' })).status).toBe(401);
    // A verified-mode portal never takes a link key.
    expect((await confirm(portalId, { link_key: key, name: 'X', email: 'x@client.example' })).status).toBe(401);
  });
});

describe('pages and browser rules', () => {
  it('serves /p/{id} with page headers, and the same plain 404 for unknown and archived portals', async () => {
    const page = await fetch(`${ctx.baseUrl}/p/${portalId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain(`<foyer-portal class="fullscreen" portal="${portalId}"`);

    const archived = await newPortal('Archived');
    await ctx.fetch(`/v1/portals/${archived}`, { apiKey: owner.apiKey, method: 'PATCH', headers: json, body: '{"status":"archived"}' });
    const bodies = new Set<string>();
    for (const path of [`/p/prt_${'0'.repeat(32)}`, `/p/${archived}`, `/p/${archived}/verify`, '/p/nonsense']) {
      const res = await fetch(`${ctx.baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    expect((await ctx.fetch(`/v1/portals/${archived}/public`)).status).toBe(404);
    const robots = await fetch(`${ctx.baseUrl}/robots.txt`);
    expect(await robots.text()).toContain('Disallow: /p/');
  });

  it('shows a portal name as text on the portal page and the sign-in landing', async () => {
    const hostile = await newPortal(`<script>alert("p")</script> & 'co'`);
    for (const path of [`/p/${hostile}`, `/p/${hostile}/verify`]) {
      const text = await (await fetch(`${ctx.baseUrl}${path}`)).text();
      expect(text, path).toContain('<h1>&lt;script&gt;alert(&quot;p&quot;)&lt;/script&gt; &amp; &#39;co&#39;</h1>');
      expect(text, path).toMatch(/<title>[^<]*&lt;script&gt;alert\(&quot;p&quot;\)&lt;\/script&gt; &amp; &#39;co&#39;/);
      expect(text, path).not.toContain('<script>alert');
    }
  });

  it('allows CORS only for the workspace’s allowed origins, never for Origin: null', async () => {
    await ctx.fetch('/v1/workspace', {
      apiKey: owner.apiKey,
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ allowed_origins: ['https://www.acme.example'] }),
    });
    const ask = (origin: string, method = 'GET') =>
      fetch(`${ctx.baseUrl}/v1/portals/${portalId}/public`, {
        method,
        headers: {
          Origin: origin,
          ...(method === 'OPTIONS'
            ? { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key' }
            : {}),
        },
      });
    const allowed = await ask('https://www.acme.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.acme.example');
    const preflight = await ask('https://www.acme.example', 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i);
    for (const origin of ['https://evil.example', 'null', 'https://www.acme.example.evil.example']) {
      const refused = await ask(origin);
      expect(refused.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect((await ask(origin, 'OPTIONS')).headers.get('access-control-allow-origin')).toBeNull();
    }
    // An origin another workspace registered does not open this workspace's API.
    const other = await ctx.newWorkspace('Other');
    await ctx.fetch('/v1/workspace', {
      apiKey: other.apiKey,
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ allowed_origins: ['https://other.example'] }),
    });
    const crossed = await fetch(`${ctx.baseUrl}/v1/portals`, {
      headers: { Origin: 'https://other.example', Authorization: `Bearer ${owner.apiKey}` },
    });
    expect(crossed.headers.get('access-control-allow-origin')).toBeNull();
    // A revoked session's 401 stays readable from an allowed origin (the widget falls back to sign-in).
    const dead = await fetch(`${ctx.baseUrl}/v1/portals/${portalId}/files`, {
      headers: { Origin: 'https://www.acme.example', Authorization: `Bearer cs_${'0'.repeat(32)}.${'A'.repeat(43)}` },
    });
    expect(dead.status).toBe(401);
    expect(dead.headers.get('access-control-allow-origin')).toBe('https://www.acme.example');
  });
});

describe('audit events of client access', () => {
  it('records portal.viewed when a client opens its portal, at most once per half hour', async () => {
    await addMember(portalId, 'viewer@client.example');
    const token = await signIn(portalId, 'viewer@client.example');
    for (let i = 0; i < 3; i++) expect((await ctx.fetch(`/v1/portals/${portalId}`, { apiKey: token })).status).toBe(200);
    const member = await ctx.db.selectFrom('members').select('id').where('email', '=', 'viewer@client.example').executeTakeFirstOrThrow();
    const views = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'portal.viewed')
      .where('actor_id', '=', member.id)
      .execute();
    expect(views).toHaveLength(1);
    expect(views[0]?.actor_kind).toBe('member');
    expect(views[0]?.user_agent).toBeTypeOf('string');
    expect(views[0]?.request_id).toMatch(/^req_/);
  });
});

// Last: its 100 requests queue 50 emails, which would slow the mail other tests wait for.
describe('no enumeration', () => {
  it('answers known, unknown and revoked addresses alike: same status, same body, timing within noise', async () => {
    await forgetRateLimits();
    const known: string[] = [];
    for (let i = 0; i < 50; i++) known.push((await addMember(portalId, `timing${i}@client.example`)).email);
    const revoked = await addMember(portalId, 'gone@client.example');
    await ctx.fetch(`/v1/portals/${portalId}/members/${revoked.id}`, { apiKey: owner.apiKey, method: 'DELETE' });
    // The request path is the same for every address (the member lookup happens in a queued job).
    await expectStartAlike(
      flow(portalId),
      known,
      known.map((_e, i) => `stranger${i}@client.example`),
      ['gone@client.example'],
    );
  }, 120_000);

  it('answers every failed code confirmation alike: same status, same body, timing within noise', async () => {
    await forgetRateLimits();
    const known: Array<{ id: string; email: string }> = [];
    for (let i = 0; i < 40; i++) known.push(await addMember(portalId, `confirm${i}@client.example`));
    for (const m of known) expect((await askForCode(portalId, m.email)).status).toBe(202);
    // Every known member holds a live code (sent by the queued job) before the timing starts.
    await expect
      .poll(
        async () =>
          (
            await ctx.db
              .selectFrom('verification_codes')
              .select('member_id')
              .where(
                'member_id',
                'in',
                known.map((m) => m.id),
              )
              .execute()
          ).length,
        { timeout: 30_000 },
      )
      .toBe(40);
    // The same statements run for a member and a stranger (lookup, locked code lookup, hash, attempts
    // update, failure event). A revoked member, an expired code and a dead code (5 wrong attempts) answer
    // the very same.
    const wrong = (email: string) => () => confirm(portalId, { email, code: '111111' });
    const body = await expectFailedConfirmsAlike(
      flow(portalId),
      known.map((m) => m.email),
      known.map((_m, i) => `nobody${i}@client.example`),
      [
        wrong('gone@client.example'),
        async () => {
          await ctx.db
            .updateTable('verification_codes')
            .set({ expires_at: new Date(Date.now() - 1000) })
            .where('member_id', '=', known[0]!.id)
            .execute();
          return wrong(known[0]!.email)();
        },
        ...Array.from({ length: 5 }, () => wrong(known[1]!.email)),
      ],
    );
    expect(body).toMatchObject({ code: 'verification_failed', detail: 'The code is wrong or has expired. Ask for a new one.' });

    const failures = await ctx.db
      .selectFrom('events')
      .select('data')
      .where('portal_id', '=', portalId)
      .where('type', '=', 'verification.failed')
      .execute();
    const reasons = new Set(failures.map((e) => e.data.reason));
    for (const reason of ['wrong_code', 'unknown_email', 'member_revoked', 'expired', 'too_many_attempts'])
      expect(reasons).toContain(reason);
  }, 120_000);
});
