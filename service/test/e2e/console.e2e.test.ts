// End to end: the owner console. The real service (a started app on a real PostgreSQL, mail through a real
// SMTP server) serves /console with the built <foyer-console>; Debian's Chromium, driven by playwright-core,
// plays the accountant and, in a second browser context, her client. The owner signs in with the emailed
// code, creates "2026 tax return" for dana@…, uploads a PDF and asks for Dana's approval due in 3 days; Dana
// signs in through the portal's direct link and approves; the console shows the decision record (version 1,
// sha256, Dana's verified email) by its own refresh; the owner revokes Dana and Dana's next request is
// refused. Screenshots of every console screen at 1280 px and 360 px go to .test-output/console-e2e/; the
// three README pictures (docs/console-*.png) are copies of three of them.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Foyer } from '@foyer/sdk';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { signInByLink } from '../support/clients.ts';
import { codeFor, DESKTOP, freePort, screenshots, seedPortal, seedWorkspace, watch } from '../support/e2e.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../support/context.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import { PDF_BYTES } from '../support/uploads.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = `${ROOT}.test-output/console-e2e`;
const shots = screenshots(SHOTS);
const OWNER_EMAIL = 'maria@harborpine.test';
const CLIENT_EMAIL = 'dana@client.test';

let smtp: TestSmtp;
let ctx: TestContext;
let workspace: TestWorkspace;
let foyer: Foyer;
let browser: Browser;

/** A portal with a member and either an owner's file awaiting approval or a client's upload. */
async function seedClientPortal(name: string, client: string, email: string, kind: 'owner-file' | 'client-upload'): Promise<void> {
  if (kind === 'owner-file') {
    await seedPortal(foyer, { name, client_name: client, members: [{ email }], file: { name: 'Ledger Q3.pdf', approval: {} } });
    return;
  }
  const portal = await seedPortal(foyer, { name, client_name: client, members: [{ email }] });
  const member = await signInByLink(foyer, portal.id, portal.members[0]!.id);
  await member.files.upload(portal.id, new Blob([PDF_BYTES], { type: 'application/pdf' }), { name: 'Timesheets November.pdf' });
}

beforeAll(async () => {
  // The service serves the built bundles (widget.js, console.js); build them if missing or stale.
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  await mkdir(SHOTS, { recursive: true });
  smtp = await startTestSmtp();
  // The browser opens the console and the portal's direct link at PUBLIC_URL itself (the pages' CSP and the
  // widget's API address come from it), so the service listens where PUBLIC_URL says.
  const port = await freePort();
  ctx = await createTestContext(
    { SMTP_URL: smtp.url, MAIL_FROM: 'Harbor & Pine <no-reply@harborpine.test>', PUBLIC_URL: `http://127.0.0.1:${port}` },
    { port },
  );
  ({ workspace, foyer } = await seedWorkspace(ctx, {
    name: 'Harbor & Pine Accounting',
    branding: { display_name: 'Harbor & Pine Accounting', accent_color: '#0f766e' },
    user: { email: OWNER_EMAIL, name: 'Maria Lopez', role: 'owner' },
  }));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await smtp?.close();
});

describe('the owner console, end to end', () => {
  let owner: BrowserContext;
  let page: Page;
  let problems: string[];
  let portalId: string;
  /** The paths of the scripts the owner's page loaded, in order. */
  const scripts: string[] = [];

  it('signs the owner in with the emailed code; no token reaches script-readable storage', async () => {
    owner = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    page = await owner.newPage();
    // The signed-out console asks who we are once (401), and a revoked client is refused later.
    problems = watch(page, (status, path) => status === 401 && path === '/v1/me');
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${ctx.baseUrl}/console`);
    const email = page.getByLabel('Email address');
    await email.waitFor();
    await shots(page, '01-sign-in', () => email.waitFor());
    const before = smtp.messages.length;
    await email.fill(OWNER_EMAIL);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await shots(page, '02-code-sent', () => page.getByRole('heading', { name: 'Check your email' }).waitFor());
    const code = await codeFor(smtp, OWNER_EMAIL, before);
    await page.getByLabel('Digit 1 of 6').pressSequentially(code);
    await page.getByRole('heading', { name: 'Portals', exact: true }).waitFor();

    // The session is an HttpOnly cookie scoped to the API: nothing readable by script holds it.
    const cookies = await owner.cookies(`${ctx.baseUrl}/v1/me`);
    const session = cookies.find((c) => c.name === 'foyer_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/v1' });
    expect(session!.value).toMatch(/^us_/);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    expect(storage).not.toContain(session!.value);
    await shots(page, '03-dashboard-empty', () => page.getByRole('heading', { name: 'Portals', exact: true }).waitFor());
    // The sign-in and the dashboard come with console.<hash>.js alone: no page's chunk has loaded yet.
    expect(scripts).toEqual([expect.stringMatching(/^\/console\.[0-9a-f]{16}\.js$/)]);
  }, 90_000);

  it('creates "2026 tax return" for Dana, uploads a PDF and asks for her approval due in 3 days', async () => {
    await page.getByRole('link', { name: 'New portal' }).first().click();
    await page.getByLabel('Portal name').fill('2026 tax return');
    await shots(page, '04-new-portal', () => page.getByLabel('Portal name').waitFor());
    await page.getByLabel('Client name').fill('Dana Whitfield');
    await page.getByLabel('Client email 1').fill(CLIENT_EMAIL);
    await page.getByRole('button', { name: 'Create portal' }).click();
    await page.waitForURL(/\/console\/portals\/prt_[0-9a-z]{32}/);
    portalId = /prt_[0-9a-z]{32}/.exec(page.url())![0];
    await page.getByRole('heading', { name: '2026 tax return' }).waitFor();
    // New portal and the portal's page each came as a chunk of their own, when first shown (and their shared parts).
    const chunks = scripts.slice(1).map((path) => /^\/chunks\/([a-z-]+)\.[0-9a-f]{16}\.js$/.exec(path)?.[1]);
    expect(chunks).toContain('new-portal');
    expect(chunks).toContain('portal');
    expect(chunks).not.toContain('settings');
    expect(chunks.indexOf('new-portal')).toBeLessThan(chunks.indexOf('portal'));
    // Dana was invited.
    await smtp.waitForMessage((m) => m.to.includes(CLIENT_EMAIL));

    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles([{ name: '2026 tax return.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES }]);
    await page.getByRole('button', { name: 'Open 2026 tax return.pdf' }).waitFor();
    await shots(page, '05-portal-files', () => page.getByRole('button', { name: 'Open 2026 tax return.pdf' }).waitFor());

    await page.getByRole('button', { name: 'Open 2026 tax return.pdf' }).click();
    await page.getByRole('button', { name: 'Request approval' }).click();
    const dialog = page.getByRole('dialog');
    // The new-portal form invites by address: the member has no name of its own.
    await dialog.getByLabel(CLIENT_EMAIL).check();
    const due = new Date(Date.now() + 3 * 24 * 3600_000).toISOString().slice(0, 10);
    await dialog.getByLabel('Due date (optional)').fill(due);
    await shots(page, '06-request-approval', () => dialog.waitFor());
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Awaiting approval').first().waitFor();

    const requests = await ctx.fetch(`/v1/portals/${portalId}/files`, { apiKey: workspace.apiKey });
    const files = (await requests.json()) as {
      data: { id: string; name: string; approval: { status: string; due_at: string | null } | null }[];
    };
    expect(files.data).toHaveLength(1);
    expect(files.data[0]!.approval).toMatchObject({ status: 'pending' });
    expect(files.data[0]!.approval!.due_at!.slice(0, 10)).toBe(due);
  }, 90_000);

  it('Dana signs in through the direct link and approves; the console shows the record by its own refresh', async () => {
    await page.getByRole('tab', { name: 'Approvals' }).click();
    await page.getByText('Waiting for').first().waitFor();

    const client = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
    const dana = await client.newPage();
    const before = smtp.messages.length;
    await dana.goto(`${ctx.baseUrl}/p/${portalId}`);
    await dana.getByLabel('Email address').fill(CLIENT_EMAIL);
    await dana.getByRole('button', { name: 'Send code' }).click();
    await dana.getByRole('heading', { name: 'Check your email' }).waitFor();
    await dana.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, CLIENT_EMAIL, before));
    await dana.getByRole('button', { name: 'Open 2026 tax return.pdf' }).click();
    await dana.getByRole('button', { name: 'Approve' }).click();
    await dana.getByRole('button', { name: 'Approve' }).click();
    await dana.getByText(/Approved by dana@client.test/).waitFor();

    // No reload: the console's own refresh brings the decision.
    await page
      .getByText(/Approved by/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Show the record' }).first().click();
    const sha256 = createHash('sha256').update(PDF_BYTES).digest('hex');
    const record = page.locator('foyer-console-portal .record').first();
    await record.waitFor();
    const recordText = await record.innerText();
    expect(recordText).toContain(sha256);
    expect(recordText).toContain(CLIENT_EMAIL);
    expect(recordText).toMatch(/Version\s+1\b/);
    await shots(page, '07-approval-record', () => record.waitFor());

    // The owner revokes Dana; her next request is refused and her portal asks her to sign in again.
    await page.getByRole('tab', { name: 'Members' }).click();
    await shots(page, '08-members', () =>
      page
        .getByRole('button', { name: /Revoke/ })
        .first()
        .waitFor(),
    );
    await page.getByRole('button', { name: /Revoke Dana Whitfield|Revoke dana@client.test/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Revoked').first().waitFor();
    await dana.evaluate(() => window.dispatchEvent(new Event('focus')));
    await dana.getByText('Your session has ended. Sign in again to continue.').waitFor();
    const token = await dana.evaluate((key) => localStorage.getItem(key), `foyer:session:${new URL(ctx.baseUrl).origin}:${portalId}`);
    expect(token).toBeNull();
    await client.close();
  }, 120_000);

  it('every other console screen, at 1280 px and 360 px', async () => {
    await page.getByRole('tab', { name: 'Activity' }).click();
    await page.getByText(`${CLIENT_EMAIL} signed in`, { exact: true }).waitFor();
    await page.getByText(`${CLIENT_EMAIL} approved 2026 tax return.pdf`, { exact: true }).waitFor();
    for (const tab of ['Activity', 'Settings']) {
      await page.getByRole('tab', { name: tab }).click();
      await shots(page, `09-portal-${tab.toLowerCase()}`, () => page.getByRole('tab', { name: tab, selected: true }).waitFor());
    }
    // Two more clients, so the dashboard shows what waits: one portal waits on the client (an approval
    // request), one on us (the client uploaded something the owner has not looked at).
    await seedClientPortal('Q3 bookkeeping', 'Northwind Traders', 'ops@northwind.test', 'owner-file');
    await seedClientPortal('Payroll setup', 'Lumen Studio', 'hr@lumen.test', 'client-upload');
    await page.goto(`${ctx.baseUrl}/console`);
    await page.getByText('2026 tax return').first().waitFor();
    await page.getByText('1 new upload').waitFor();
    await page.getByText('1 pending approval').waitFor();
    await shots(page, '10-dashboard', () => page.getByText('2026 tax return').first().waitFor());
    await page.goto(`${ctx.baseUrl}/console/settings`);
    for (const tab of ['Branding', 'Allowed websites', 'Notification emails', 'Users', 'API keys', 'Webhooks', 'Embed', 'Your account']) {
      await page.getByRole('link', { name: tab, exact: true }).click();
      const name = tab.toLowerCase().replace(/\s+/g, '-');
      await shots(page, `11-settings-${name}`, () => page.locator('a[aria-current="page"]', { hasText: tab }).waitFor());
    }
    expect(problems).toEqual([]);
    await owner.close();
  }, 120_000);
});
