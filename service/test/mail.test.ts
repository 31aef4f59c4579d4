import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpMailer } from '../src/adapters/mail/smtp-mailer.ts';
import { enqueueEmail } from '../src/modules/email/enqueue.ts';
import { createTestContext, TEST_PUBLIC_URL, type TestContext } from './support/context.ts';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.ts';

// Email through nodemailer to a real SMTP server in this process, sent by the mail.send job.
let smtp: TestSmtp;
let ctx: TestContext;
let workspaceId: string;

const LOGO = 'https://cdn.smith.example/logo.png';
const EVIL = `<script>alert(1)</script> "Tax" & <img src=https://tracker.example/p.gif onerror=alert(2)>`;
const PORTAL_LINK = `${TEST_PUBLIC_URL}/p/prt_0123456789abcdefghjkmnpqrstvwxyz`;
const MAGIC_LINK = `${PORTAL_LINK}/verify#token=q0L6tW3Hc-9m2xvJbEoYzR1uK8sNfPaQdGiVeT4yXw0`;

function imgTags(html: string): string[] {
  return html.match(/<img\b[^>]*>/gi) ?? [];
}

function header(mail: ReceivedMail, name: string): string {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, MAIL_FROM: 'Portal <no-reply@smith.example>' });
  workspaceId = (await ctx.newWorkspace('Smith Accounting')).workspaceId;
  await ctx.db
    .updateTable('workspaces')
    .set({ display_name: 'Smith & Daughters <Accounting>', accent_color: '#0F766E', logo_url: LOGO })
    .where('id', '=', workspaceId)
    .execute();
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('email over SMTP', () => {
  it('delivers a verification email with a text and an HTML part in the workspace branding', async () => {
    await enqueueEmail(ctx.queue, {
      workspaceId,
      to: 'dana@client.test',
      template: 'verification_code',
      data: { portalName: '2026 tax return', code: '493817', link: MAGIC_LINK, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 },
    });
    const mail = await smtp.waitForMessage((m) => m.to.includes('dana@client.test'));

    expect(mail.envelope).toEqual({ from: 'no-reply@smith.example', to: ['dana@client.test'] });
    expect(mail.from).toEqual({ name: 'Smith & Daughters <Accounting>', address: 'no-reply@smith.example' });
    expect(mail.subject).toBe('493817 is your sign-in code for 2026 tax return');
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);

    expect(mail.text).toContain('493817 is your sign-in code for 2026 tax return, a client portal of Smith & Daughters <Accounting>.');
    expect(mail.text).toContain('within 10 minutes');
    expect(mail.text).toContain(`valid for 15 minutes, once):\n${MAGIC_LINK}`);

    expect(mail.html).toContain('493817');
    expect(mail.html).toContain(`href="${MAGIC_LINK}"`);
    expect(mail.html).toContain('Smith &amp; Daughters &lt;Accounting&gt;');
    expect(mail.html).toContain('border-top:4px solid #0f766e');
    expect(imgTags(mail.html)).toEqual([expect.stringContaining(`src="${LOGO}"`)]);
    expect(mail.html).not.toMatch(/<script|\son\w+=|url\(/i);

    // Transactional headers: no auto-replies, one Message-ID per job under the sender's domain.
    expect(header(mail, 'auto-submitted')).toBe('auto-generated');
    expect(header(mail, 'x-auto-response-suppress')).toBe('All');
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f-]{36}@smith\.example>$/);
    expect(header(mail, 'x-entity-ref-id')).toBe(mail.parsed.messageId!.slice(1, 37));
  });

  it('escapes a malicious portal name in the HTML part and keeps it on one line in the subject', async () => {
    await enqueueEmail(ctx.queue, {
      workspaceId,
      to: 'mallory@client.test',
      template: 'verification_code',
      data: {
        portalName: `${EVIL}\r\nBcc: victim@example.com`,
        code: '111222',
        link: MAGIC_LINK,
        codeExpiresInMinutes: 10,
        linkExpiresInMinutes: 15,
      },
    });
    const mail = await smtp.waitForMessage((m) => m.to.includes('mallory@client.test'));

    expect(mail.envelope.to).toEqual(['mallory@client.test']);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('<script>alert(1)</script>'); // a subject is text, not HTML
    expect(mail.html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;Tax&quot; &amp; &lt;img src=https://tracker.example/p.gif onerror=alert(2)&gt;',
    );
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.html).not.toContain('tracker.example/p.gif"');
    expect(imgTags(mail.html)).toHaveLength(1); // only the workspace's logo
    expect(imgTags(mail.html)[0]).toContain(`src="${LOGO}"`);
  });

  it('sends an invitation and a new-device notice, and no image at all without a logo', async () => {
    const plain = (await ctx.newWorkspace('Plain & Simple')).workspaceId;
    await enqueueEmail(ctx.queue, {
      workspaceId: plain,
      to: 'erin@client.test',
      template: 'invitation',
      data: { portalName: 'Bookkeeping 2026', portalUrl: PORTAL_LINK, recipientName: 'Erin' },
    });
    await enqueueEmail(ctx.queue, {
      workspaceId: plain,
      to: 'erin@client.test',
      template: 'new_device_sign_in',
      data: {
        portalName: 'Bookkeeping 2026',
        portalUrl: PORTAL_LINK,
        signedInAt: '2026-11-28T09:30:00.000Z',
        userAgent: 'Mozilla/5.0 <b>Firefox</b>',
        ip: '203.0.113.7',
      },
    });
    const invite = await smtp.waitForMessage((m) => m.subject === 'Plain & Simple invited you to Bookkeeping 2026');
    expect(invite.from.name).toBe('Plain & Simple');
    expect(invite.text).toContain(`Hello Erin,`);
    expect(invite.text).toContain(`Open the portal:\n${PORTAL_LINK}`);
    expect(invite.html).toContain(`href="${PORTAL_LINK}"`);
    expect(imgTags(invite.html)).toEqual([]);

    const notice = await smtp.waitForMessage((m) => m.subject === 'New sign-in to Bookkeeping 2026');
    expect(notice.text).toContain('When: Sat, 28 Nov 2026 09:30:00 GMT');
    expect(notice.text).toContain('IP address: 203.0.113.7');
    expect(notice.html).toContain('Mozilla/5.0 &lt;b&gt;Firefox&lt;/b&gt;');
    expect(imgTags(notice.html)).toEqual([]);
  });

  it('stores the job payload encrypted, so no code or link rests readable in the database', async () => {
    const jobId = await enqueueEmail(ctx.queue, {
      workspaceId,
      to: 'frank@client.test',
      template: 'verification_code',
      data: { portalName: 'Payroll', code: '775533', link: MAGIC_LINK, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 },
    });
    const row = await sql<{ data: unknown }>`select data from pgboss.job where id = ${jobId}`.execute(ctx.db);
    const stored = JSON.stringify(row.rows[0]!.data);
    expect(stored).toMatch(/^\{"sealed":"v2\./);
    expect(stored).not.toContain('775533');
    expect(stored).not.toContain('frank@client.test');
    expect(stored).not.toContain('token=');
    await smtp.waitForMessage((m) => m.to.includes('frank@client.test'));
  });

  it('does not retry a recipient the server refuses for good (550)', async () => {
    smtp.rejectRecipients.add('nobody@client.test');
    const refusalsBefore = smtp.refusals;
    const jobId = await enqueueEmail(
      ctx.queue,
      {
        workspaceId,
        to: 'nobody@client.test',
        template: 'invitation',
        data: { portalName: 'Bookkeeping', portalUrl: PORTAL_LINK },
      },
      { retry: { delaySeconds: 1, backoff: false } },
    );
    const deadline = Date.now() + 10_000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed') {
      await new Promise((r) => setTimeout(r, 100));
      const row = await sql<{ state: string }>`select state from pgboss.job where id = ${jobId}`.execute(ctx.db);
      state = row.rows[0]?.state ?? '';
    }
    expect(state).toBe('completed');
    await new Promise((r) => setTimeout(r, 2000)); // a retry would have come by now
    expect(smtp.refusals - refusalsBefore).toBe(1);
    expect(smtp.messages.some((m) => m.to.includes('nobody@client.test'))).toBe(false);
  });

  it('refuses a bad recipient or a non-http link when the email is queued, not later', async () => {
    const data = { portalName: 'X', code: '123456', link: MAGIC_LINK, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 };
    await expect(
      enqueueEmail(ctx.queue, { workspaceId, to: 'a@client.test\r\nBcc: b@client.test', template: 'verification_code', data }),
    ).rejects.toThrow(/not one email address/);
    await expect(
      enqueueEmail(ctx.queue, {
        workspaceId,
        to: 'a@client.test',
        template: 'verification_code',
        data: { ...data, link: 'javascript:alert(1)' },
      }),
    ).rejects.toThrow(/absolute http\(s\) URL/);
  });

  it('authenticates with the credentials in SMTP_URL', async () => {
    const secured = await startTestSmtp({ auth: { user: 'foyer@smith.example', pass: 'p@ss:word/1' } });
    try {
      expect(secured.url).toMatch(/^smtp:\/\/foyer%40smith\.example:p%40ss%3Aword%2F1@127\.0\.0\.1:\d+$/);
      const mailer = new SmtpMailer(secured.url);
      await mailer.send({
        from: { name: 'Smith', address: 'no-reply@smith.example' },
        to: 'gina@client.test',
        subject: 'Hello',
        text: 'Hello',
        html: '<p>Hello</p>',
        messageId: '<test-1@smith.example>',
        headers: {},
      });
      await mailer.close();
      expect((await secured.waitForMessage()).subject).toBe('Hello');

      const wrong = new SmtpMailer(secured.url.replace('p%40ss', 'nope'));
      await expect(
        wrong.send({
          from: { name: '', address: 'a@smith.example' },
          to: 'b@client.test',
          subject: 's',
          text: 't',
          html: 'h',
          messageId: '<t@x>',
          headers: {},
        }),
      ).rejects.toThrow(/535|Invalid login|Invalid username/i);
      await wrong.close();
    } finally {
      await secured.close();
    }
  });
});
