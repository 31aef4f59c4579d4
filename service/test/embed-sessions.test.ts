import { Foyer } from '@foyer/sdk';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyedHash } from '../src/lib/secrets.ts';
import { createTestContext, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import { askApproval, decide, uploadFile, type SignedInMember } from './support/receipts.ts';

// Issue 16 §1: sessions handed over by the business's backend. An API key asks for a one-time embed code for
// a member (or an address, which becomes one); the widget exchanges it through confirmVerification for a
// client session whose sign-in method is `embed`, which events, decisions and receipts record.
let ctx: TestContext;
let acme: TestWorkspace;
let other: TestWorkspace;
let portalId: string;
/** The SDK with Acme's API key, and without credentials. */
let owner: Foyer;
let anonymous: Foyer;

const json = { 'content-type': 'application/json' };
let ipCounter = 0;
const freshIp = () => `10.88.${(++ipCounter >> 8) & 255}.${ipCounter & 255}`;

async function api<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; body?: unknown; credential?: string; ip?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const res = await ctx.fetch(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...json, 'x-forwarded-for': init.ip ?? freshIp(), ...init.headers },
    ...(init.credential ? { apiKey: init.credential } : {}),
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}

interface EmbedSession {
  embed_code: string;
  expires_at: string;
  member_id: string;
}

const embed = (body: unknown, credential = acme.apiKey, portal = portalId) =>
  api<EmbedSession & { code?: string }>(`/v1/portals/${portal}/embed-sessions`, { body, credential });
const confirm = (embedCode: string, portal = portalId, ip?: string) =>
  api<{ session_token?: string; member?: { id: string; verified: boolean }; code?: string; detail?: string }>(
    `/v1/portals/${portal}/verifications/confirm`,
    { body: { embed_code: embedCode }, ...(ip ? { ip } : {}) },
  );
/** A failed confirmation's body without its request id: what every failure must share. */
const failure = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });

beforeAll(async () => {
  ctx = await createTestContext({ TRUST_PROXY: '1' });
  acme = await ctx.newWorkspace('Acme Accounting');
  other = await ctx.newWorkspace('Other');
  owner = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  anonymous = new Foyer({ baseUrl: ctx.baseUrl });
  portalId = (await owner.portals.create({ name: 'Dana Whitfield' })).id;
});
afterAll(() => ctx.close());

describe('createEmbedSession', () => {
  it('makes a member of an unknown address and a single-use 256-bit code for it', async () => {
    const before = Date.now();
    const made = await owner.portals.createEmbedSession(portalId, { email: 'Dana@Client.test', name: 'Dana' });
    expect(made.embed_code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(made.embed_code, 'base64url')).toHaveLength(32);
    const ttl = Date.parse(made.expires_at) - before;
    expect(ttl).toBeGreaterThan(115_000);
    expect(ttl).toBeLessThan(125_000);
    const member = await owner.members.list(portalId).toArray({ limit: 10 });
    expect(member).toEqual([expect.objectContaining({ id: made.member_id, email: 'dana@client.test', name: 'Dana', status: 'active' })]);
    const added = await ctx.db
      .selectFrom('events')
      .select(['type', 'actor_kind', 'actor_id', 'data'])
      .where('portal_id', '=', portalId)
      .where('target_id', '=', made.member_id)
      .orderBy('seq')
      .execute();
    expect(added.map((e) => e.type)).toEqual(['member.added', 'member.embed_session_created']);
    expect(added[0]).toMatchObject({ actor_kind: 'owner', actor_id: acme.keyId, data: { email: 'dana@client.test', via: 'embed' } });

    const { session, client } = await anonymous.verifications.confirmEmbedCode(portalId, made.embed_code);
    expect(session.member).toMatchObject({ id: made.member_id, verified: true });
    const me = await client.me.get();
    expect(me).toMatchObject({ member: { id: made.member_id } });
    const [listed] = await owner.sessions.list(portalId).toArray({ limit: 10 });
    expect(listed).toMatchObject({ method: 'embed', member: { id: made.member_id } });
    const created = await ctx.db
      .selectFrom('events')
      .select(['actor_kind', 'actor_method', 'data'])
      .where('portal_id', '=', portalId)
      .where('type', '=', 'session.created')
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({ actor_kind: 'member', actor_method: 'embed', data: { method: 'embed' } });
  });

  it('names an existing member by id or by address, and adds nobody', async () => {
    const { id } = await owner.members.add(portalId, { email: 'sam@client.test' });
    const byId = await embed({ member_id: id });
    const byEmail = await embed({ email: 'SAM@client.test' });
    expect([byId.status, byEmail.status]).toEqual([201, 201]);
    expect([byId.body.member_id, byEmail.body.member_id]).toEqual([id, id]);
    const added = await ctx.db.selectFrom('events').select('id').where('type', '=', 'member.added').where('target_id', '=', id).execute();
    expect(added).toHaveLength(1);
  });

  it('answers 400 validation_failed unless exactly one of member_id and email is given', async () => {
    for (const body of [{ ttl_seconds: 60 }, { member_id: `mem_${'0'.repeat(32)}`, email: 'x@client.test' }]) {
      const answer = await embed(body);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
    }
  });

  it('holds ttl_seconds to 1..600 (400 validation_failed outside), default 120', async () => {
    for (const ttl of [0, 601, 3600]) {
      const answer = await embed({ email: 'ttl@client.test', ttl_seconds: ttl });
      expect(answer.status, `ttl ${ttl}`).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
    }
    for (const ttl of [1, 600]) {
      const before = Date.now();
      const answer = await embed({ email: 'ttl@client.test', ttl_seconds: ttl });
      expect(answer.status).toBe(201);
      expect(Math.abs(Date.parse(answer.body.expires_at) - before - ttl * 1000)).toBeLessThan(5_000);
    }
  });

  it('answers 404 for an unknown member id, and 409 member_revoked for a revoked member by id or address', async () => {
    const unknown = await embed({ member_id: `mem_${'0'.repeat(32)}` });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'not_found']);
    const { id } = await owner.members.add(portalId, { email: 'gone@client.test' });
    const pending = await embed({ member_id: id });
    await owner.members.revoke(portalId, id);
    for (const body of [{ member_id: id }, { email: 'gone@client.test' }]) {
      const answer = await embed(body);
      expect([answer.status, answer.body.code]).toEqual([409, 'member_revoked']);
    }
    // Revoking voided the code handed out before.
    expect((await confirm(pending.body.embed_code)).status).toBe(401);
    // Added again by the business, the member can be signed in again.
    await owner.members.add(portalId, { email: 'gone@client.test' });
    expect((await embed({ member_id: id })).status).toBe(201);
  });

  it('answers 409 portal_archived for an archived portal', async () => {
    const archived = await owner.portals.create({ name: 'Old' });
    await owner.portals.update(archived.id, { status: 'archived' });
    const answer = await embed({ email: 'dana@client.test' }, acme.apiKey, archived.id);
    expect([answer.status, answer.body.code]).toEqual([409, 'portal_archived']);
  });

  it('is for an API key of the workspace only: a user session 403, a client session or another workspace 404', async () => {
    const user = await ctx.newUser(acme.workspaceId, { role: 'owner' });
    const asUser = await embed({ email: 'dana@client.test' }, user.token);
    expect([asUser.status, asUser.body.code]).toEqual([403, 'api_key_required']);
    const made = await embed({ email: 'dana@client.test' });
    const client = await confirm(made.body.embed_code);
    const asClient = await embed({ email: 'dana@client.test' }, client.body.session_token);
    expect([asClient.status, asClient.body.code]).toEqual([404, 'not_found']);
    const asStranger = await embed({ email: 'dana@client.test' }, other.apiKey);
    expect([asStranger.status, asStranger.body.code]).toEqual([404, 'not_found']);
    const anonymous = await api<{ code: string }>(`/v1/portals/${portalId}/embed-sessions`, { body: { email: 'dana@client.test' } });
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'authentication_required']);
  });
});

describe('confirmVerification {embed_code}', () => {
  it('answers one 401 body for a used, an expired, an unknown and another portal’s code', async () => {
    const used = await embed({ email: 'dana@client.test' });
    expect((await confirm(used.body.embed_code)).status).toBe(201);
    const expired = await embed({ email: 'dana@client.test', ttl_seconds: 1 });
    await new Promise((r) => setTimeout(r, 1_500));
    const elsewhere = await owner.portals.create({ name: 'Elsewhere' });
    const theirs = await embed({ email: 'dana@client.test' }, acme.apiKey, elsewhere.id);
    const answers = [
      await confirm(used.body.embed_code),
      await confirm(expired.body.embed_code),
      await confirm('A'.repeat(43)),
      await confirm(theirs.body.embed_code),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401]);
    expect(answers[0]!.body).toMatchObject({ code: 'verification_failed' });
    for (const a of answers) expect(failure(a.body)).toEqual(failure(answers[0]!.body));
    // The other portal's code was not spent by the attempt.
    expect((await confirm(theirs.body.embed_code, elsewhere.id)).status).toBe(201);
  });

  it('gives a session of 24 hours, where a sign-in link gives one of 90 days', async () => {
    const before = Date.now();
    const made = await embed({ email: 'daily@client.test' });
    const session = await confirm(made.body.embed_code);
    const link = await owner.signInLinks.create(portalId, { member_id: made.body.member_id });
    const linked = await api<{ expires_at: string }>(`/v1/portals/${portalId}/verifications/confirm`, {
      body: { token: new URL(link.url).hash.replace('#token=', '') },
    });
    const hours = (answer: { body: unknown }) => (Date.parse((answer.body as { expires_at: string }).expires_at) - before) / 3600_000;
    expect(hours(session)).toBeCloseTo(24, 1);
    expect(hours(linked)).toBeCloseTo(90 * 24, 1);
    const row = await ctx.db
      .selectFrom('sessions')
      .select(['method', 'expires_at'])
      .where('member_id', '=', made.body.member_id)
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
    expect(row.method).toBe('embed');
    expect((row.expires_at.getTime() - before) / 3600_000).toBeCloseTo(24, 1);
  });

  it('does not take an embed code as a magic-link token, nor the other way round', async () => {
    const made = await embed({ email: 'dana@client.test' });
    const asToken = await api<{ code: string }>(`/v1/portals/${portalId}/verifications/confirm`, { body: { token: made.body.embed_code } });
    expect([asToken.status, asToken.body.code]).toEqual([401, 'verification_failed']);
    const link = await owner.signInLinks.create(portalId, { member_id: made.body.member_id });
    const token = new URL(link.url).hash.replace('#token=', '');
    expect((await confirm(token)).status).toBe(401);
    // Neither attempt spent the code.
    expect((await confirm(made.body.embed_code)).status).toBe(201);
  });

  it('gives exactly one session to 20 parallel confirmations of one code', async () => {
    const made = await embed({ email: 'race@client.test' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => confirm(made.body.embed_code)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(19);
    const sessions = await ctx.db.selectFrom('sessions').select('id').where('member_id', '=', made.body.member_id).execute();
    expect(sessions).toHaveLength(1);
  });

  it('keeps only the keyed hash of a code: the database never holds the code', async () => {
    const made = await embed({ email: 'dana@client.test' });
    const row = await ctx.db
      .selectFrom('sign_in_tokens')
      .selectAll()
      .where('token_hash', '=', keyedHash(TEST_SECRET_KEY, `embed:${made.body.embed_code}`))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'embed', member_id: made.body.member_id, consumed_at: null });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from sign_in_tokens where token_hash = ${made.body.embed_code}
      or position(${made.body.embed_code} in coalesce(token_hash, '')) > 0`.execute(ctx.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('counts embed confirmations in the per-IP confirm limit (60 an hour)', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await confirm('B'.repeat(43), portalId, ip)).status);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it('records `embed` on the decision, and the receipt says the business’s website signed the member in', async () => {
    const made = await embed({ email: 'approver@client.test' });
    const ip = freshIp();
    const signedIn = await confirm(made.body.embed_code, portalId, ip);
    const member: SignedInMember = {
      memberId: made.body.member_id,
      email: 'approver@client.test',
      token: signedIn.body.session_token!,
      ip,
      userAgent: 'Browser of approver',
    };
    const fileId = await uploadFile(ctx, acme, portalId, Buffer.from('%PDF-1.4\n%embed\n'), 'return.pdf');
    const requestId = await askApproval(ctx, acme, fileId, [member]);
    const decided = await decide(ctx, requestId, member, 'approve');
    expect(decided.decisions).toEqual([expect.objectContaining({ sign_in_method: 'embed', email: 'approver@client.test' })]);
    const event = await ctx.db
      .selectFrom('events')
      .select(['actor_method'])
      .where('type', '=', 'approval.approved')
      .where('portal_id', '=', portalId)
      .executeTakeFirstOrThrow();
    expect(event.actor_method).toBe('embed');
    const page = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: acme.apiKey, headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('signed in by Acme Accounting&#39;s website as approver@client.test');
  });
});
