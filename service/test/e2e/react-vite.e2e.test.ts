// End to end: @foyer/react in a real React 19 app (issue 16 §2). examples/react-vite is built as `npm test`
// builds it (Vite, then prerendered by react-dom/server, where <FoyerPortal> renders nothing) and served by
// `vite preview` on its own origin; the real service (a started app on a real PostgreSQL, a real SMTP server)
// answers the widget; Debian's Chromium, driven by playwright-core, is the client. The page hydrates without a
// mismatch, <FoyerPortal> loads the widget and shows the sign-in, the client signs in with the emailed code and
// sees the portal's files, and the app's `onSignedIn` prop fires (its header greets the client). The client
// approves a file: `onApprovalDecided` fires with the same fields as the service's `approval.approved` event
// (what a webhook delivers). Screenshots at 1280 and 390 px in .test-output/react-vite-e2e/. The same component
// under React 18 (examples/react18: renderToString and hydrateRoot in one page, built here) signs in too.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../support/context.ts';
import { codeFor, freePort, seedBrandedPortal, watch } from '../support/e2e.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = `${ROOT}examples/react-vite`;
const REACT18 = `${ROOT}examples/react18`;
const SHOTS = `${ROOT}.test-output/react-vite-e2e`;
const json = { 'content-type': 'application/json' };
const DANA = { email: 'dana@client.test', name: 'Dana Whitfield' };
// A second member for the React 18 page: a new code to the same address within a minute would be refused (429).
const LEE = { email: 'lee@client.test', name: 'Lee Okafor' };

let smtp: TestSmtp;
let ctx: TestContext;
let acme: TestWorkspace;
let browser: Browser;
let site: PreviewServer;
let origin: string;
let site18: PreviewServer;
let origin18: string;
let portalId: string;
let requestId: string;

async function call<T = Record<string, string>>(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> {
  const res = await ctx.fetch(path, {
    apiKey: acme.apiKey,
    method,
    headers: json,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}: ${res.status}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** Both widths, the whole page: `<name>-1280.png` and `<name>-390.png`. */
async function shots(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 860 });
    await ready();
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

beforeAll(async () => {
  // `npm test` built it (`npm run check:react`); a lone run of this file builds what is missing.
  if (!existsSync(`${EXAMPLE}/dist/index.html`)) {
    for (const workspace of ['@foyer/sdk', '@foyer/widget', '@foyer/react', '@foyer/example-react-vite'])
      execFileSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [`${ROOT}widget/scripts/ensure-built.mjs`], { stdio: 'inherit' });
  await mkdir(SHOTS, { recursive: true });
  smtp = await startTestSmtp();
  const port = await freePort();
  ctx = await createTestContext(
    { SMTP_URL: smtp.url, MAIL_FROM: 'Acme Accounting <no-reply@acme-accounting.test>', PUBLIC_URL: `http://127.0.0.1:${port}` },
    { port },
  );
  const seeded = await seedBrandedPortal(ctx, {
    name: 'Acme Accounting',
    branding: { display_name: 'Acme Accounting', accent_color: '#1d4ed8' },
    portal: {
      name: '2026 tax return',
      client_name: DANA.name,
      members: [DANA, LEE].map((member) => ({ ...member, send_invite: false })),
      file: { name: 'Engagement letter.pdf', approval: { message: 'Please sign and approve' } },
    },
  });
  acme = seeded.workspace;
  portalId = seeded.portal.id;
  requestId = seeded.portal.approvalRequestId!;

  // The built app on its own origin, which the workspace allows to embed its portals.
  const sitePort = await freePort();
  site = await preview({
    root: EXAMPLE,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: sitePort, strictPort: true },
  });
  origin = `http://127.0.0.1:${sitePort}`;
  await build({ root: REACT18, configFile: `${REACT18}/vite.config.ts`, logLevel: 'warn' });
  const port18 = await freePort();
  site18 = await preview({
    root: REACT18,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: port18, strictPort: true },
  });
  origin18 = `http://127.0.0.1:${port18}`;
  await call('/v1/workspace', { allowed_origins: [origin, origin18] }, 'PATCH');
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await site18?.close();
  await ctx?.close();
  await smtp?.close();
});

describe('examples/react-vite: <FoyerPortal> from @foyer/react', () => {
  it('is prerendered without the portal, and the app has the widget in a chunk of its own', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain('<header class="site-header"><a class="site-name" href="/">Acme Accounting</a>');
    expect(html).toContain('<main class="site-main"></main>');
    expect(html).not.toContain('foyer-portal');
  });

  it('hydrates, signs the client in with the emailed code, lists the files, and calls onSignedIn, onApprovalDecided and onSignedOut', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // A hydration mismatch is a console error (main.tsx reports it), and so is any failed request.
    const problems = watch(page);
    await page.goto(`${origin}/?api=${encodeURIComponent(ctx.baseUrl)}&portal=${portalId}`);
    expect(await page.locator('html').getAttribute('data-rendered')).toBe('hydrated');

    const portal = page.locator('#root main > foyer-portal');
    await portal.getByLabel('Email address').waitFor();
    // @lit/react set them as properties (no attributes), after React created the element.
    expect(await portal.evaluate((el) => [(el as unknown as { portal: string }).portal, (el as unknown as { api: string }).api])).toEqual([
      portalId,
      ctx.baseUrl,
    ]);
    expect(await page.evaluate(() => customElements.get('foyer-portal') !== undefined)).toBe(true);
    await shots(page, 'sign-in', () => portal.getByLabel('Email address').waitFor());

    const before = smtp.messages.length;
    await portal.getByLabel('Email address').fill(DANA.email);
    await portal.getByRole('button', { name: 'Send code' }).click();
    await portal.getByRole('heading', { name: 'Check your email' }).waitFor();
    await portal.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, DANA.email, before));

    await portal.getByText('Engagement letter.pdf').first().waitFor({ timeout: 20_000 });
    // onSignedIn set the app's state: its own header (outside the widget) greets the client by name.
    await expect.poll(() => page.locator('.site-greeting').textContent()).toBe(`Welcome back, ${DANA.name}`);
    await shots(page, 'files', () => portal.getByText('Engagement letter.pdf').first().waitFor());

    // The widget's event, as the page sees it, against the service's record of the same decision.
    await page.evaluate(() =>
      document.addEventListener('foyer-approval-decided', (e) => {
        (window as unknown as { decided: unknown }).decided = (e as CustomEvent).detail;
      }),
    );
    await portal.getByRole('button', { name: 'Open Engagement letter.pdf' }).click();
    await portal.getByRole('button', { name: 'Approve' }).click();
    await portal.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Thank you — you approved version 1.').waitFor();
    await shots(page, 'approved', () => portal.getByText(/Approved by dana@client.test/).waitFor());
    const detail = await page.evaluate(() => (window as unknown as { decided: Record<string, unknown> }).decided);
    const events = await call<{ data: Array<{ type: string; target: { id: string }; data: Record<string, unknown> }> }>(
      `/v1/portals/${portalId}/events?type=approval.approved`,
    );
    const [event] = events.data;
    expect(event!.target.id).toBe(requestId);
    const { file_id, version, sha256, decision, note, status, member_id, email } = event!.data;
    expect(detail).toEqual({ approval_request_id: requestId, file_id, version, sha256, decision, note, status, member_id, email });
    expect(detail).toMatchObject({ decision: 'approve', status: 'approved', email: DANA.email, version: 1 });

    // The app's Sign out calls the element's signOut() through the ref; onSignedOut clears the greeting.
    await page.locator('.site-header').getByRole('button', { name: 'Sign out' }).click();
    await portal.getByLabel('Email address').waitFor();
    await expect.poll(() => page.locator('.site-greeting').textContent()).toBe('Your documents, in one place');
    expect(problems).toEqual([]);
    await context.close();
  });
  it('works the same under React 18: server-rendered to nothing, hydrated, signed in, onSignedIn called', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${origin18}/?api=${encodeURIComponent(ctx.baseUrl)}&portal=${portalId}`);
    await page.getByRole('heading', { name: 'React 18.3.1' }).waitFor();
    // react-dom/server's markup: the page around it, nothing for the portal.
    expect(await page.locator('#root').getAttribute('data-server')).toBe(
      '<main><h1>React 18.3.1</h1><p class="signed-in">Not signed in</p></main>',
    );
    const portal = page.locator('#root main > foyer-portal');
    const before = smtp.messages.length;
    await portal.getByLabel('Email address').fill(LEE.email);
    await portal.getByRole('button', { name: 'Send code' }).click();
    await portal.getByRole('heading', { name: 'Check your email' }).waitFor();
    await portal.getByLabel('Digit 1 of 6').pressSequentially(await codeFor(smtp, LEE.email, before));
    await portal.getByText('Engagement letter.pdf').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.signed-in').textContent()).toBe(`Signed in as ${LEE.email}`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
