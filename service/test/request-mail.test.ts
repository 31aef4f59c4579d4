import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { createTestContext, TEST_PUBLIC_URL, type TestContext, type TestWorkspace } from './support/context.ts';
import { newPortalWithMembers, signInByLink } from './support/clients.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';

// Document request emails end to end, through the API and a real SMTP server: the email each client gets when a
// request is made, the reminders (lead times shortened to seconds), and what owners hear of submitted items.
const BATCH_SECONDS = 3;
// REQUEST_REMINDER_BEFORE_SECONDS and _OVERDUE_EVERY_SECONDS: reminders 6 s apart, so each is its own email
// (the batch window is 3 s; the reminder job runs every second).
const LEAD_SECONDS = 6;
const OWNER = 'desk@acme.test';
const FAR_DUE = '2030-03-15T17:00:00.000Z';

let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let foyer: Foyer;

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({
    SMTP_URL: smtp.url,
    NOTIFY_BATCH_SECONDS: String(BATCH_SECONDS),
    REQUEST_REMINDER_BEFORE_SECONDS: String(LEAD_SECONDS),
    REQUEST_REMINDER_OVERDUE_EVERY_SECONDS: String(LEAD_SECONDS),
    REQUEST_REMINDER_MAX: '4',
  });
  acme = await ctx.newWorkspace('Acme Accounting');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  await foyer.workspace.update({ notify_emails: [OWNER] });
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function template(mail: ReceivedMail): string | undefined {
  return /^X-Foyer-Template: (\S+)/m.exec(mail.raw)?.[1];
}

/** Notification emails received so far for `to`. */
function digests(to: string): ReceivedMail[] {
  return smtp.messages.filter((m) => m.to.includes(to) && template(m) === 'notification_digest');
}

function nextDigest(to: string, predicate: (m: ReceivedMail) => boolean = () => true, timeoutMs = 20_000): Promise<ReceivedMail> {
  return smtp.waitForMessage((m) => m.to.includes(to) && template(m) === 'notification_digest' && predicate(m), timeoutMs);
}

/** Waits out a batching window (and the jobs around it), so any email that was coming has come. */
const quietPeriod = () => sleep((BATCH_SECONDS + 4) * 1000);

const newPortal = (name: string, members: Array<{ email: string; name?: string }>) => newPortalWithMembers(foyer, name, members);
const signIn = (portalId: string, memberId: string) => signInByLink(foyer, portalId, memberId);

describe('document request emails', () => {
  it('emails every member who hears from the portal once when a request is made: items, message, due date, portal link', async () => {
    const { portal, members } = await newPortal('Dana Whitfield', [
      { email: 'dana@client.test', name: 'Dana Whitfield' },
      { email: 'sam@client.test' },
      { email: 'muted@client.test' },
      { email: 'gone@client.test' },
    ]);
    await (await signIn(portal.id, members[2]!.id)).me.update({ notifications: 'none' });
    await foyer.members.revoke(portal.id, members[3]!.id);

    await foyer.requests.create(portal.id, {
      title: '2026 tax documents',
      message: 'Everything we need for your 2026 return.',
      due_at: FAR_DUE,
      items: [
        { title: 'Bank statements', description: 'Every account, January to December', multiple: true },
        { title: 'Receipts', multiple: true },
        { title: "Last year's return", allowed_types: ['application/pdf'] },
        { title: 'Payslips' },
        { title: 'Pension statement' },
        { title: 'ID', required: false, allowed_types: ['application/pdf', 'image/*'] },
      ],
    });

    const [dana, sam] = await Promise.all([nextDigest('dana@client.test'), nextDigest('sam@client.test')]);
    for (const mail of [dana, sam]) {
      expect(mail.subject).toBe('Acme Accounting asks for 6 documents by 15 March 2030');
      expect(mail.from.name).toBe('Acme Accounting');
      expect(mail.text).toContain('Acme Accounting asks you for 6 documents (2026 tax documents) by Fri, 15 Mar 2030, 17:00 UTC.');
      expect(mail.text).toContain('“Everything we need for your 2026 return.”');
      expect(mail.text).toContain('• Bank statements (required) — Every account, January to December');
      expect(mail.text).toContain("• Last year's return (required)");
      expect(mail.text).toContain('• ID (optional)');
      expect(mail.text).toContain(`${TEST_PUBLIC_URL}/p/${portal.id}`);
      expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/p/${portal.id}"`);
      expect(mail.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/^List-Unsubscribe: <https:\/\/portal\.foyer\.test\/unsubscribe\?t=/m);
    }
    expect(dana.text).toContain('Hello Dana Whitfield,');

    await quietPeriod();
    expect(digests('dana@client.test')).toHaveLength(1);
    expect(digests('sam@client.test')).toHaveLength(1);
    expect(digests('muted@client.test')).toHaveLength(0);
    expect(digests('gone@client.test')).toHaveLength(0);
    // The business hears nothing of its own request.
    expect(digests(OWNER).filter((m) => m.text.includes('2026 tax documents'))).toHaveLength(0);
  }, 60_000);

  it('emails nobody about a request made with notify: false, and leaves the due date out when there is none', async () => {
    const { portal } = await newPortal('Quiet', [{ email: 'quiet@client.test' }]);
    await foyer.requests.create(portal.id, { title: 'Told by phone', notify: false, due_at: FAR_DUE, items: [{ title: 'Contract' }] });
    await foyer.requests.create(portal.id, { title: 'Whenever you can', items: [{ title: 'Photo ID' }] });

    const mail = await nextDigest('quiet@client.test');
    expect(mail.subject).toBe('Acme Accounting asks for 1 document');
    expect(mail.text).toContain('Acme Accounting asks you for 1 document (Whenever you can).');
    await quietPeriod();
    expect(digests('quiet@client.test')).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.text.includes('Told by phone'))).toHaveLength(0);
  }, 60_000);

  it('emails each client once when a template is applied to 15 portals in one call; nobody with notify: false', async () => {
    const template = await foyer.requestTemplates.create({
      name: '2026 tax documents',
      items: [
        { title: 'Bank statements', multiple: true },
        { title: 'Receipts', multiple: true },
        { title: "Last year's return" },
        { title: 'ID', required: false },
      ],
    });
    const portals = [];
    for (let i = 0; i < 15; i++) portals.push((await newPortal(`Client ${i}`, [{ email: `tax${i}@client.test` }])).portal.id);
    const quiet = (await newPortal('Quiet client', [{ email: 'phone@client.test' }])).portal.id;
    const applied = await foyer.requestTemplates.apply(template.id, { portal_ids: portals, due_at: FAR_DUE });
    expect(applied.counts).toEqual({ created: 15, exists: 0, failed: 0 });
    await foyer.requestTemplates.apply(template.id, { portal_ids: [quiet], due_at: FAR_DUE, notify: false });

    const mails = await Promise.all(portals.map((_, i) => nextDigest(`tax${i}@client.test`)));
    for (const [i, mail] of mails.entries()) {
      expect(mail.subject).toBe('Acme Accounting asks for 4 documents by 15 March 2030');
      expect(mail.text).toContain(`${TEST_PUBLIC_URL}/p/${portals[i]}`);
    }
    await quietPeriod();
    for (let i = 0; i < 15; i++) expect(digests(`tax${i}@client.test`)).toHaveLength(1);
    expect(digests('phone@client.test')).toHaveLength(0);
  }, 90_000);

  it('reminds before the due date, on it, then while overdue — 4 in all, listing only what is missing; a complete request gets none', async () => {
    const { portal, members } = await newPortal('Reminders', [{ email: 'rita@client.test', name: 'Rita' }]);
    const { portal: donePortal } = await newPortal('Done early', [{ email: 'carl@client.test' }]);
    // Due 2 lead times from now: the first reminder (one lead time ahead) comes after the creation email.
    const due = new Date(Date.now() + 2 * LEAD_SECONDS * 1000);
    const request = await foyer.requests.create(portal.id, {
      title: 'Year-end documents',
      notify: false,
      due_at: due.toISOString(),
      items: [{ title: 'Bank statements' }, { title: 'Receipts' }, { title: 'ID', required: false }],
    });
    const done = await foyer.requests.create(donePortal.id, {
      title: 'Engagement letter',
      notify: false,
      due_at: due.toISOString(),
      items: [{ title: 'Signed letter' }],
    });
    // Settled before any reminder: one item the owner waives, and the other request's only item.
    await foyer.requestItems.update(request.items[0]!.id, { status: 'not_applicable' });
    expect((await foyer.requestItems.update(done.items[0]!.id, { status: 'not_applicable' })).status).toBe('complete');

    const isReminder = (m: ReceivedMail) => /^(Reminder|Overdue): Year-end documents/.test(m.subject);
    const first = await nextDigest('rita@client.test', isReminder, 30_000);
    const dueDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(due);
    expect(first.subject).toBe(`Reminder: Year-end documents is due ${dueDay}`);
    expect(first.text).toContain('2 documents are still missing.');
    expect(first.text).toContain('• Receipts');
    expect(first.text).toContain('• ID (optional)');
    expect(first.text).not.toContain('Bank statements');
    expect(first.text).toContain(`${TEST_PUBLIC_URL}/p/${portal.id}`);

    // The last one is due 2 lead times after the due date; wait one lead time more for a fifth that must not come.
    await sleep(Math.max(0, due.getTime() + 3 * LEAD_SECONDS * 1000 + BATCH_SECONDS * 1000 + 2000 - Date.now()));
    const reminders = digests('rita@client.test').filter(isReminder);
    expect(reminders.map((m) => m.subject.split(':')[0])).toEqual(['Reminder', 'Overdue', 'Overdue', 'Overdue']);
    expect(reminders[1]!.subject).toBe(`Overdue: Year-end documents was due ${dueDay}`);

    // On schedule: due − lead, due, due + lead, due + 2 leads (each within the job's period and a poll).
    const sent = await ctx.db
      .selectFrom('notification_items')
      .select('occurred_at')
      .where('dedupe_key', 'like', `request-reminder:${request.id}:%`)
      .orderBy('occurred_at')
      .execute();
    const offsets = sent.map((s) => (s.occurred_at.getTime() - due.getTime()) / 1000);
    expect(offsets).toHaveLength(4);
    [-1, 0, 1, 2].forEach((k, i) => {
      expect(offsets[i]).toBeGreaterThanOrEqual(k * LEAD_SECONDS);
      expect(offsets[i]).toBeLessThan(k * LEAD_SECONDS + 3);
    });
    const row = await ctx.db
      .selectFrom('requests')
      .select(['reminders_sent', 'next_reminder_at', 'overdue_recorded_at'])
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reminders_sent: 4, next_reminder_at: null });

    // request.overdue, once, by the system, when the due date passed.
    const overdue = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'request.overdue')
      .where('target_id', '=', request.id)
      .execute();
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ actor_kind: 'system', portal_id: portal.id });
    expect(overdue[0]!.data).toMatchObject({ request_id: request.id, due_at: due.toISOString(), waiting_items: 1 });
    expect(overdue[0]!.created_at.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(row.overdue_recorded_at).not.toBeNull();

    // The complete request: no reminder, no overdue event.
    expect(digests('carl@client.test')).toHaveLength(0);
    expect(
      await ctx.db.selectFrom('events').select('id').where('type', '=', 'request.overdue').where('target_id', '=', done.id).execute(),
    ).toHaveLength(0);
    expect(members).toHaveLength(1);
  }, 90_000);

  it('tells the business what a client sent — one line per item with its files, not again as uploads — with a console link', async () => {
    const { portal, members } = await newPortal('2026 tax return', [{ email: 'dana.w@client.test', name: 'Dana Whitfield' }]);
    const request = await foyer.requests.create(portal.id, {
      title: '2026 tax documents',
      notify: false,
      items: [{ title: 'Bank statements', multiple: true }, { title: "Last year's return" }],
    });
    const dana = await signIn(portal.id, members[0]!.id);
    const bank = request.items[0]!.id;
    for (const month of ['jan', 'feb', 'mar']) {
      await dana.files.upload(portal.id, new Blob([`%PDF-1.7 ${month}`]), { name: `statement-${month}.pdf`, request_item_id: bank });
    }

    const mail = await nextDigest(OWNER, (m) => m.text.includes('statement-'));
    expect(mail.subject).toBe('Dana Whitfield sent Bank statements (3 files) for 2026 tax documents');
    expect(mail.text).toContain('Dana Whitfield sent Bank statements (3 files) for 2026 tax documents.');
    expect(mail.text).toContain('statement-jan.pdf, statement-feb.pdf, statement-mar.pdf');
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/console/portals/${portal.id}?tab=requests`);
    expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/console/portals/${portal.id}?tab=requests"`);
    expect(mail.text).not.toContain('uploaded');
    await quietPeriod();
    expect(digests(OWNER).filter((m) => m.text.includes('statement-'))).toHaveLength(1);
  }, 60_000);

  it('schedules requests made from a template like any other; an address in two portals hears from each once', async () => {
    const { portal: first } = await newPortal('Avery household', [{ email: 'avery@client.test', name: 'Avery' }]);
    const { portal: second } = await newPortal('Avery & Blake LLC', [{ email: 'avery@client.test' }, { email: 'blake@client.test' }]);
    const template = await foyer.requestTemplates.create({
      name: 'Household documents',
      items: [{ title: 'Utility bills', multiple: true }, { title: 'Lease' }, { title: 'ID', required: false }],
    });
    const due = new Date(Date.now() + 2 * LEAD_SECONDS * 1000);
    const applied = await foyer.requestTemplates.apply(template.id, { portal_ids: [first.id, second.id], due_at: due.toISOString() });
    expect(applied.counts).toEqual({ created: 2, exists: 0, failed: 0 });

    const created = (m: ReceivedMail) => m.subject.startsWith('Acme Accounting asks for 3 documents by ');
    const reminder = (m: ReceivedMail) => m.subject.startsWith('Reminder: Household documents');
    // The first reminder comes one lead time before the due date, for each portal's request.
    await nextDigest('blake@client.test', reminder, 30_000);
    await sleep(BATCH_SECONDS * 1000 + 2000);
    const avery = digests('avery@client.test');
    const portalOf = (m: ReceivedMail) => /\/p\/(prt_\w+)/.exec(m.text)![1];
    expect(avery.filter(created).map(portalOf).sort()).toEqual([first.id, second.id].sort());
    expect(avery.filter(reminder).map(portalOf).sort()).toEqual([first.id, second.id].sort());
    expect(digests('blake@client.test').filter(created)).toHaveLength(1);
  }, 90_000);
});
