import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevMailbox } from '../src/adapters/mail/dev-mailbox.ts';
import { enqueueEmail } from '../src/modules/email/enqueue.ts';
import { createTestContext, TEST_PUBLIC_URL, type TestContext } from './support/context.ts';

// Without SMTP_URL, mail is kept in PostgreSQL, summarised in the log and shown at /dev/mail.
let ctx: TestContext;
let workspaceId: string;
const LINK = `${TEST_PUBLIC_URL}/p/prt_0123456789abcdefghjkmnpqrstvwxyz/verify#token=abcDEF123`;
const EVIL = '<script>alert("portal")</script><img src=x onerror=alert(1)>';

async function waitForDevMail(to: string, count = 1) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = await ctx.devMail(to);
    if (mail.length >= count) return mail;
    if (Date.now() > deadline) throw new Error(`no dev mail to ${to}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  workspaceId = (await ctx.newWorkspace('Dev Shop')).workspaceId;
});
afterAll(async () => {
  await ctx?.close();
});

describe('dev mailbox', () => {
  it('is the mailer when SMTP_URL is unset, and keeps every message in PostgreSQL', async () => {
    expect(ctx.mailer.kind).toBe('dev-mailbox');
    await enqueueEmail(ctx.queue, {
      workspaceId,
      to: 'dana@client.test',
      template: 'verification_code',
      data: { portalName: EVIL, code: '864209', link: LINK, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 },
    });
    const [mail] = await waitForDevMail('dana@client.test');
    expect(mail!.subject).toBe(`864209 is your sign-in code for ${EVIL}`);
    expect(mail!.text).toContain(LINK);
    expect(mail!.html).toContain('&lt;script&gt;alert(&quot;portal&quot;)&lt;/script&gt;');
    expect(mail!.headers).toMatchObject({ 'Auto-Submitted': 'auto-generated', 'X-Foyer-Template': 'verification_code' });
  });

  it('shows the messages at /dev/mail, newest first, under a strict CSP', async () => {
    await enqueueEmail(ctx.queue, {
      workspaceId,
      to: 'erin@client.test',
      template: 'invitation',
      data: { portalName: 'Second portal', portalUrl: `${TEST_PUBLIC_URL}/p/prt_x` },
    });
    await waitForDevMail('erin@client.test');

    const res = await ctx.fetch('/dev/mail');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');

    const page = await res.text();
    expect(page).not.toMatch(/<script/i); // the malicious portal name is text here too
    expect(page).toContain('&lt;script&gt;alert(&quot;portal&quot;)&lt;/script&gt;');
    expect(page.indexOf('Dev Shop invited you to Second portal')).toBeLessThan(page.indexOf('864209 is your sign-in code'));
    expect(page).toContain('864209'); // the text part
    const frames = page.match(/<iframe [^>]*>/g) ?? [];
    expect(frames).toHaveLength(2);
    for (const frame of frames) expect(frame).toMatch(/^<iframe sandbox src="\/dev\/mail\/\d+\.html"/);
  });

  it('serves each HTML part sandboxed on its own URL', async () => {
    const [mail] = await ctx.devMail('dana@client.test');
    const res = await ctx.fetch(`/dev/mail/${mail!.id}.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'; /);
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src/);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await res.text()).toBe(mail!.html);

    for (const path of ['/dev/mail/999999999.html', '/dev/mail/abc', '/dev/mail/1']) {
      const missing = await ctx.fetch(path);
      expect(missing.status, path).toBe(404);
      expect(((await missing.json()) as { code: string }).code).toBe('not_found');
    }
  });

  it('answers JSON at /dev/mail.json and with ?format=json, filtered by recipient', async () => {
    for (const path of ['/dev/mail.json', '/dev/mail?format=json']) {
      const res = await ctx.fetch(path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: Array<{ to: string; subject: string; text: string; html: string; from: string }> };
      expect(body.data.map((m) => m.to)).toEqual(['erin@client.test', 'dana@client.test']);
      expect(body.data[1]).toMatchObject({ from: 'Dev Shop <no-reply@foyer.test>', text: expect.stringContaining('864209') });
      expect(body.data[1]!.html).toMatch(/^<!doctype html>/);
    }
    const filtered = (await (await ctx.fetch('/dev/mail.json?to=dana@client.test')).json()) as { data: Array<{ to: string }> };
    expect(filtered.data.map((m) => m.to)).toEqual(['dana@client.test']);
  });

  it('logs one line per message with the recipient, subject, code and link', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push((JSON.parse(chunk.toString()) as { msg: string }).msg);
        done();
      },
    });
    const message = {
      from: { name: 'Dev Shop', address: 'no-reply@foyer.test' },
      to: 'gus@client.test',
      subject: '135790 is your sign-in code for Payroll',
      text: `135790 is your sign-in code for Payroll.\n\nOr sign in with this link:\n${LINK}\n`,
      html: '<p>135790</p>',
      messageId: '<m1@foyer.test>',
      headers: {},
    };
    const dev = new DevMailbox({ db: ctx.db, logger: pino(sink), showSecrets: true, pageUrl: 'http://127.0.0.1:8080/dev/mail' });
    await dev.send(message);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^mail to gus@client\\.test “135790 is your sign-in code for Payroll”  code 135790  link ${LINK.replace(/[.?]/g, '\\$&')}  \\(http://127\\.0\\.0\\.1:8080/dev/mail#mail-\\d+\\)$`),
    );

    // In production the log gets no code or link: logs are kept and shipped elsewhere.
    const quiet = new DevMailbox({ db: ctx.db, logger: pino(sink), showSecrets: false, pageUrl: undefined });
    await quiet.send({ ...message, subject: 'Your sign-in code' });
    expect(lines[1]).toBe('mail to gus@client.test “Your sign-in code”');
  });
});

describe('/dev/mail outside the dev mailbox', () => {
  it('is a 404 in production, while mail is still kept', async () => {
    const prod = await createTestContext({ NODE_ENV: 'production' });
    try {
      for (const path of ['/dev/mail', '/dev/mail.json', '/dev/mail/1.html']) {
        const res = await prod.fetch(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(((await res.json()) as { code: string }).code).toBe('not_found');
      }
      const ws = await prod.newWorkspace('Prod');
      await enqueueEmail(prod.queue, {
        workspaceId: ws.workspaceId,
        to: 'hal@client.test',
        template: 'invitation',
        data: { portalName: 'P', portalUrl: `${TEST_PUBLIC_URL}/p/prt_x` },
      });
      const deadline = Date.now() + 10_000;
      while ((await prod.devMail('hal@client.test')).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await prod.devMail('hal@client.test')).toHaveLength(1);
    } finally {
      await prod.close();
    }
  });

  it('is a 404 when SMTP_URL is set', async () => {
    const smtp = await createTestContext({ SMTP_URL: 'smtp://127.0.0.1:9' }, { mailWorker: false });
    try {
      expect(smtp.mailer.kind).toBe('smtp');
      expect((await smtp.fetch('/dev/mail')).status).toBe(404);
      expect((await smtp.fetch('/dev/mail.json')).status).toBe(404);
    } finally {
      await smtp.close();
    }
  });
});
