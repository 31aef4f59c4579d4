// End to end: sessions handed over by the business's backend (issue 16 §1). The real service (a started app
// on a real PostgreSQL) serves the built widget; examples/embed-express — Acme Accounting's own site, with its
// own login and session cookie — runs on another origin and renders <foyer-portal embed-code=…> with a fresh
// code from the service for the signed-in user; Debian's Chromium, driven by playwright-core, is the client.
// The user signs in to the site, sees their portal without any email step and approves a file; the approval
// record (API and receipt) says Acme's website signed them in. The same code replayed is refused (401), and a
// code that expired before the browser used it falls back to the email sign-in. Screenshots at 1280 and
// 360 px in .test-output/embed-e2e/.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteOptions } from '../../../examples/embed-express/site.ts';
import { launchChromium } from '../support/browser.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../support/context.ts';
import { screenshots, seedBrandedPortal, watch } from '../support/e2e.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const shots = screenshots(`${ROOT}.test-output/embed-e2e`);
const json = { 'content-type': 'application/json' };
const DANA = { email: 'dana@client.test', name: 'Dana Whitfield', password: 'correct horse battery staple' };

let ctx: TestContext;
let acme: TestWorkspace;
let browser: Browser;
let portalId: string;
let requestId: string;
const sites: Array<{ origin: string; close(): Promise<void> }> = [];

async function call<T = Record<string, string>>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await ctx.fetch(path, {
    apiKey: acme.apiKey,
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: json,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** Acme's site on its own origin, allowed to embed the workspace's portals. */
async function site(extra: Partial<SiteOptions> = {}): Promise<string> {
  const started = await startSite({
    foyerUrl: ctx.baseUrl,
    apiKey: acme.apiKey,
    sessionSecret: 'an example session secret of some length',
    users: [{ ...DANA, portalId }],
    ...extra,
  });
  sites.push(started);
  const origins = sites.map((s) => s.origin);
  await call('/v1/workspace', { method: 'PATCH', body: { allowed_origins: origins } });
  return started.origin;
}

/** Signs in to Acme's site (its own form and session cookie) and lands on the portal page. */
async function signInToSite(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByLabel('Email').fill(DANA.email);
  await page.getByLabel('Password').fill(DANA.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${origin}/portal`);
}

beforeAll(async () => {
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  ctx = await createTestContext();
  const seeded = await seedBrandedPortal(ctx, {
    name: 'Acme Accounting',
    portal: {
      name: '2026 tax return',
      client_name: DANA.name,
      // Dana is a member already (the business added her), so the owner can ask her to approve before she comes.
      members: [{ email: DANA.email, name: DANA.name }],
      file: { name: 'Tax return 2026.pdf', approval: { message: 'Please approve your return' } },
    },
  });
  acme = seeded.workspace;
  portalId = seeded.portal.id;
  requestId = seeded.portal.approvalRequestId!;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.close();
  await ctx?.close();
});

describe('a session handed over by the business’s website', () => {
  it('shows the signed-in user’s portal without an email step, and the approval says Acme’s website signed them in', async () => {
    const origin = await site();
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    const confirms: Array<{ status: number; body: string }> = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/verifications/confirm'))
        confirms.push({ status: response.status(), body: response.request().postData() ?? '' });
    });
    await signInToSite(page, origin);
    const portal = page.locator('foyer-portal');
    const embedCode = (await portal.getAttribute('embed-code'))!;
    expect(embedCode).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => portal.getByText('Tax return 2026.pdf').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Never an email step: no email field, and the one confirmation was the embed code (with the widget's
    // language, which the member's emails follow: issue 16 §4).
    expect(await portal.locator('input[type=email]').count()).toBe(0);
    expect(confirms).toEqual([{ status: 201, body: JSON.stringify({ embed_code: embedCode, locale: 'en' }) }]);
    await shots(page, 'portal', () => portal.getByText('Tax return 2026.pdf').first().waitFor());

    await page.getByRole('button', { name: 'Open Tax return 2026.pdf' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/Approved by dana@client.test/).waitFor();
    await expect
      .poll(() => portal.getByText('Signed in by Acme Accounting’s website as dana@client.test').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await shots(page, 'approved', () => portal.getByText('Signed in by Acme Accounting’s website').first().waitFor());

    const request = await call<{ status: string; decisions: Array<{ email: string; sign_in_method: string }> }>(
      `/v1/approval-requests/${requestId}`,
    );
    expect(request.status).toBe('approved');
    expect(request.decisions).toEqual([expect.objectContaining({ email: DANA.email, sign_in_method: 'embed' })]);
    const receipt = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, {
      apiKey: acme.apiKey,
      headers: { accept: 'text/html' },
    });
    expect(await receipt.text()).toContain('signed in by Acme Accounting&#39;s website as dana@client.test');

    // The code the page used is spent: replayed, it is the same 401 as any failed confirmation.
    const replay = await ctx.fetch(`/v1/portals/${portalId}/verifications/confirm`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ embed_code: embedCode }),
    });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { code: string }).code).toBe('verification_failed');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('falls back to the email sign-in with a short message when the code expired before the browser used it', async () => {
    const origin = await site({ embedTtlSeconds: 1 });
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page, (status, path) => status === 401 && path.endsWith('/verifications/confirm'));
    // The page waits 2 s before exchanging the code (a slow connection): by then it has expired.
    await page.route('**/verifications/confirm', async (route) => {
      await new Promise((r) => setTimeout(r, 2_000));
      await route.continue();
    });
    await signInToSite(page, origin);
    const portal = page.locator('foyer-portal');
    await portal.getByText('Please sign in with your email address to continue.').waitFor({ timeout: 20_000 });
    expect(await portal.locator('input[type=email]').count()).toBe(1);
    await shots(page, 'expired', () => portal.locator('input[type=email]').waitFor());
    expect(problems).toEqual([]);
    await context.close();
  });
});
