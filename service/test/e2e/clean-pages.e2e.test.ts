// End to end: the two pages people open first — a portal's direct link (PUBLIC_URL/p/{id}) and the console
// (PUBLIC_URL/console) — load in Debian's Chromium without a single console error, uncaught exception or failed
// request (an HTTP error or a network failure), signed out and signed in, and after a reload. The real
// service (on a real PostgreSQL, mail through a real SMTP server) serves the pages and the built bundles.
// Lighthouse's "errors in console" audit counts the same things (a 404 for /favicon.ico, a 401 logged by the
// browser), so a page clean here keeps best practices at 100. Each page's icon loads too.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { codeFor, DESKTOP, freePort, seedBrandedPortal } from '../support/e2e.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OWNER_EMAIL = 'maria@harborpine.test';
const CLIENT_EMAIL = 'dana@client.test';

let smtp: TestSmtp;
let ctx: TestContext;
let browser: Browser;
let portalId: string;

beforeAll(async () => {
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  smtp = await startTestSmtp();
  const port = await freePort();
  ctx = await createTestContext(
    { SMTP_URL: smtp.url, MAIL_FROM: 'Harbor & Pine <no-reply@harborpine.test>', PUBLIC_URL: `http://127.0.0.1:${port}` },
    { port },
  );
  const seeded = await seedBrandedPortal(ctx, {
    name: 'Harbor & Pine Accounting',
    user: { email: OWNER_EMAIL, name: 'Maria Lopez', role: 'owner' },
    portal: { name: '2026 tax return', client_name: 'Dana Whitfield', members: [{ email: CLIENT_EMAIL }], file: { name: 'Ledger Q3.pdf' } },
  });
  portalId = seeded.portal.id;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await smtp?.close();
});

/**
 * Everything that would put a red line in the browser's console or its network panel: errors logged (the
 * browser's own "Failed to load resource" lines included), uncaught exceptions, HTTP errors, failed requests.
 */
function strictWatch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`));
  return problems;
}

/** Waits until the page has had no request open for 500 ms, so late requests (and their errors) are seen. */
const settled = (page: Page) => page.waitForLoadState('networkidle');

/** The page's `<link rel="icon">` and /favicon.ico both decode as images in this browser. */
async function expectIcons(page: Page): Promise<void> {
  const sizes = await page.evaluate(async () => {
    const decode = async (src: string) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return image.naturalWidth;
    };
    const link = document.querySelector<HTMLLinkElement>('link[rel=icon]');
    return { link: link ? await decode(link.href) : 0, ico: await decode('/favicon.ico') };
  });
  expect(sizes.link).toBeGreaterThan(0);
  expect(sizes.ico).toBeGreaterThanOrEqual(16);
}

describe('the direct link page, in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  it('loads signed out with no console error and no failed request; its icon loads', async () => {
    context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    page = await context.newPage();
    problems = strictWatch(page);
    await page.goto(`${ctx.baseUrl}/p/${portalId}`);
    await page.getByLabel('Email address').waitFor();
    await settled(page);
    await expectIcons(page);
    expect(problems).toEqual([]);
  }, 60_000);

  it('signs Dana in and shows her files, then reloads signed in, with no console error and no failed request', async () => {
    const before = smtp.messages.length;
    await page.getByLabel('Email address').fill(CLIENT_EMAIL);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, CLIENT_EMAIL, before));
    await page.getByRole('button', { name: 'Open Ledger Q3.pdf' }).waitFor();
    await settled(page);
    expect(problems).toEqual([]);

    await page.reload();
    await page.getByRole('button', { name: 'Open Ledger Q3.pdf' }).waitFor();
    await settled(page);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('the console, in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  it('shows the sign-in with no console error and no failed request (no 401 from asking who is signed in)', async () => {
    context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
    page = await context.newPage();
    problems = strictWatch(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${ctx.baseUrl}/console`);
    await page.getByLabel('Email address').waitFor();
    await settled(page);
    await expectIcons(page);
    expect(problems).toEqual([]);
    expect(requests).not.toContain('/v1/me');
  }, 60_000);

  it('signs the owner in and shows the portals, then reloads signed in, with no console error and no failed request', async () => {
    const before = smtp.messages.length;
    await page.getByLabel('Email address').fill(OWNER_EMAIL);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, OWNER_EMAIL, before));
    await page.getByRole('heading', { name: 'Portals', exact: true }).waitFor();
    await page.getByText('2026 tax return').first().waitFor();
    await settled(page);
    expect(problems).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'Portals', exact: true }).waitFor();
    await page.getByText('2026 tax return').first().waitFor();
    await settled(page);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
