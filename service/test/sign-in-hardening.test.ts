import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyCanonicalJson } from '../src/modules/events/legacy-canonical-json.ts';
import { newId } from '../src/lib/ids.ts';
import { verifyAuditChains } from '../src/modules/events/verify.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// Issue 11, security findings 3, 7, 8 and 9: link-mode visitors, sign-in methods, confirm limits, IPv6
// buckets and who gets mail. A real SMTP server receives the codes and notifications.
const BATCH_SECONDS = 2;
// The limit tests send a few hundred requests: generous on a loaded machine.
const LONG = 120_000;
let smtp: TestSmtp;
let ctx: TestContext;
let owner: TestWorkspace;

beforeAll(async () => {
  smtp = await startTestSmtp();
  // TRUST_PROXY 1: the one hop in front (this test) tells the client address in X-Forwarded-For.
  ctx = await createTestContext({ SMTP_URL: smtp.url, TRUST_PROXY: '1', NOTIFY_BATCH_SECONDS: String(BATCH_SECONDS) });
  owner = await ctx.newWorkspace('Acme Accounting');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const json = { 'content-type': 'application/json' };
let ipCounter = 0;
const freshIp = () => `10.77.${(++ipCounter >> 8) & 255}.${ipCounter & 255}`;

async function api<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; body?: unknown; token?: string; ip?: string } = {},
): Promise<{ status: number; body: T }> {
  const res = await ctx.fetch(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...json, 'X-Forwarded-For': init.ip ?? freshIp() },
    ...(init.token ? { apiKey: init.token } : {}),
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

const asOwner = <T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}) =>
  api<T>(path, { ...init, token: owner.apiKey });

async function linkPortal(name: string): Promise<{ id: string; key: string }> {
  const portal = await asOwner<{ id: string }>('/v1/portals', { body: { name, access_mode: 'link' } });
  expect(portal.status).toBe(201);
  return { id: portal.body.id, key: await rotate(portal.body.id) };
}

async function rotate(portalId: string): Promise<string> {
  const link = await asOwner<{ url: string }>(`/v1/portals/${portalId}/access-link`, { method: 'POST' });
  expect(link.status).toBe(201);
  return new URL(link.body.url).hash.replace('#k=', '');
}

async function addMember(portalId: string, email: string): Promise<string> {
  const res = await asOwner<{ id: string }>(`/v1/portals/${portalId}/members`, { body: { email } });
  expect([200, 201]).toContain(res.status);
  return res.body.id;
}

function visit(portalId: string, key: string, name: string, email: string, ip?: string) {
  return api<{ session_token?: string; member?: { id: string }; code?: string }>(`/v1/portals/${portalId}/verifications/confirm`, {
    body: { link_key: key, name, email },
    ...(ip ? { ip } : {}),
  });
}

async function visitor(portalId: string, key: string, name: string, email: string): Promise<string> {
  const res = await visit(portalId, key, name, email);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.session_token!;
}

/** Signs in with an emailed code; returns the session token. */
async function signInWithCode(portalId: string, email: string): Promise<string> {
  await ctx.db.deleteFrom('rate_limit_hits').execute();
  const mark = smtp.messages.length;
  expect((await api(`/v1/portals/${portalId}/verifications`, { body: { email } })).status).toBe(202);
  const mail = await smtp.waitForMessage(
    (m) => m.to.includes(email) && /sign-in code/.test(m.subject) && smtp.messages.indexOf(m) >= mark,
    20_000,
  );
  const code = /\b(\d{6})\b/.exec(mail.subject)![1]!;
  const res = await api<{ session_token: string }>(`/v1/portals/${portalId}/verifications/confirm`, { body: { email, code } });
  expect(res.status).toBe(201);
  return res.body.session_token;
}

async function ownerFile(portalId: string): Promise<string> {
  const res = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(PDF_BYTES, { filename: 'return.pdf' }), owner.apiKey);
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const sessionId = (token: string) => `ses_${token.slice(3, 35)}`;

describe('link-mode visitors do not take over members (finding 3)', () => {
  it('sends a visitor who types an owner-added or verified member’s email to the code flow, with no member id and no session', async () => {
    const portal = await linkPortal('Open house');
    const alice = await addMember(portal.id, 'alice@client.example');
    // Bob came in through the link, then proved his address with a code.
    await visitor(portal.id, portal.key, 'Bob', 'bob@client.example');
    await signInWithCode(portal.id, 'bob@client.example');
    const bob = await ctx.db
      .selectFrom('members')
      .select(['id', 'verified', 'origin'])
      .where('email', '=', 'bob@client.example')
      .executeTakeFirstOrThrow();
    expect(bob).toMatchObject({ verified: true, origin: 'access_link' });
    const sessionsBefore = await ctx.db.selectFrom('sessions').select('id').where('portal_id', '=', portal.id).execute();

    for (const [email, id] of [
      ['alice@client.example', alice],
      ['Bob@Client.example', bob.id],
    ] as const) {
      const mallory = await visit(portal.id, portal.key, 'Mallory', email);
      expect(mallory.status).toBe(403);
      expect(mallory.body.code).toBe('verification_required');
      expect(JSON.stringify(mallory.body)).not.toContain(id);
      expect(mallory.body.session_token).toBeUndefined();
    }
    expect(await ctx.db.selectFrom('sessions').select('id').where('portal_id', '=', portal.id).execute()).toHaveLength(
      sessionsBefore.length,
    );
    const aliceRow = await ctx.db.selectFrom('members').select(['name', 'verified']).where('id', '=', alice).executeTakeFirstOrThrow();
    expect(aliceRow).toEqual({ name: null, verified: false });

    // Newcomers still get in, and a link visitor who never verified may come back on another device.
    await visitor(portal.id, portal.key, 'Carol', 'carol@client.example');
    await visitor(portal.id, portal.key, 'Carol', 'carol@client.example');
  });

  it('refuses a link visitor’s decision with 403 verification_required; after a code sign-in the decision records the method', async () => {
    const portal = await linkPortal('Approvals by link');
    const token = await visitor(portal.id, portal.key, 'Dora', 'dora@client.example');
    const fileId = await ownerFile(portal.id);
    const request = await asOwner<{ id: string }>(`/v1/files/${fileId}/approval-requests`, { body: {} });
    expect(request.status).toBe(201);

    const refused = await api(`/v1/approval-requests/${request.body.id}/decisions`, { body: { decision: 'approve' }, token });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('verification_required');
    expect(await ctx.db.selectFrom('approval_decisions').select('id').where('request_id', '=', request.body.id).execute()).toHaveLength(0);

    const verified = await signInWithCode(portal.id, 'dora@client.example');
    const decided = await api<{ decisions: Array<{ sign_in_method: string; email: string }> }>(
      `/v1/approval-requests/${request.body.id}/decisions`,
      {
        body: { decision: 'approve' },
        token: verified,
      },
    );
    expect(decided.status).toBe(201);
    expect(decided.body.decisions).toEqual([expect.objectContaining({ email: 'dora@client.example', sign_in_method: 'code' })]);
  });
});

describe('link sessions end with the link (finding 8)', () => {
  it('ends access_link sessions when the link is rotated, and keeps code sessions', async () => {
    const portal = await linkPortal('Rotate');
    const linkToken = await visitor(portal.id, portal.key, 'Eve', 'eve@client.example');
    await addMember(portal.id, 'frank@client.example');
    const codeToken = await signInWithCode(portal.id, 'frank@client.example');
    expect((await api('/v1/me', { token: linkToken })).status).toBe(200);

    await rotate(portal.id);
    expect((await api('/v1/me', { token: linkToken })).status).toBe(401);
    expect((await api('/v1/me', { token: codeToken })).status).toBe(200);
    const rotated = await ctx.db
      .selectFrom('events')
      .select('data')
      .where('portal_id', '=', portal.id)
      .where('type', '=', 'portal.access_link_rotated')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(rotated.data).toEqual({ sessions_revoked: 1 });
  });

  it('ends access_link sessions when the portal switches to verified', async () => {
    const portal = await linkPortal('Switch');
    const linkToken = await visitor(portal.id, portal.key, 'Gina', 'gina@client.example');
    await addMember(portal.id, 'hank@client.example');
    const codeToken = await signInWithCode(portal.id, 'hank@client.example');

    const renamed = await asOwner(`/v1/portals/${portal.id}`, { method: 'PATCH', body: { name: 'Switch (renamed)' } });
    expect(renamed.status).toBe(200);
    expect((await api('/v1/me', { token: linkToken })).status).toBe(200);

    const switched = await asOwner(`/v1/portals/${portal.id}`, { method: 'PATCH', body: { access_mode: 'verified' } });
    expect(switched.status).toBe(200);
    expect((await api('/v1/me', { token: linkToken })).status).toBe(401);
    expect((await api('/v1/me', { token: codeToken })).status).toBe(200);
    const changed = await ctx.db
      .selectFrom('events')
      .select('data')
      .where('portal_id', '=', portal.id)
      .where('type', '=', 'portal.access_mode_changed')
      .executeTakeFirstOrThrow();
    expect(changed.data).toEqual({ from: 'link', to: 'verified', sessions_revoked: 1 });
  });
});

describe('confirm limits and IPv6 buckets (finding 7)', () => {
  const portalIds: string[] = [];
  beforeAll(async () => {
    for (const name of ['Limits A', 'Limits B']) portalIds.push((await asOwner<{ id: string }>('/v1/portals', { body: { name } })).body.id);
  });
  const guess = (portalId: string, ip: string, i: number) =>
    api(`/v1/portals/${portalId}/verifications/confirm`, { body: { email: `guess${i}@client.example`, code: '123456' }, ip });

  it(
    'limits code confirmations to 60 an hour per IP address, across portals',
    async () => {
      await ctx.db.deleteFrom('rate_limit_hits').execute();
      const ip = '192.0.2.60';
      for (let i = 0; i < 60; i++) expect((await guess(portalIds[i % 2]!, ip, i)).status).toBe(401);
      const refused = await guess(portalIds[0]!, ip, 60);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('rate_limited');
      expect((await guess(portalIds[0]!, '192.0.2.61', 61)).status).toBe(401);
    },
    LONG,
  );

  it(
    'limits code confirmations to 100 an hour per portal, from any number of addresses',
    async () => {
      await ctx.db.deleteFrom('rate_limit_hits').execute();
      for (let i = 0; i < 100; i++) expect((await guess(portalIds[0]!, freshIp(), i)).status).toBe(401);
      const res = await ctx.fetch(`/v1/portals/${portalIds[0]}/verifications/confirm`, {
        method: 'POST',
        headers: { ...json, 'X-Forwarded-For': freshIp() },
        body: JSON.stringify({ email: 'late@client.example', code: '123456' }),
      });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect((await guess(portalIds[1]!, freshIp(), 101)).status).toBe(401);
    },
    LONG,
  );

  it(
    'counts every address of one IPv6 /64 as one client, for every per-IP limit',
    async () => {
      const inNet = (net: string, i: number) => `2001:db8:${net}::${(i + 1).toString(16)}:${(i * 31 + 7).toString(16)}`;
      const cases: Array<{ limit: number; net: string; call: (ip: string, i: number) => Promise<{ status: number }>; ok: number }> = [
        {
          limit: 20,
          net: 'a:1',
          ok: 202,
          call: (ip, i) => api(`/v1/portals/${portalIds[1]}/verifications`, { body: { email: `v6-${i}@client.example` }, ip }),
        },
        { limit: 60, net: 'a:2', ok: 401, call: (ip, i) => guess(portalIds[1]!, ip, i) },
      ];
      const open = await linkPortal('IPv6 link');
      cases.push({ limit: 30, net: 'a:3', ok: 201, call: (ip, i) => visit(open.id, open.key, 'V6', `v6-visitor-${i}@client.example`, ip) });
      for (const c of cases) {
        await ctx.db.deleteFrom('rate_limit_hits').execute();
        for (let i = 0; i < c.limit; i++) expect((await c.call(inNet(c.net, i), i)).status, `${c.net} #${i}`).toBe(c.ok);
        expect((await c.call(inNet(c.net, c.limit), c.limit)).status, c.net).toBe(429);
        expect((await c.call(`2001:db8:b:${c.limit}::1`, c.limit + 1)).status, `another /64 after ${c.net}`).toBe(c.ok);
      }
    },
    LONG,
  );
});

describe('mail only to addresses someone stands behind (finding 9)', () => {
  it('sends no notification and no new-device mail to an unverified link visitor; owner-added members stay notified', async () => {
    const portal = await linkPortal('Mail rules');
    await visitor(portal.id, portal.key, 'Ivan', 'ivan@client.example');
    await visitor(portal.id, portal.key, 'Ivan', 'ivan@client.example'); // a second device
    await addMember(portal.id, 'judy@client.example'); // added by the owner, never signed in
    await ownerFile(portal.id);

    const shared = await smtp.waitForMessage((m) => m.to.includes('judy@client.example'), 20_000);
    expect(shared.text).toContain('return.pdf');
    const planned = await ctx.db.selectFrom('notification_batches').select('email').where('portal_id', '=', portal.id).execute();
    expect(planned.map((b) => b.email)).toEqual(['judy@client.example']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages.filter((m: ReceivedMail) => m.to.includes('ivan@client.example'))).toEqual([]);
  });
});

describe('sign-in methods are recorded (finding 3)', () => {
  it('records the method of every session, of the events its member causes and of its decisions', async () => {
    const portal = await linkPortal('Methods');
    const fileId = await ownerFile(portal.id);
    const byLink = await visitor(portal.id, portal.key, 'Kim', 'kim@client.example');
    const leoId = await addMember(portal.id, 'leo@client.example');
    const byCode = await signInWithCode(portal.id, 'leo@client.example');
    const link = await asOwner<{ url: string }>(`/v1/portals/${portal.id}/sign-in-links`, { body: { member_id: leoId } });
    const bySignInLink = (
      await api<{ session_token: string }>(`/v1/portals/${portal.id}/verifications/confirm`, {
        body: { token: new URL(link.body.url).hash.slice(7) },
      })
    ).body.session_token;
    await ctx.db.deleteFrom('rate_limit_hits').execute();
    const mark = smtp.messages.length;
    await api(`/v1/portals/${portal.id}/verifications`, { body: { email: 'leo@client.example' } });
    const mail = await smtp.waitForMessage(
      (m) => m.to.includes('leo@client.example') && /sign-in code/.test(m.subject) && smtp.messages.indexOf(m) >= mark,
      20_000,
    );
    const magic = /verify#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    const byMagicLink = (await api<{ session_token: string }>(`/v1/portals/${portal.id}/verifications/confirm`, { body: { token: magic } }))
      .body.session_token;

    const tokens = { access_link: byLink, code: byCode, sign_in_link: bySignInLink, magic_link: byMagicLink };
    for (const [method, token] of Object.entries(tokens)) {
      const session = await ctx.db.selectFrom('sessions').select('method').where('id', '=', sessionId(token)).executeTakeFirstOrThrow();
      expect(session.method).toBe(method);
      const comment = await api(`/v1/files/${fileId}/comments`, { body: { body: `via ${method}` }, token });
      expect(comment.status).toBe(201);
    }

    const events = await asOwner<{
      data: Array<{ type: string; data: Record<string, unknown>; actor: { kind: string; sign_in_method: string | null } }>;
    }>(`/v1/portals/${portal.id}/events?limit=100`);
    const comments = events.body.data.filter((e) => e.type === 'comment.created');
    expect(comments.map((e) => [e.data.excerpt, e.actor.sign_in_method]).sort()).toEqual(
      Object.keys(tokens)
        .map((m) => [`via ${m}`, m])
        .sort(),
    );
    const created = events.body.data.filter((e) => e.type === 'session.created');
    for (const e of created) expect(e.actor.sign_in_method).toBe(e.data.method);
    expect(events.body.data.find((e) => e.type === 'file.uploaded')!.actor).toEqual({
      kind: 'owner',
      id: owner.keyId,
      sign_in_method: null,
    });

    const request = await asOwner<{ id: string }>(`/v1/files/${fileId}/approval-requests`, { body: { approvers: [leoId] } });
    const decided = await api<{ decisions: Array<{ sign_in_method: string }> }>(`/v1/approval-requests/${request.body.id}/decisions`, {
      body: { decision: 'approve' },
      token: byMagicLink,
    });
    expect(decided.body.decisions.map((d) => d.sign_in_method)).toEqual(['magic_link']);
    const row = await ctx.db
      .selectFrom('approval_decisions')
      .select('sign_in_method')
      .where('request_id', '=', request.body.id)
      .executeTakeFirstOrThrow();
    expect(row.sign_in_method).toBe('magic_link');
  });

  it('keeps a chain verifiable across events hashed before (version 1) and after (version 2 on) methods were recorded', async () => {
    const portal = await linkPortal('Old and new');
    const before = await ctx.db
      .selectFrom('events')
      .select(['hash'])
      .where('portal_id', '=', portal.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    // An event as the service recorded it before this upgrade: hashed without the method.
    const old = {
      id: newId('event'),
      workspace_id: owner.workspaceId,
      portal_id: portal.id,
      type: 'portal.viewed',
      actor_kind: 'member',
      actor_id: 'mem_old',
      target_type: 'portal',
      target_id: portal.id,
      data: {},
      ip: '192.0.2.1',
      user_agent: 'old',
      request_id: 'req_old',
      created_at: new Date(),
    };
    const oldHash = createHash('sha256')
      .update(before.hash)
      .update(legacyCanonicalJson({ ...old, created_at: old.created_at.toISOString() }))
      .digest('hex');
    await ctx.db
      .insertInto('events')
      .values({
        ...old,
        actor_kind: 'member',
        data: JSON.stringify({}),
        actor_method: null,
        prev_hash: before.hash,
        hash: oldHash,
        hash_version: 1,
      })
      .execute();

    await visitor(portal.id, portal.key, 'Mia', 'mia@client.example');
    const rows = await ctx.db
      .selectFrom('events')
      .select(['hash_version', 'actor_method', 'type'])
      .where('portal_id', '=', portal.id)
      .orderBy('seq')
      .execute();
    expect(rows.at(-1)).toEqual({ hash_version: 4, actor_method: 'access_link', type: 'session.created' });
    expect((await verifyAuditChains(ctx.db, { portalId: portal.id }))[0]!.broken).toBeUndefined();

    // The method is covered: changing it breaks the event's hash.
    await sql`alter table events disable trigger events_append_only`.execute(ctx.db);
    await sql`update events set actor_method = 'code' where portal_id = ${portal.id} and type = 'session.created'`.execute(ctx.db);
    await sql`alter table events enable trigger events_append_only`.execute(ctx.db);
    expect((await verifyAuditChains(ctx.db, { portalId: portal.id }))[0]!.broken?.reason).toContain('altered');
  });
});
