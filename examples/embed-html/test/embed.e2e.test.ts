// End to end: the real service (a started app on a real PostgreSQL, mail through a real SMTP server),
// the business's example page on another origin embedding the built widget, and Debian's Chromium driven
// by playwright-core. A client signs in with the code from the email, uploads files, opens the owner's
// file, comments and approves it (the owner's API then shows the decision record), and reads the activity.
// Screenshots of every screen go to .test-output/e2e/.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../service/test/support/browser.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../../../service/test/support/context.ts';
import { startTestSmtp, type TestSmtp } from '../../../service/test/support/smtp.ts';
import { fileForm, PDF_BYTES } from '../../../service/test/support/uploads.ts';
import { startSite } from '../serve.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = `${ROOT}.test-output/e2e`;
const json = { 'content-type': 'application/json' };

let smtp: TestSmtp;
let ctx: TestContext;
let owner: TestWorkspace;
let site: { origin: string; close(): Promise<void> };
let browser: Browser;
let portalId: string;
let ownerFileId: string;
let meta: { file: string; hash: string; integrity: string; chunks: { file: string; integrity: string }[] };

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A small but real PNG (an 8-bit gradient), so the preview has something to show. */
async function samplePng(): Promise<Buffer> {
  const { deflateSync, crc32 } = await import('node:zlib');
  const width = 320;
  const height = 200;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = 31 + Math.round((x / width) * 60);
      raw[o + 1] = 111 + Math.round((y / height) * 80);
      raw[o + 2] = 92 + Math.round(((x + y) / (width + height)) * 120);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  // The service serves the built bundle; build it if it is missing or stale (a few seconds).
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  meta = JSON.parse(await readFile(`${ROOT}widget/dist/foyer.meta.json`, 'utf8')) as typeof meta;
  await mkdir(SHOTS, { recursive: true });

  smtp = await startTestSmtp();
  // The preview worker runs: the file view shows the image the service rendered, not the original.
  ctx = await createTestContext({ SMTP_URL: smtp.url, MAIL_FROM: 'Harbor & Pine <no-reply@harborpine.test>' }, { previewWorker: true });
  owner = await ctx.newWorkspace('Harbor & Pine Accounting');
  const portal = (await (
    await ctx.fetch('/v1/portals', {
      apiKey: owner.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: '2026 tax return', client_name: 'Dana Whitfield' }),
    })
  ).json()) as { id: string };
  portalId = portal.id;
  await ctx.fetch(`/v1/portals/${portalId}/members`, {
    apiKey: owner.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'dana@client.test', name: 'Dana Whitfield' }),
  });
  const pdf = await ctx.upload(
    `/v1/portals/${portalId}/files`,
    fileForm(PDF_BYTES, { filename: 'Engagement letter 2026.pdf', type: 'application/pdf' }),
    owner.apiKey,
  );
  expect(pdf.status).toBe(201);
  const png = await ctx.upload(
    `/v1/portals/${portalId}/files`,
    fileForm(await samplePng(), { filename: 'Office floor plan.png', type: 'image/png' }),
    owner.apiKey,
  );
  ownerFileId = ((await png.json()) as { id: string }).id;

  // The business's site runs on another origin (port), registered in the workspace's allowed_origins.
  site = await startSite({ api: ctx.baseUrl, portal: portalId, integrity: meta });
  const patched = await ctx.fetch('/v1/workspace', {
    apiKey: owner.apiKey,
    method: 'PATCH',
    headers: json,
    body: JSON.stringify({
      allowed_origins: [site.origin],
      branding: { display_name: 'Harbor & Pine Accounting', accent_color: '#0f766e' },
    }),
  });
  expect(patched.status).toBe(200);

  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await ctx?.close();
  await smtp?.close();
});

describe('the embedded portal, end to end', () => {
  it('signs in with the emailed code, uploads, comments on and approves the owner’s file, and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // Failed requests are judged below, by URL; anything else logged as an error is a problem.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
    });
    // Every script the page loads, in order, with where from and how it came over the wire.
    const scripts: { url: string; encoding: string | undefined; cors: string | undefined }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        const headers = response.headers();
        scripts.push({ url: response.url(), encoding: headers['content-encoding'], cors: headers['access-control-allow-origin'] });
      }
    });
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      // 404 from the collaboration API's paths is how the widget learns the service has none yet.
      const probe = /\/(comments|approval-requests|events)$/.test(pathname) && response.status() === 404;
      if (response.status() >= 400 && !probe) problems.push(`${response.status()} ${response.request().method()} ${pathname}`);
    });

    await page.goto(site.origin);
    const email = page.getByLabel('Email address');
    await email.waitFor();
    await expect(page.getByRole('heading', { name: '2026 tax return' }).isVisible()).resolves.toBe(true);
    await shot(page, '01-sign-in');
    // Before sign-in the page has loaded the widget's entry only — from the Foyer service's origin, pinned by its
    // SRI, brotli-compressed, readable cross-origin — and none of the views' chunks.
    const views = meta.chunks.find((chunk) => chunk.file.startsWith('chunks/views.'));
    expect(views).toBeDefined();
    expect(scripts).toEqual([{ url: `${ctx.baseUrl}/${meta.file}`, encoding: 'br', cors: '*' }]);
    expect(new URL(site.origin).origin).not.toBe(new URL(ctx.baseUrl).origin);

    await email.fill('dana@client.test');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const mail = await smtp.waitForMessage((m) => m.to.includes('dana@client.test'));
    const code = /\b(\d{6})\b/.exec(mail.subject)?.[1] ?? /\b(\d{6})\b/.exec(mail.text)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await shot(page, '02-code-sent');

    // Typing the six digits into the first box fills them all and submits.
    await page.getByLabel('Digit 1 of 6').pressSequentially(code!);
    await page.getByRole('button', { name: 'Open Engagement letter 2026.pdf' }).waitFor();
    await expect(page.getByText('Shared by Harbor & Pine Accounting').first().isVisible()).resolves.toBe(true);
    // Signed in: the views came as one more script, the chunk the entry imports by a URL relative to its own —
    // on the Foyer origin too, allowed by the site's CSP (script-src names that origin), loaded once.
    expect(scripts).toEqual([
      { url: `${ctx.baseUrl}/${meta.file}`, encoding: 'br', cors: '*' },
      { url: `${ctx.baseUrl}/${views!.file}`, encoding: 'br', cors: '*' },
    ]);
    const chunk = await fetch(`${ctx.baseUrl}/${views!.file}`);
    expect(
      `sha384-${createHash('sha384')
        .update(Buffer.from(await chunk.arrayBuffer()))
        .digest('base64')}`,
    ).toBe(views!.integrity);
    const stored = await page.evaluate((key) => localStorage.getItem(key), `foyer:session:${new URL(ctx.baseUrl).origin}:${portalId}`);
    expect((JSON.parse(stored!) as { token: string }).token).toMatch(/^cs_/);
    await shot(page, '03-files');

    // Upload two files through the picker.
    await page.locator('foyer-upload input[type=file]').setInputFiles([
      { name: 'Bank statement March.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES },
      { name: 'Receipts Q1.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF_BYTES, Buffer.alloc(200_000, 32)]) },
    ]);
    await page.getByRole('button', { name: 'Open Receipts Q1.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Open Bank statement March.pdf' }).waitFor();
    await shot(page, '04-uploaded');
    const mine = await ctx.fetch(`/v1/portals/${portalId}/files?uploaded_by=member`, { apiKey: owner.apiKey });
    expect(((await mine.json()) as { data: { name: string }[] }).data.map((f) => f.name).sort()).toEqual([
      'Bank statement March.pdf',
      'Receipts Q1.pdf',
    ]);

    // The owner's image: metadata, versions and a preview through an authorised blob URL.
    await page.getByRole('button', { name: 'Open Office floor plan.png' }).click();
    const preview = page.getByRole('img', { name: 'Preview of Office floor plan.png' });
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    await page.waitForFunction(() => {
      const img = document
        .querySelector('foyer-portal')
        ?.shadowRoot?.querySelector('foyer-file-view')
        ?.shadowRoot?.querySelector('foyer-file-preview')
        ?.shadowRoot?.querySelector('img');
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
    });
    await shot(page, '05-file-view');

    // Collaboration (skipped against a service without it): comment, then approve what the owner asked for.
    const approvals = await ctx.fetch(`/v1/files/${ownerFileId}/approval-requests`, { apiKey: owner.apiKey });
    if (approvals.status !== 404) {
      const requested = await ctx.fetch(`/v1/files/${ownerFileId}/approval-requests`, {
        apiKey: owner.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ message: 'Please confirm the layout before we file.' }),
      });
      expect(requested.status).toBe(201);
      const request = (await requested.json()) as { id: string };
      await page.getByRole('button', { name: 'Back to files' }).click();
      await page.getByRole('button', { name: 'Open Office floor plan.png' }).click();
      await page.getByLabel('Write a comment').fill('Looks right to me — thanks!');
      await page.getByRole('button', { name: 'Comment', exact: true }).click();
      await page.getByText('Looks right to me — thanks!').waitFor();
      await page.getByRole('button', { name: 'Approve' }).click();
      await shot(page, '06-approve-confirm');
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByText(/Approved by dana@client.test/).waitFor();
      await shot(page, '07-approved');
      const record = await ctx.fetch(`/v1/approval-requests/${request.id}`, { apiKey: owner.apiKey });
      const body = (await record.json()) as { status: string; decisions: { email: string; version: number; sha256: string }[] };
      expect(body.status).toBe('approved');
      expect(body.decisions[0]).toMatchObject({ email: 'dana@client.test', version: 1 });

      // The portal's story in plain language.
      await page.getByRole('button', { name: 'Activity' }).click();
      await page.getByText('You approved Office floor plan.png').waitFor();
      await shot(page, '07b-activity');
      await page.getByRole('button', { name: 'Files' }).click();
      await page.getByRole('button', { name: 'Open Office floor plan.png' }).click();
    }

    // The same portal on a 360 px phone.
    await page.setViewportSize({ width: 360, height: 780 });
    await page.getByRole('button', { name: 'Back to files' }).click();
    await page.getByRole('button', { name: 'Open Receipts Q1.pdf' }).waitFor();
    await shot(page, '08-files-phone');

    await page.setViewportSize({ width: 1200, height: 860 });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), `foyer:session:${new URL(ctx.baseUrl).origin}:${portalId}`)).toBeNull();
    await shot(page, '09-signed-out');

    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('says so when the views’ chunk cannot be fetched, and Try again (a reload) loads it', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const page = await context.newPage();
    const { session_token, expires_at } = await confirmByCode('kim@client.test');
    const views = meta.chunks.find((chunk) => chunk.file.startsWith('chunks/views.'))!;
    // The connection drops just when the chunk is asked for (a remembered session loads it at once).
    let refused = 0;
    await page.route(`${ctx.baseUrl}/${views.file}`, (route) => (refused++, route.abort('internetdisconnected')));
    await page.goto(site.origin);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`foyer:session:${new URL(ctx.baseUrl).origin}:${portalId}`, JSON.stringify({ token: session_token, expires_at })],
    );
    await page.reload();
    await page.getByText('Could not reach the portal. Check your connection.').waitFor();
    expect(refused).toBeGreaterThan(0);
    await shot(page, '11-views-unreachable');
    // The browser keeps a failed module import for the page's life: Try again reloads the page, which fetches it anew.
    await page.unroute(`${ctx.baseUrl}/${views.file}`);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Open Engagement letter 2026.pdf' }).waitFor();
    await context.close();
  }, 60_000);

  it('falls back to sign-in with a message when the owner revokes the member', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const page = await context.newPage();
    const { session_token, expires_at, member } = await confirmByCode('sam@client.test');
    await page.goto(site.origin);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`foyer:session:${new URL(ctx.baseUrl).origin}:${portalId}`, JSON.stringify({ token: session_token, expires_at })],
    );
    await page.reload();
    await page.getByRole('button', { name: 'Open Engagement letter 2026.pdf' }).waitFor();
    const revoked = await ctx.fetch(`/v1/portals/${portalId}/members/${member.id}`, { apiKey: owner.apiKey, method: 'DELETE' });
    expect(revoked.status).toBe(204);
    // The next request (a refresh on focus) finds the session gone.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByText('Your session has ended. Sign in again to continue.').waitFor();
    await shot(page, '10-revoked');
    await context.close();
  }, 60_000);
});

/** Signs a new member in through the API, with the code from the SMTP server. */
async function confirmByCode(email: string) {
  await ctx.fetch(`/v1/portals/${portalId}/members`, {
    apiKey: owner.apiKey,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email }),
  });
  await ctx.fetch(`/v1/portals/${portalId}/verifications`, { method: 'POST', headers: json, body: JSON.stringify({ email }) });
  const mail = await smtp.waitForMessage((m) => m.to.includes(email));
  const code = /\b(\d{6})\b/.exec(mail.subject)![1];
  const res = await ctx.fetch(`/v1/portals/${portalId}/verifications/confirm`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, code }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { session_token: string; expires_at: string; member: { id: string } };
}
