import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PUBLIC_URL, type TestContext, type TestUser, type TestWorkspace } from './support/context.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// What clients do reaches every user of the workspace by email unless they muted it (everything, or one
// portal), plus the workspace's notify_emails — one email per address, through a real SMTP server.
const BATCH_SECONDS = 1;
let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let firstOwner: string;
let staff: TestUser;
let mutedAll: TestUser;
let mutedHere: TestUser;
let mutedElsewhere: TestUser;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, NOTIFY_BATCH_SECONDS: String(BATCH_SECONDS) });
  acme = await ctx.newWorkspace('Acme Accounting');
  firstOwner = (await ctx.db.selectFrom('users').select('email').where('workspace_id', '=', acme.workspaceId).executeTakeFirstOrThrow())
    .email;
  staff = await ctx.newUser(acme.workspaceId, { email: 'staff@acme.example' });
  mutedAll = await ctx.newUser(acme.workspaceId, { email: 'muted@acme.example' });
  mutedHere = await ctx.newUser(acme.workspaceId, { email: 'muted-here@acme.example' });
  mutedElsewhere = await ctx.newUser(acme.workspaceId, { email: 'muted-elsewhere@acme.example' });
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

async function call<T = Record<string, unknown>>(token: string, path: string, method: string, body?: unknown): Promise<T> {
  const res = await ctx.fetch(path, {
    apiKey: token,
    method,
    ...(body === undefined ? {} : { headers: json, body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

const digestsTo = (to: string) => smtp.messages.filter((m) => m.to.includes(to) && m.raw.includes('X-Foyer-Template: notification_digest'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client of the portal, signed in through a one-time link (its session token). */
async function client(portalId: string, email: string): Promise<string> {
  const member = await call<{ id: string }>(acme.apiKey, `/v1/portals/${portalId}/members`, 'POST', { email });
  const link = await call<{ url: string }>(acme.apiKey, `/v1/portals/${portalId}/sign-in-links`, 'POST', { member_id: member.id });
  const res = await ctx.fetch(`/v1/portals/${portalId}/verifications/confirm`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ token: new URL(link.url).hash.slice('#token='.length) }),
  });
  return ((await res.json()) as { session_token: string }).session_token;
}

describe('notifications to users', () => {
  it('reach every user who has not muted the portal, and notify_emails, once per address', async () => {
    const portal = await call<{ id: string }>(acme.apiKey, '/v1/portals', 'POST', { name: '2026 tax return' });
    const elsewhere = await call<{ id: string }>(acme.apiKey, '/v1/portals', 'POST', { name: 'Another client' });
    await call(mutedAll.token, `/v1/workspace/users/${mutedAll.id}`, 'PATCH', { notifications: { muted: true, muted_portal_ids: [] } });
    await call(mutedHere.token, `/v1/workspace/users/${mutedHere.id}`, 'PATCH', {
      notifications: { muted: false, muted_portal_ids: [portal.id] },
    });
    await call(mutedElsewhere.token, `/v1/workspace/users/${mutedElsewhere.id}`, 'PATCH', {
      notifications: { muted: false, muted_portal_ids: [elsewhere.id] },
    });
    // A shared inbox, and a user's address listed again: still one email to it.
    await call(acme.apiKey, '/v1/workspace', 'PATCH', { notify_emails: ['desk@acme.example', 'Staff@acme.example'] });

    const dana = await client(portal.id, 'dana@client.example');
    const upload = await ctx.upload(`/v1/portals/${portal.id}/files`, fileForm(PDF_BYTES, { filename: 'bank-statement.pdf' }), dana);
    expect(upload.status).toBe(201);

    const wanted = [firstOwner, 'staff@acme.example', 'muted-elsewhere@acme.example', 'desk@acme.example'];
    const mails: ReceivedMail[] = await Promise.all(
      wanted.map((to) => smtp.waitForMessage((m) => m.to.includes(to) && m.text.includes('bank-statement.pdf'), 20_000)),
    );
    for (const mail of mails) {
      expect(mail.text).toContain(`${TEST_PUBLIC_URL}/console/portals/${portal.id}`);
      expect(mail.text).toContain('uploaded');
    }
    await sleep((BATCH_SECONDS + 4) * 1000);
    for (const to of wanted) expect(digestsTo(to), to).toHaveLength(1);
    for (const to of ['muted@acme.example', 'muted-here@acme.example']) expect(digestsTo(to), to).toHaveLength(0);
  }, 60_000);

  it('mutes a user with the unsubscribe link in their email', async () => {
    const portal = await call<{ id: string }>(acme.apiKey, '/v1/portals', 'POST', { name: 'Unsubscribe' });
    const uma = await client(portal.id, 'uma@client.example');
    await ctx.upload(`/v1/portals/${portal.id}/files`, fileForm(PDF_BYTES, { filename: 'receipts.pdf' }), uma);
    const mail = await smtp.waitForMessage((m) => m.to.includes('muted-elsewhere@acme.example') && m.text.includes('receipts.pdf'), 20_000);
    const url = /<(https:\/\/[^>]+)>/
      .exec(mail.raw.slice(mail.raw.indexOf('List-Unsubscribe:')))![1]!
      .replace(TEST_PUBLIC_URL, ctx.baseUrl);
    const res = await fetch(url, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    const user = await call<{ notifications: { muted: boolean } }>(mutedElsewhere.token, '/v1/me', 'GET');
    expect(user).toMatchObject({ user: { notifications: { muted: true } } });
    const event = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'user.updated')
      .where('target_id', '=', mutedElsewhere.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_kind: 'anonymous', portal_id: null });
    expect(event.data).toMatchObject({ changed: ['notifications'], via: 'unsubscribe_link' });
  }, 60_000);

  it('tells clients what a user shared, as what the business shared', async () => {
    const portal = await call<{ id: string }>(acme.apiKey, '/v1/portals', 'POST', { name: 'Shared by staff' });
    await client(portal.id, 'carl@client.example');
    const upload = await ctx.upload(`/v1/portals/${portal.id}/files`, fileForm(PDF_BYTES, { filename: 'draft-return.pdf' }), staff.token);
    expect(upload.status).toBe(201);
    const mail = await smtp.waitForMessage((m) => m.to.includes('carl@client.example') && m.text.includes('draft-return.pdf'), 20_000);
    expect(mail.subject).toContain('Shared by staff');
    // The business hears nothing of its own upload.
    await sleep((BATCH_SECONDS + 3) * 1000);
    expect(smtp.messages.filter((m) => m.text.includes('draft-return.pdf')).map((m) => m.to)).toEqual([['carl@client.example']]);
  }, 60_000);
});
