import http from 'node:http';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevMailbox } from '../src/modules/dev-mail/dev-mailbox.ts';
import { devMailBox } from '../src/modules/dev-mail/repository.ts';
import { enqueueEmail } from '../src/modules/email/enqueue.ts';
import { createTestContext, TEST_PUBLIC_URL, TEST_SECRET_KEY, type TestContext } from './support/context.ts';

// The embedded default's dev mailbox (`local`): mail kept in PostgreSQL, summarised in the log and shown at
// /dev/mail to loopback Host names. Elsewhere (`DEV_MAILBOX=true`, `kept`) mail is sealed and never shown.
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

/** GET with a chosen Host header (fetch would not send it): what a DNS-rebinding page's request looks like. */
function getWithHost(baseUrl: string, path: string, host: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path, headers: { Host: host } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  ctx = await createTestContext({}, { devMailbox: 'local' });
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
      expect(body.data[1]?.from).toBe('Dev Shop <no-reply@foyer.test>');
      expect(body.data[1]?.text).toContain('864209');
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
    const dev = new DevMailbox({ db: ctx.db, logger: pino(sink), mode: 'local', pageUrl: 'http://127.0.0.1:8080/dev/mail' });
    await dev.send(message);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^mail to gus@client\\.test “135790 is your sign-in code for Payroll”  code 135790  link ${LINK.replace(/[.?]/g, '\\$&')}  \\(http://127\\.0\\.0\\.1:8080/dev/mail#mail-\\d+\\)$`,
      ),
    );

    // The kept mailbox logs neither code, link nor subject (which carries the code): logs are shipped and kept.
    const quiet = new DevMailbox({ db: ctx.db, logger: pino(sink), mode: 'kept', box: devMailBox(TEST_SECRET_KEY) });
    await quiet.send({ ...message, messageId: '<m2@foyer.test>' });
    expect(lines[1]).toBe('mail to gus@client.test kept in the dev mailbox (DEV_MAILBOX=true), not sent');
  });

  it('answers only requests whose Host is a loopback name (no DNS rebinding)', async () => {
    const port = new URL(ctx.baseUrl).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      expect((await getWithHost(ctx.baseUrl, '/dev/mail.json', host)).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `192.168.1.20:${port}`]) {
      for (const path of ['/dev/mail', '/dev/mail.json', '/dev/mail?format=json', '/dev/mail/1.html']) {
        const res = await getWithHost(ctx.baseUrl, path, host);
        expect(res.status, `${host} ${path}`).toBe(404);
        expect(res.body).not.toContain('864209');
      }
    }
  });
});

describe('the kept dev mailbox (DEV_MAILBOX=true)', () => {
  it('keeps mail sealed, serves no page, and opens it only with SECRET_KEY', async () => {
    const kept = await createTestContext({ NODE_ENV: 'production', DEV_MAILBOX: 'true' });
    try {
      expect(kept.config.devMailbox).toBe('kept');
      for (const path of ['/dev/mail', '/dev/mail.json', '/dev/mail/1.html']) {
        const res = await kept.fetch(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(((await res.json()) as { code: string }).code).toBe('not_found');
      }
      const ws = await kept.newWorkspace('Prod');
      await enqueueEmail(kept.queue, {
        workspaceId: ws.workspaceId,
        to: 'hal@client.test',
        template: 'verification_code',
        data: { portalName: 'Payroll', code: '975310', link: LINK, codeExpiresInMinutes: 10, linkExpiresInMinutes: 15 },
      });
      const deadline = Date.now() + 10_000;
      while ((await kept.devMail('hal@client.test')).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const [mail] = await kept.devMail('hal@client.test');
      expect(mail!.subject).toBe('975310 is your sign-in code for Payroll');

      const rows = await sql<Record<string, unknown>>`select * from dev_mail where to_address = 'hal@client.test'`.execute(kept.db);
      expect(rows.rows).toHaveLength(1);
      expect(rows.rows[0]).toMatchObject({ subject: null, text_body: null, html_body: null, headers: null });
      expect(rows.rows[0]?.sealed).toMatch(/^v2\./);
      expect(JSON.stringify(rows.rows[0])).not.toMatch(/975310|abcDEF123/);
      // A sealed message moved to another recipient's row does not open.
      await sql`update dev_mail set to_address = 'ivy@client.test' where to_address = 'hal@client.test'`.execute(kept.db);
      await expect(kept.devMail('ivy@client.test')).rejects.toThrow();
    } finally {
      await kept.close();
    }
  });

  it('is off when SMTP_URL is set: /dev/mail is a 404', async () => {
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
