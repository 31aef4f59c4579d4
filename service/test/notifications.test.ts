import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { NO_REQUEST } from '../src/lib/request-meta.ts';
import type { EventInput } from '../src/modules/events/recorder.ts';
import { createTestContext, TEST_PUBLIC_URL, type TestContext, type TestWorkspace } from './support/context.ts';
import { newPortalWithMembers, signInByLink } from './support/clients.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';

// Notification emails end to end: events → dispatch job → batch → flush job → mail.send → a real SMTP server.
// Comment and approval events are recorded here with the app's EventRecorder, in the shapes the comments/approvals
// modules emit, to control their timing; full-loop.test.ts drives the same notifications through the API.
const BATCH_SECONDS = 4;
const OWNER = 'owner@acme.test';

let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let foyer: Foyer;

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, NOTIFY_BATCH_SECONDS: String(BATCH_SECONDS) });
  acme = await ctx.newWorkspace('Acme Accounting');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  await foyer.workspace.update({ notify_emails: [OWNER] });
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A header as it was sent (unfolded): mailparser turns `List-*` headers into an object of its own. */
function header(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** Notification emails (not sign-in mail) received so far for `to`. */
function digests(to: string): ReceivedMail[] {
  return smtp.messages.filter((m) => m.to.includes(to) && header(m, 'x-foyer-template') === 'notification_digest');
}

function nextDigest(to: string, predicate: (m: ReceivedMail) => boolean = () => true): Promise<ReceivedMail> {
  return smtp.waitForMessage((m) => m.to.includes(to) && header(m, 'x-foyer-template') === 'notification_digest' && predicate(m), 20_000);
}

/** Waits out a batching window (and the jobs around it), so any email that was coming has come. */
const quietPeriod = () => sleep((BATCH_SECONDS + 4) * 1000);

const newPortal = (name: string, members: Array<{ email: string; name?: string }>) => newPortalWithMembers(foyer, name, members);
const signIn = (portalId: string, memberId: string) => signInByLink(foyer, portalId, memberId);

async function record(input: Omit<EventInput, 'workspaceId'>): Promise<void> {
  await ctx.db.transaction().execute((trx) => ctx.events.record(trx, { workspaceId: acme.workspaceId, ...input }, NO_REQUEST));
}

/** The one-click URL of `mail`'s List-Unsubscribe header, pointed at the test server instead of PUBLIC_URL. */
function unsubscribeUrl(mail: ReceivedMail): string {
  const raw = header(mail, 'list-unsubscribe') ?? '';
  const match = /<(https:\/\/[^>]+)>/.exec(raw);
  expect(match, raw).not.toBeNull();
  expect(match![1]!.startsWith(`${TEST_PUBLIC_URL}/unsubscribe?t=`)).toBe(true);
  return match![1]!.replace(TEST_PUBLIC_URL, ctx.baseUrl);
}

describe('notification emails', () => {
  it('emails a client once when the owner shares a file, with the portal link and one-click unsubscribe', async () => {
    const { portal } = await newPortal('2026 tax return', [{ email: 'dana@client.test', name: 'Dana Whitfield' }]);
    await foyer.files.upload(portal.id, new Blob(['%PDF-1.7 return']), { name: 'return-2026.pdf' });

    const mail = await nextDigest('dana@client.test');
    expect(mail.subject).toBe('New file in 2026 tax return: return-2026.pdf');
    expect(mail.text).toContain('Hello Dana Whitfield,');
    expect(mail.text).toContain('Acme Accounting shared return-2026.pdf.');
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/p/${portal.id}`);
    expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/p/${portal.id}"`);
    expect(header(mail, 'list-unsubscribe')).toMatch(/^<https:\/\/portal\.foyer\.test\/unsubscribe\?t=u1\.[\w-]+\.[\w-]+>$/);
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    await quietPeriod();
    expect(digests('dana@client.test')).toHaveLength(1);
    // The owner's own upload tells the owners nothing.
    expect(digests(OWNER).filter((m) => m.text.includes('return-2026.pdf'))).toHaveLength(0);
  }, 60_000);

  it('emails the owners once when a client uploads and when a client comments; a reply reaches the comment author', async () => {
    const { portal, members } = await newPortal('Bookkeeping', [{ email: 'sam@client.test', name: 'Sam Ortiz' }]);
    const sam = members[0]!;
    const client = await signIn(portal.id, sam.id);
    const file = await client.files.upload(portal.id, new Blob(['bank statement']), { name: 'statement-march.pdf' });

    const uploaded = await nextDigest(OWNER, (m) => m.text.includes('statement-march.pdf'));
    expect(uploaded.subject).toBe('Sam Ortiz uploaded statement-march.pdf to Bookkeeping');
    // The business reviews in the console; the portal's page is the client's view.
    expect(uploaded.text).toContain(`${TEST_PUBLIC_URL}/console/portals/${portal.id}`);
    expect(uploaded.text).not.toContain(`${TEST_PUBLIC_URL}/p/${portal.id}`);

    // comment.created as the comments module records it (target comment; data {file_id, parent_id, version, excerpt}).
    await record({
      portalId: portal.id,
      type: 'comment.created',
      actor: { kind: 'member', id: sam.id },
      target: { type: 'comment', id: 'cmt_samquestion000000000000000000000' },
      data: { file_id: file.id, parent_id: null, version: 1, excerpt: 'Is the <March> total right?' },
    });
    const commented = await nextDigest(OWNER, (m) => m.subject.includes('commented'));
    expect(commented.subject).toBe('Sam Ortiz commented on statement-march.pdf');
    expect(commented.text).toContain('“Is the <March> total right?”');
    expect(commented.html).toContain('Is the &lt;March&gt; total right?');

    // The owner answers in the thread: the comment's author hears of it, as coming from the business.
    await record({
      portalId: portal.id,
      type: 'comment.created',
      actor: { kind: 'owner', id: acme.keyId },
      target: { type: 'comment', id: 'cmt_ownerreply0000000000000000000000' },
      data: { file_id: file.id, parent_id: 'cmt_samquestion000000000000000000000', version: 1, excerpt: 'Yes, it matches the bank.' },
    });
    const reply = await nextDigest('sam@client.test');
    expect(reply.subject).toBe('Acme Accounting replied to your comment on statement-march.pdf');
    expect(reply.text).toContain('“Yes, it matches the bank.”');

    await quietPeriod();
    expect(digests(OWNER).filter((m) => m.text.includes('statement-march.pdf'))).toHaveLength(2);
    expect(digests('sam@client.test')).toHaveLength(1);
  }, 90_000);

  it('tells clients of a new version the business uploads, and the owners of one a client uploads', async () => {
    const { portal, members } = await newPortal('Versions', [{ email: 'vera@client.test', name: 'Vera' }]);
    const file = await foyer.files.upload(portal.id, new Blob(['v1']), { name: 'contract.pdf' });
    await nextDigest('vera@client.test');
    await foyer.versions.upload(file.id, new Blob(['v2']));
    const shared = await nextDigest('vera@client.test', (m) => m.subject.startsWith('New version'));
    expect(shared.subject).toBe('New version of contract.pdf in Versions');
    expect(shared.text).toContain('Acme Accounting uploaded version 2 of contract.pdf.');

    const vera = await signIn(portal.id, members[0]!.id);
    await vera.versions.upload(file.id, new Blob(['v3 with my edits']));
    const uploaded = await nextDigest(OWNER, (m) => m.text.includes('version 3 of contract.pdf'));
    expect(uploaded.subject).toBe('Vera uploaded a new version of contract.pdf');
  }, 60_000);

  it('batches 10 uploads within the window into one email per recipient', async () => {
    const { portal } = await newPortal('Year end', [{ email: 'ana@client.test' }, { email: 'ben@client.test' }]);
    for (let i = 1; i <= 10; i++) await foyer.files.upload(portal.id, new Blob([`statement ${i}`]), { name: `statement-${i}.pdf` });

    for (const to of ['ana@client.test', 'ben@client.test']) {
      const mail = await nextDigest(to);
      expect(mail.subject).toBe('10 updates in Year end');
      for (let i = 1; i <= 10; i++) expect(mail.text).toContain(`shared statement-${i}.pdf.`);
    }
    await quietPeriod();
    expect(digests('ana@client.test')).toHaveLength(1);
    expect(digests('ben@client.test')).toHaveLength(1);
  }, 90_000);

  it('sends nothing to a member who muted the portal with PATCH /v1/me, and sends again after "all"', async () => {
    const { portal, members } = await newPortal('Muted', [{ email: 'quiet@client.test' }, { email: 'loud@client.test' }]);
    const quiet = await signIn(portal.id, members[0]!.id);
    const muted = await quiet.me.update({ notifications: 'none' });
    expect(muted.member?.notifications).toBe('none');
    expect((await quiet.me.get()).member?.notifications).toBe('none');

    await foyer.files.upload(portal.id, new Blob(['one']), { name: 'one.pdf' });
    await nextDigest('loud@client.test');
    await quietPeriod();
    expect(digests('quiet@client.test')).toHaveLength(0);

    expect((await quiet.me.update({ notifications: 'all' })).member?.notifications).toBe('all');
    await foyer.files.upload(portal.id, new Blob(['two']), { name: 'two.pdf' });
    const mail = await nextDigest('quiet@client.test');
    expect(mail.text).toContain('two.pdf');
    expect(mail.text).not.toContain('one.pdf');

    const changes = await ctx.db
      .selectFrom('events')
      .select(['data'])
      .where('type', '=', 'member.notifications_changed')
      .where('target_id', '=', members[0]!.id)
      .orderBy('seq')
      .execute();
    expect(changes.map((e) => e.data)).toEqual([
      { notifications: 'none', via: 'api' },
      { notifications: 'all', via: 'api' },
    ]);
  }, 90_000);

  it('refuses PATCH /v1/me for an owner (404) and a value outside all/none (400)', async () => {
    const owner = await ctx.fetch('/v1/me', {
      apiKey: acme.apiKey,
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"notifications":"none"}',
    });
    expect(owner.status).toBe(404);
    expect(await owner.json()).toMatchObject({ code: 'not_found' });
    const bad = await ctx.fetch('/v1/me', {
      apiKey: acme.apiKey,
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"notifications":"some"}',
    });
    expect(bad.status).toBe(400);
  });

  it('unsubscribes a member in one click: GET only shows a button, POST mutes; a forged token is refused', async () => {
    const { portal, members } = await newPortal('Unsubscribe', [{ email: 'leave@client.test' }]);
    await foyer.files.upload(portal.id, new Blob(['x']), { name: 'first.pdf' });
    const mail = await nextDigest('leave@client.test');
    const url = unsubscribeUrl(mail);
    expect(mail.text).toContain(`Unsubscribe: ${TEST_PUBLIC_URL}/unsubscribe?t=`);

    // A mail scanner's GET (and HEAD) changes nothing.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await page.text();
    expect(html).toMatch(/<form method="post" action="\/unsubscribe\?t=[^"]+">/);
    expect(html).toContain('<button type="submit">Unsubscribe</button>');
    expect(html).toContain('notification emails from Unsubscribe');
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(200);
    const member = () => ctx.db.selectFrom('members').select('notifications').where('id', '=', members[0]!.id).executeTakeFirstOrThrow();
    expect((await member()).notifications).toBe('all');

    // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click`, without cookies or credentials.
    const done = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You are unsubscribed');
    expect((await member()).notifications).toBe('none');
    const event = await ctx.db
      .selectFrom('events')
      .select(['actor_kind', 'data'])
      .where('type', '=', 'member.notifications_changed')
      .where('target_id', '=', members[0]!.id)
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_kind: 'member', data: { notifications: 'none', via: 'unsubscribe_link' } });

    await foyer.files.upload(portal.id, new Blob(['y']), { name: 'second.pdf' });
    await quietPeriod();
    expect(digests('leave@client.test')).toHaveLength(1);

    const token = new URL(url).searchParams.get('t')!;
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [forged, 'u1.e30.AAAA', 'nonsense', '']) {
      const res = await fetch(`${ctx.baseUrl}/unsubscribe?t=${encodeURIComponent(bad)}`, { method: 'POST' });
      expect(res.status).toBe(400);
    }
  }, 90_000);

  it("unsubscribes an owner address by removing it from the workspace's notify_emails", async () => {
    await foyer.workspace.update({ notify_emails: [OWNER, 'partner@acme.test'] });
    const { portal, members } = await newPortal('Owner unsubscribe', [{ email: 'uploader@client.test', name: 'Uma' }]);
    const client = await signIn(portal.id, members[0]!.id);
    await client.files.upload(portal.id, new Blob(['z']), { name: 'receipts.zip' });
    const mail = await nextDigest('partner@acme.test', (m) => m.text.includes('receipts.zip'));
    expect(mail.text).toContain("notification address of Acme Accounting's Foyer workspace");

    const res = await fetch(unsubscribeUrl(mail), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect((await foyer.workspace.get()).notify_emails).toEqual([OWNER]);
    const event = await ctx.db
      .selectFrom('events')
      .select(['portal_id', 'actor_kind', 'data'])
      .where('type', '=', 'workspace.notify_email_removed')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ portal_id: null, actor_kind: 'anonymous', data: { email: 'partner@acme.test', via: 'unsubscribe_link' } });
  }, 60_000);

  it('tells approvers of a request with its due date, the owners of each decision, and schedules a reminder a day before due', async () => {
    const { portal, members } = await newPortal('Approvals', [
      { email: 'first@client.test', name: 'First Approver' },
      { email: 'second@client.test', name: 'Second Approver' },
      { email: 'bystander@client.test' },
    ]);
    const [first, second] = members as [(typeof members)[0], (typeof members)[0]];
    const file = await foyer.files.upload(portal.id, new Blob(['%PDF return']), { name: 'return-final.pdf' });
    // The upload's own notifications, out of the way before the request.
    await Promise.all(['first@client.test', 'second@client.test', 'bystander@client.test'].map((to) => nextDigest(to)));
    const due = new Date(Date.now() + 3 * 24 * 3600_000);
    const request = 'apr_request0000000000000000000000000';
    await record({
      portalId: portal.id,
      type: 'approval.requested',
      actor: { kind: 'owner', id: acme.keyId },
      target: { type: 'approval_request', id: request },
      data: {
        file_id: file.id,
        version: 1,
        due_at: due.toISOString(),
        approvers: [first.id, second.id],
        rule: 'all',
        message: 'Please sign off by Friday.',
      },
    });
    for (const to of ['first@client.test', 'second@client.test']) {
      const mail = await nextDigest(to, (m) => m.subject.startsWith('Approval requested'));
      expect(mail.subject).toMatch(/^Approval requested: return-final\.pdf \(due \d{1,2} [A-Z][a-z]{2} \d{4}\)$/);
      expect(mail.text).toContain('asks you to approve return-final.pdf (version 1) by');
      expect(mail.text).toContain('“Please sign off by Friday.”');
    }

    // The reminder waits in the queue until one day before due_at.
    const reminder = await sql<{
      start_after: Date;
      state: string;
    }>`select start_after, state from pgboss.job where name = 'notifications.remind'`.execute(ctx.db);
    expect(reminder.rows).toHaveLength(1);
    expect(reminder.rows[0]!.state).toBe('created');
    expect(Math.abs(reminder.rows[0]!.start_after.getTime() - (due.getTime() - 24 * 3600_000))).toBeLessThan(2000);

    // The first approver decides; the owners hear of it.
    await record({
      portalId: portal.id,
      type: 'approval.approved',
      actor: { kind: 'member', id: first.id },
      target: { type: 'approval_request', id: request },
      data: {
        file_id: file.id,
        version: 1,
        sha256: 'a'.repeat(64),
        member_id: first.id,
        email: 'first@client.test',
        note: 'Looks right.',
        decision: 'approve',
      },
    });
    const decided = await nextDigest(OWNER, (m) => m.subject.includes('approved'));
    expect(decided.subject).toBe('First Approver approved return-final.pdf');
    expect(decided.text).toContain('“Looks right.”');

    // Bring the reminder forward: only the approver who has not decided is reminded.
    await sql`update pgboss.job set start_after = now() where name = 'notifications.remind'`.execute(ctx.db);
    const reminded = await nextDigest('second@client.test', (m) => m.subject.startsWith('Reminder'));
    expect(reminded.subject).toMatch(/^Reminder: return-final\.pdf is due /);
    await quietPeriod();
    expect(digests('first@client.test').filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(0);
    expect(digests('bystander@client.test').filter((m) => !m.text.includes('shared'))).toHaveLength(0);

    await record({
      portalId: portal.id,
      type: 'approval.changes_requested',
      actor: { kind: 'member', id: second.id },
      target: { type: 'approval_request', id: request },
      data: {
        file_id: file.id,
        version: 1,
        sha256: 'a'.repeat(64),
        member_id: second.id,
        email: 'second@client.test',
        note: 'Line 7 is wrong.',
        decision: 'request_changes',
      },
    });
    const changes = await nextDigest(OWNER, (m) => m.subject.includes('requested changes'));
    expect(changes.subject).toBe('Second Approver requested changes to return-final.pdf');
    expect(changes.text).toContain('“Line 7 is wrong.”');
  }, 120_000);

  it('never batches sign-in mail: an invitation goes out at once, without List-Unsubscribe', async () => {
    const portal = await foyer.portals.create({ name: 'Invitations' });
    const started = Date.now();
    await foyer.members.add(portal.id, { email: 'invited@client.test', send_invite: true });
    const invitation = await smtp.waitForMessage((m) => m.to.includes('invited@client.test'), 10_000);
    expect(header(invitation, 'x-foyer-template')).toBe('invitation');
    expect(header(invitation, 'list-unsubscribe')).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(BATCH_SECONDS * 1000);
  });
});
