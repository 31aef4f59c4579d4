import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
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

// The people of a business sign in to the console (`/v1/auth/verifications`) with the same security numbers as
// clients: the very same scenarios as client-access.test.ts (support/sign-in.ts), plus what is the console's
// own — invitations, the workspace chooser, user sessions (30 days, 7 idle, sliding once a minute), new devices.
let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let d: SignInDriver;

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, TRUST_PROXY: '1' });
  acme = await ctx.newWorkspace('Acme Accounting');
  d = signInDriver(ctx, smtp, { start: '/v1/auth/verifications', confirm: '/v1/auth/verifications/confirm' });
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const json = { 'content-type': 'application/json' };

/** A user of `ws` added by its owner without an invitation email. */
async function addUser(email: string, ws: TestWorkspace = acme, role: 'owner' | 'staff' = 'staff'): Promise<{ id: string }> {
  const res = await ctx.fetch('/v1/workspace/users', {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, role, send_invite: false }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string };
}

/** Signs in with an emailed code; returns the session body (with its token). */
async function signIn(email: string, headers: Record<string, string> = {}): Promise<{ session_token: string; user: { id: string } }> {
  const { code } = await d.requestCode(email);
  const res = await d.confirm({ email, code }, headers);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { session_token: string; user: { id: string } };
}

const sessionIdOf = (token: string) => `uss_${token.slice(3, 35)}`;
const me = (token: string) => ctx.fetch('/v1/me', { apiKey: token });

describe('a user signs in by email', () => {
  it('gets a code and a magic link, and a user session us_… that acts for the workspace', async () => {
    const user = await addUser('dana@acme.example');
    const started = await d.askForCode('Dana@Acme.example');
    expect(started.status).toBe(202);
    expect(await started.json()).toEqual({ status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 });
    const mail = await d.codeMail('dana@acme.example');
    expect(mail.subject).toMatch(/^\d{6} is your sign-in code for Acme Accounting$/);
    const { code, link } = parseCodeMail(mail);
    expect(link.startsWith(`${TEST_PUBLIC_URL}/console/verify#token=`)).toBe(true);
    expect(mail.html).toContain(code);

    const confirmed = await d.confirm({ email: 'dana@acme.example', code });
    expect(confirmed.status).toBe(201);
    const body = (await confirmed.json()) as {
      session_token: string;
      expires_at: string;
      user: { id: string; status: string; last_sign_in_at: string | null };
      workspace: { id: string; name: string; role: string };
    };
    expect(body.session_token).toMatch(/^us_[0-9a-z]{32}\.[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({ id: user.id, status: 'active' });
    expect(body.user.last_sign_in_at).not.toBeNull();
    expect(body.workspace).toMatchObject({ id: acme.workspaceId, name: 'Acme Accounting', role: 'staff' });
    const days = (Date.parse(body.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const who = await me(body.session_token);
    expect(await who.json()).toMatchObject({
      kind: 'user',
      workspace_id: acme.workspaceId,
      user: { id: user.id, email: 'dana@acme.example' },
    });
    const portal = await ctx.fetch('/v1/portals', {
      apiKey: body.session_token,
      method: 'POST',
      headers: json,
      body: '{"name":"By Dana"}',
    });
    expect(portal.status).toBe(201);

    // Only keyed hashes are stored: the session's secret, the code and the link's token appear nowhere.
    const hmac = (v: string) => createHmac('sha256', TEST_SECRET_KEY).update(v).digest('hex');
    const session = await ctx.db
      .selectFrom('user_sessions')
      .selectAll()
      .where('id', '=', sessionIdOf(body.session_token))
      .executeTakeFirstOrThrow();
    expect(session.secret_hash).toBe(hmac(body.session_token.slice(36)));
    const dump = JSON.stringify([
      await ctx.db.selectFrom('user_sessions').selectAll().execute(),
      await ctx.db.selectFrom('user_sign_in_codes').selectAll().execute(),
      await ctx.db.selectFrom('user_sign_in_tokens').selectAll().execute(),
      await ctx.db.selectFrom('events').selectAll().execute(),
    ]);
    expect(dump).not.toContain(body.session_token.slice(36));
    expect(dump).not.toContain(`"${code}"`);
    expect(dump).not.toContain(parseCodeMail(mail).token);

    const created = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'user_session.created')
      .where('actor_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({ portal_id: null, actor_kind: 'user', actor_email: 'dana@acme.example', target_id: session.id });
    expect(created.ip).toMatch(/^10\./);
  });

  it('keeps a code 6 digits for 10 minutes and a magic link 15 minutes', async () => {
    await addUser('numbers@acme.example');
    const { code } = await d.requestCode('numbers@acme.example');
    expect(code).toMatch(/^\d{6}$/);
    const row = await ctx.db
      .selectFrom('user_sign_in_codes')
      .selectAll()
      .where('email', '=', 'numbers@acme.example')
      .executeTakeFirstOrThrow();
    expect((row.expires_at.getTime() - row.created_at.getTime()) / 1000).toBeCloseTo(600, -1);
    const link = await ctx.db
      .selectFrom('user_sign_in_tokens')
      .selectAll()
      .where('email', '=', 'numbers@acme.example')
      .where('kind', '=', 'magic_link')
      .executeTakeFirstOrThrow();
    expect((link.expires_at.getTime() - link.created_at.getTime()) / 1000).toBeCloseTo(900, -1);
  });

  it('consumes nothing when the link page is opened: the token still signs in once, by POST', async () => {
    await addUser('magic@acme.example');
    const { token, link } = await d.requestCode('magic@acme.example');
    const page = new URL(link);
    // The page itself is the console's; whatever it answers, opening it (mail scanners do) uses nothing up.
    for (const method of ['HEAD', 'GET']) await fetch(`${ctx.baseUrl}${page.pathname}${page.search}`, { method });
    const used = await d.confirm({ token });
    expect(used.status).toBe(201);
    const again = await d.confirm({ token });
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ code: 'verification_failed' });
  });

  it('builds links from PUBLIC_URL only, whatever Host or X-Forwarded-Host says', async () => {
    await addUser('host@acme.example');
    await d.forgetRateLimits();
    const mark = smtp.messages.length;
    const res = await d.askForCode('host@acme.example', { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' });
    expect(res.status).toBe(202);
    const mail = await d.codeMail('host@acme.example', mark);
    expect(mail.text + mail.html).not.toContain('evil.example');
  });
});

describe('the security numbers, as for clients', () => {
  it('kills the code after 5 wrong attempts: even the right code is refused then', async () => {
    await addUser('brute@acme.example');
    await expectBruteForceKillsCode(d, 'brute@acme.example');
  });

  it('refuses an expired code and an expired link', async () => {
    await addUser('expired@acme.example');
    await expectExpiredRefused(d, 'expired@acme.example', async (what) => {
      await ctx.db
        .updateTable(what === 'code' ? 'user_sign_in_codes' : 'user_sign_in_tokens')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('email', '=', 'expired@acme.example')
        .execute();
    });
  });

  it('voids the old code and link when a new one is sent', async () => {
    await addUser('twice@acme.example');
    await expectNewCodeVoidsOld(d, 'twice@acme.example');
  });

  it('consumes a link atomically: 20 parallel confirms make exactly one session', async () => {
    const user = await addUser('race@acme.example');
    await expectParallelConfirmsMakeOneSession(d, 'race@acme.example', async () => {
      return (await ctx.db.selectFrom('user_sessions').select('id').where('user_id', '=', user.id).execute()).length;
    });
  });

  it('limits sends to 1 a minute and 5 an hour per address, with Retry-After, counting unknown addresses too', async () => {
    await addUser('limits@acme.example');
    await expectAddressSendLimits(ctx, d, ['limits@acme.example', 'nobody-here@acme.example']);
  });

  it('limits sends to 20 an hour per IP address', async () => {
    await expectIpSendLimit(d, '192.0.2.78', (i) => `ip${i}@acme.example`);
  });

  it('limits code confirmations to 30 an hour per address and confirmations to 60 an hour per IP', async () => {
    await d.forgetRateLimits();
    const guess = (email: string, ip: string) => d.confirm({ email, code: '123456' }, { 'X-Forwarded-For': ip });
    for (let i = 0; i < 30; i++) expect((await guess('target@acme.example', d.freshIp())).status).toBe(401);
    const perEmail = await guess('target@acme.example', d.freshIp());
    expect(perEmail.status).toBe(429);
    expect(perEmail.headers.get('ratelimit-policy')).toContain('"per-email";q=30;w=3600');
    expect((await guess('other@acme.example', d.freshIp())).status).toBe(401);

    await d.forgetRateLimits();
    const ip = '192.0.2.79';
    for (let i = 0; i < 60; i++) {
      const res =
        i % 2 === 0 ? await guess(`g${i}@acme.example`, ip) : await d.confirm({ token: 'A'.repeat(43) }, { 'X-Forwarded-For': ip });
      expect(res.status).toBe(401);
    }
    const perIp = await d.confirm({ token: 'A'.repeat(43) }, { 'X-Forwarded-For': ip });
    expect(perIp.status).toBe(429);
    expect(Number(perIp.headers.get('retry-after'))).toBeGreaterThan(3000);
  }, 120_000);
});

describe('no enumeration', () => {
  it('answers known, unknown and removed addresses alike: same status, same body, timing within noise', async () => {
    const known: string[] = [];
    for (let i = 0; i < 50; i++) known.push(`timing${i}@acme.example`);
    await ctx.db
      .insertInto('users')
      .values(
        known.map((email, i) => ({
          id: `usr_timing${String(i).padStart(26, '0')}`,
          workspace_id: acme.workspaceId,
          email,
          role: 'staff' as const,
        })),
      )
      .execute();
    const removed = await addUser('gone@acme.example');
    expect((await ctx.fetch(`/v1/workspace/users/${removed.id}`, { apiKey: acme.apiKey, method: 'DELETE' })).status).toBe(204);
    await expectStartAlike(
      d,
      known,
      known.map((_e, i) => `stranger${i}@acme.example`),
      ['gone@acme.example'],
    );
  }, 120_000);

  it('answers every failed code confirmation alike: same status, same body, timing within noise', async () => {
    const known: string[] = [];
    for (let i = 0; i < 40; i++) known.push(`confirm${i}@acme.example`);
    await ctx.db
      .insertInto('users')
      .values(
        known.map((email, i) => ({
          id: `usr_confirm${String(i).padStart(25, '0')}`,
          workspace_id: acme.workspaceId,
          email,
          role: 'staff' as const,
        })),
      )
      .execute();
    await d.forgetRateLimits();
    for (const email of known) expect((await d.askForCode(email)).status).toBe(202);
    // Every known user holds a live code (sent by the queued job) before the timing starts.
    await expect
      .poll(async () => (await ctx.db.selectFrom('user_sign_in_codes').select('email').where('email', 'in', known).execute()).length, {
        timeout: 30_000,
      })
      .toBe(40);
    const wrong = (email: string) => () => d.confirm({ email, code: '111111' });
    const body = await expectFailedConfirmsAlike(
      d,
      known,
      known.map((_e, i) => `nobody${i}@acme.example`),
      [
        wrong('gone@acme.example'),
        // A user of the workspace asking for another workspace.
        () => d.confirm({ email: known[2]!, code: '111111', workspace_id: `wsp_${'0'.repeat(32)}` }),
        async () => {
          await ctx.db
            .updateTable('user_sign_in_codes')
            .set({ expires_at: new Date(Date.now() - 1000) })
            .where('email', '=', known[0]!)
            .execute();
          return wrong(known[0]!)();
        },
        ...Array.from({ length: 5 }, () => wrong(known[1]!)),
      ],
    );
    expect(body).toMatchObject({ code: 'verification_failed', detail: 'The code is wrong or has expired. Ask for a new one.' });
  }, 120_000);
});

describe('several workspaces', () => {
  it('offers the workspaces to choose from, then signs in to the chosen one with a single-use choice token', async () => {
    const studio = await ctx.newWorkspace('Studio North');
    const atAcme = await addUser('both@acme.example', acme, 'owner');
    const atStudio = await addUser('both@acme.example', studio);
    const { code } = await d.requestCode('both@acme.example');
    const chooser = await d.confirm({ email: 'both@acme.example', code });
    expect(chooser.status).toBe(200);
    const { workspace_choice: choice } = (await chooser.json()) as {
      workspace_choice: { choice_token: string; expires_at: string; workspaces: Array<{ id: string; name: string; role: string }> };
    };
    expect(choice.workspaces).toEqual([
      expect.objectContaining({ id: acme.workspaceId, name: 'Acme Accounting', role: 'owner' }),
      expect.objectContaining({ id: studio.workspaceId, name: 'Studio North', role: 'staff' }),
    ]);
    expect((Date.parse(choice.expires_at) - Date.now()) / 60_000).toBeCloseTo(10, 0);
    // No session yet, and the code is used up.
    expect(await ctx.db.selectFrom('user_sessions').select('id').where('user_id', 'in', [atAcme.id, atStudio.id]).execute()).toEqual([]);
    expect((await d.confirm({ email: 'both@acme.example', code })).status).toBe(401);

    // A workspace the address is no user of leaves the choice usable.
    const third = await ctx.newWorkspace('Elsewhere');
    expect((await d.confirm({ choice_token: choice.choice_token, workspace_id: third.workspaceId })).status).toBe(401);
    const chosen = await d.confirm({ choice_token: choice.choice_token, workspace_id: studio.workspaceId, transport: 'token' });
    expect(chosen.status).toBe(201);
    const session = (await chosen.json()) as { session_token: string; user: { id: string }; workspace: { id: string } };
    expect(session.user.id).toBe(atStudio.id);
    expect(session.workspace.id).toBe(studio.workspaceId);
    expect(await (await me(session.session_token)).json()).toMatchObject({ kind: 'user', workspace_id: studio.workspaceId });
    expect((await d.confirm({ choice_token: choice.choice_token, workspace_id: acme.workspaceId })).status).toBe(401);

    // Naming the workspace with the code skips the choice.
    const again = await d.requestCode('both@acme.example');
    const direct = await d.confirm({ email: 'both@acme.example', code: again.code, workspace_id: acme.workspaceId });
    expect(direct.status).toBe(201);
    expect(((await direct.json()) as { user: { id: string } }).user.id).toBe(atAcme.id);
  });

  it('refuses a choice token alone, or a code with a choice token (400 naming the fields)', async () => {
    const res = await d.confirm({ choice_token: 'A'.repeat(43) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('/body/workspace_id');
    const mixed = await d.confirm({ email: 'x@acme.example', code: '123456', token: 'A'.repeat(43) });
    expect(mixed.status).toBe(400);
  });
});

describe('invitations', () => {
  it('emails a 7-day, single-use sign-in link that makes the invited user active', async () => {
    const mark = smtp.messages.length;
    const res = await ctx.fetch('/v1/workspace/users', {
      apiKey: acme.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'Sam@Acme.example', name: 'Sam Ortiz', role: 'staff' }),
    });
    expect(res.status).toBe(201);
    const user = (await res.json()) as { id: string; email: string; status: string; role: string };
    expect(user).toMatchObject({ email: 'sam@acme.example', status: 'invited', role: 'staff' });
    const mail = await smtp.waitForMessage((m) => m.to.includes('sam@acme.example') && smtp.messages.indexOf(m) >= mark, 25_000);
    expect(mail.subject).toBe('Acme Accounting invited you to their client portals');
    expect(mail.text).toContain('Hello Sam Ortiz,');
    const link = /(https:\/\/\S+\/console\/verify#token=[A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    expect(link.startsWith(`${TEST_PUBLIC_URL}/console/verify#token=`)).toBe(true);
    const row = await ctx.db.selectFrom('user_sign_in_tokens').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.kind).toBe('invitation');
    expect((row.expires_at.getTime() - row.created_at.getTime()) / 86_400_000).toBeCloseTo(7, 2);

    const token = new URL(link).hash.slice('#token='.length);
    const accepted = await d.confirm({ token, transport: 'cookie' });
    expect(accepted.status).toBe(201);
    const body = (await accepted.json()) as Record<string, unknown>;
    expect(body.session_token).toBeUndefined();
    expect(body.user).toMatchObject({ id: user.id, status: 'active' });
    expect(accepted.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual(['foyer_session', 'foyer_csrf']);
    expect((await d.confirm({ token })).status).toBe(401);
    const event = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'user.invited')
      .where('target_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_kind: 'owner', actor_id: acme.keyId, portal_id: null });
    expect(event.data).toMatchObject({ email: 'sam@acme.example', role: 'staff', invitation_sent: true });
  });

  it('answers 409 user_exists for an address that is already a user of the workspace', async () => {
    await addUser('twin@acme.example');
    const res = await ctx.fetch('/v1/workspace/users', {
      apiKey: acme.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'TWIN@acme.example' }),
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'user_exists' });
  });
});

describe('new devices', () => {
  it('emails a notice when the user signs in from a user agent with no live session, not for the first sign-in or a known device', async () => {
    await addUser('devices@acme.example');
    const notices = () => smtp.messages.filter((m) => m.to.includes('devices@acme.example') && /New sign-in/.test(m.subject));
    await signIn('devices@acme.example', { 'User-Agent': 'Laptop/1.0' });
    await signIn('devices@acme.example', { 'User-Agent': 'Laptop/1.0' });
    await signIn('devices@acme.example', { 'User-Agent': 'Phone/2.0' });
    const notice = await smtp.waitForMessage((m) => m.to.includes('devices@acme.example') && /New sign-in/.test(m.subject), 25_000);
    expect(notice.subject).toBe('New sign-in to Acme Accounting console');
    expect(notice.text).toContain('Phone/2.0');
    expect(notice.text).toContain(`${TEST_PUBLIC_URL}/console`);
    // The sign-ins before it were the first and a device already signed in: no notice for them.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(notices()).toHaveLength(1);
  });
});

describe('user sessions', () => {
  it('lists only one’s own live sessions, ends one of them, and 404s for another user’s', async () => {
    await addUser('sessions@acme.example');
    const first = await signIn('sessions@acme.example', { 'User-Agent': 'One' });
    const second = await signIn('sessions@acme.example', { 'User-Agent': 'Two' });
    const other = await ctx.newUser(acme.workspaceId);
    const list = await ctx.fetch('/v1/auth/sessions', { apiKey: second.session_token });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { data: Array<{ id: string; current: boolean; user_agent: string }> };
    expect(page.data.map((s) => [s.user_agent, s.current])).toEqual([
      ['Two', true],
      ['One', false],
    ]);

    expect((await ctx.fetch(`/v1/auth/sessions/${other.sessionId}`, { apiKey: second.session_token, method: 'DELETE' })).status).toBe(404);
    expect((await me(other.token)).status).toBe(200);
    const ended = await ctx.fetch(`/v1/auth/sessions/${sessionIdOf(first.session_token)}`, {
      apiKey: second.session_token,
      method: 'DELETE',
    });
    expect(ended.status).toBe(204);
    expect((await me(first.session_token)).status).toBe(401);
    expect((await me(second.session_token)).status).toBe(200);

    // API keys have no sessions of their own here.
    expect((await ctx.fetch('/v1/auth/sessions', { apiKey: acme.apiKey })).status).toBe(404);
    expect((await ctx.fetch('/v1/auth/sign-out', { apiKey: acme.apiKey, method: 'POST' })).status).toBe(404);

    const out = await ctx.fetch('/v1/auth/sign-out', { apiKey: second.session_token, method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join('\n')).toMatch(/foyer_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await me(second.session_token)).status).toBe(401);
    const revoked = await ctx.db.selectFrom('events').select(['type', 'actor_kind']).where('type', '=', 'user_session.revoked').execute();
    expect(revoked.length).toBeGreaterThanOrEqual(2);
  });

  it('ends a session 7 days after its last use, and 30 days after sign-in however recently it was used', async () => {
    const idle = await ctx.newUser(acme.workspaceId);
    const old = await ctx.newUser(acme.workspaceId);
    expect((await me(idle.token)).status).toBe(200);
    // The clock moves in the database, not by sleeping.
    await sql`update user_sessions set last_used_at = now() - interval '6 days 23 hours' where id = ${idle.sessionId}`.execute(ctx.db);
    expect((await me(idle.token)).status).toBe(200); // used: the idle window slides
    await sql`update user_sessions set last_used_at = now() - interval '7 days 1 minute' where id = ${idle.sessionId}`.execute(ctx.db);
    const gone = await me(idle.token);
    expect(gone.status).toBe(401);
    expect(await gone.json()).toMatchObject({ code: 'invalid_credentials' });

    await sql`update user_sessions set created_at = now() - interval '30 days', expires_at = now() - interval '1 second', last_used_at = now()
      where id = ${old.sessionId}`.execute(ctx.db);
    expect((await me(old.token)).status).toBe(401);
  });

  it('moves last_used_at at most once a minute', async () => {
    const user = await ctx.newUser(acme.workspaceId);
    const lastUsed = async () =>
      (await ctx.db.selectFrom('user_sessions').select('last_used_at').where('id', '=', user.sessionId).executeTakeFirstOrThrow())
        .last_used_at;
    await sql`update user_sessions set last_used_at = now() - interval '30 seconds' where id = ${user.sessionId}`.execute(ctx.db);
    const before = await lastUsed();
    for (let i = 0; i < 3; i++) expect((await me(user.token)).status).toBe(200);
    expect(await lastUsed()).toEqual(before);
    await sql`update user_sessions set last_used_at = now() - interval '61 seconds' where id = ${user.sessionId}`.execute(ctx.db);
    expect((await me(user.token)).status).toBe(200);
    expect(Date.now() - (await lastUsed()).getTime()).toBeLessThan(5_000);
    const listed = (await (await ctx.fetch('/v1/auth/sessions', { apiKey: user.token })).json()) as { data: Array<{ expires_at: string }> };
    // 7 days after that use, sooner than 30 days after sign-in.
    expect((Date.parse(listed.data[0]!.expires_at) - Date.now()) / 86_400_000).toBeCloseTo(7, 1);
  });
});
