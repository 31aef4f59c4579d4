import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtWebAssets } from '../src/modules/widget-assets/bundles.ts';
import { createTestContext, TEST_PUBLIC_URL, type TestContext, type TestWorkspace } from './support/context.ts';
import { sha384, writeWidgetBuild } from './support/widget-build.ts';

// The owner's console page (/console and its deep links), its bundle (/console.<hash>.js) and the embed
// snippet's build (GET /v1/widget), over a widget dist/ this test writes: the console bundle is a small Lit
// stand-in for <foyer-console> (the real one is the widget build's), enough to see the page's strict CSP
// at work in Debian's Chromium.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https: data:; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const CONSOLE_URLS = [
  '/console',
  '/console/',
  '/console/portals/prt_0123456789abcdefghjkmnpqrstvwxyz',
  '/console/settings/webhooks',
  '/console/verify',
];

let dist: string;
let ctx: TestContext; // serves `dist`
let bare: TestContext; // serves an empty dist: nothing built
let acme: TestWorkspace;

/** A Lit element standing in for <foyer-console>: its styles are adopted stylesheets, as every Lit component's. */
async function standInConsole(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { LitElement, css, html } from 'lit';
        class StandIn extends LitElement {
          static properties = { apiBase: { attribute: 'api-base' } };
          static styles = css\`:host { display: block; color: rgb(1, 2, 3); } p { margin: 7px; }\`;
          render() { return html\`<p>Console for \${this.apiBase}</p>\`; }
        }
        customElements.define('foyer-console', StandIn);`,
      resolveDir: join(ROOT, 'widget'),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['production'],
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'foyer-console-dist-'));
  await mkdir(join(dist, 'empty'));
  await writeWidgetBuild(dist, 'foyer', 'export const widget = 1;\n');
  await writeWidgetBuild(dist, 'console', await standInConsole());
  ctx = await createTestContext({}, { webAssets: builtWebAssets(dist) });
  bare = await createTestContext({}, { webAssets: builtWebAssets(join(dist, 'empty')) });
  acme = await ctx.newWorkspace('Acme');
});
afterAll(async () => {
  await ctx.close();
  await bare.close();
  await rm(dist, { recursive: true, force: true });
});

function expectPageHeaders(res: Response, url: string): void {
  expect(res.headers.get('content-security-policy'), url).toBe(EXPECTED_CSP);
  expect(res.headers.get('x-robots-tag'), url).toBe('noindex, nofollow');
  expect(res.headers.get('referrer-policy'), url).toBe('no-referrer');
  expect(res.headers.get('cache-control'), url).toBe('no-store');
  expect(res.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
  expect(res.headers.get('set-cookie'), url).toBeNull();
}

describe('the console page', () => {
  it('serves one shell on /console and its deep links, with the strict CSP, noindex and no inline script or style', async () => {
    const bundle = builtWebAssets(dist).console()!;
    for (const url of CONSOLE_URLS) {
      const res = await ctx.fetch(url);
      expect(res.status, url).toBe(200);
      expectPageHeaders(res, url);
      const page = await res.text();
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain(`<foyer-console class="fullscreen" api-base="${TEST_PUBLIC_URL}"></foyer-console>`);
      expect(page).toContain(
        `<script type="module" src="${bundle.path}" integrity="${bundle.integrity}" crossorigin="anonymous"></script>`,
      );
      // Every script has a src; there is no <style> element and no style attribute.
      expect(page.match(/<script\b[^>]*>/g)).toEqual([expect.stringContaining(`src="${bundle.path}"`)]);
      expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);

      const head = await ctx.fetch(url, { method: 'HEAD' });
      expect(head.status, url).toBe(200);
      expectPageHeaders(head, url);
    }
    // Only /console and what is under it: /consoles is not the console.
    expect((await ctx.fetch('/consoles')).status).toBe(404);
  });

  it('serves the console bundle at its hashed URL (immutable, matching its integrity); another build’s hash is 404', async () => {
    const bundle = builtWebAssets(dist).console()!;
    expect(bundle.path).toMatch(/^\/console\.[0-9a-f]{16}\.js$/);
    const hashed = await ctx.fetch(bundle.path);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(sha384(new Uint8Array(await hashed.arrayBuffer()))).toBe(bundle.integrity);
    // /console.js follows the current build: a one-line loader of the hashed URL, cached for five minutes.
    const plain = await ctx.fetch('/console.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await plain.text()).toBe(`export * from '.${bundle.path}';\n`);
    expect((await ctx.fetch('/console.js', { headers: { 'If-None-Match': plain.headers.get('etag')! } })).status).toBe(304);
    const old = await ctx.fetch('/console.fedcba9876543210.js');
    expect(old.status).toBe(404);
    expect(await old.text()).toContain(bundle.path);
  });

  it('answers a clear 503 page, with the same headers, while the console is not built', async () => {
    for (const url of ['/console', '/console/verify']) {
      const res = await bare.fetch(url);
      expect(res.status).toBe(503);
      expectPageHeaders(res, url);
      expect(await res.text()).toContain('npm run build -w @foyer/widget');
    }
    const script = await bare.fetch('/console.js');
    expect(script.status).toBe(503);
    expect(script.headers.get('cache-control')).toBe('no-store');
  });

  it('consumes nothing on GET or HEAD of /console/verify: a sign-in token still works afterwards', async () => {
    // A one-time sign-in link's token (the client side's; the owners' magic links land on this same page).
    const json = { 'content-type': 'application/json' };
    const portal = (await (
      await ctx.fetch('/v1/portals', { apiKey: acme.apiKey, method: 'POST', headers: json, body: JSON.stringify({ name: 'Verify' }) })
    ).json()) as { id: string };
    const member = (await (
      await ctx.fetch(`/v1/portals/${portal.id}/members`, {
        apiKey: acme.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'dana@client.example' }),
      })
    ).json()) as { id: string };
    const link = (await (
      await ctx.fetch(`/v1/portals/${portal.id}/sign-in-links`, {
        apiKey: acme.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ member_id: member.id }),
      })
    ).json()) as { url: string };
    const token = new URL(link.url).hash.slice('#token='.length);
    const state = async () => ({
      tokens: await ctx.db.selectFrom('sign_in_tokens').select(['token_hash', 'consumed_at']).execute(),
      sessions: (await ctx.db.selectFrom('sessions').select('id').execute()).length,
      events: (await ctx.db.selectFrom('events').select('id').execute()).length,
    });
    const before = await state();
    // A mail scanner prefetches the link, fragment dropped or (wrongly) sent as a query.
    for (const method of ['GET', 'HEAD']) {
      for (const url of ['/console/verify', `/console/verify?token=${token}`]) {
        const res = await ctx.fetch(url, { method });
        expect(res.status).toBe(200);
        expect(res.headers.get('set-cookie')).toBeNull();
      }
    }
    expect(await state()).toEqual(before);
    const confirmed = await ctx.fetch(`/v1/portals/${portal.id}/verifications/confirm`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token }),
    });
    expect(confirmed.status).toBe(201);
  });
});

describe('the console page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('runs the bundle and its Lit styles (adopted stylesheets) under the CSP, which blocks inline script and style', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // The magic link's form: the token rides in the fragment, which the browser never sends.
    await page.goto(`${ctx.baseUrl}/console/verify#token=abc`);
    const rendered = await page.waitForFunction(() => {
      const root = document.querySelector('foyer-console')?.shadowRoot;
      const p = root?.querySelector('p');
      return p
        ? {
            text: p.textContent,
            sheets: root!.adoptedStyleSheets.length,
            color: getComputedStyle(p).color,
            margin: getComputedStyle(p).marginTop,
          }
        : null;
    });
    expect(await rendered.jsonValue()).toEqual({ text: `Console for ${TEST_PUBLIC_URL}`, sheets: 1, color: 'rgb(1, 2, 3)', margin: '7px' });
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(page.url()).toBe(`${ctx.baseUrl}/console/verify#token=abc`);

    // The policy is in force: inline script does not run, an inline style is not applied.
    const blocked = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(9, 9, 9) }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false,
        color: getComputedStyle(document.body).color,
        seen,
      };
    });
    expect(blocked.ran).toBe(false);
    expect(blocked.color).not.toBe('rgb(9, 9, 9)');
    expect(blocked.seen.sort()).toEqual(['script-src-elem', 'style-src-elem']);
    await page.close();
  });
});

describe('GET /v1/widget', () => {
  it('gives the embed snippet’s script URL (this build, hashed), its SRI and the api base', async () => {
    const res = await ctx.fetch('/v1/widget', { apiKey: acme.apiKey });
    expect(res.status).toBe(200);
    const build = (await res.json()) as { script_url: string; integrity: string; api_base: string };
    const widget = builtWebAssets(dist).widget()!;
    expect(build).toEqual({ script_url: `${TEST_PUBLIC_URL}${widget.path}`, integrity: widget.integrity, api_base: TEST_PUBLIC_URL });
    // The URL serves exactly the bytes the integrity names.
    const script = await ctx.fetch(new URL(build.script_url).pathname);
    expect(script.status).toBe(200);
    expect(sha384(new Uint8Array(await script.arrayBuffer()))).toBe(build.integrity);
  });

  it('is 503 while the widget is not built, 404 for a client session and 401 without credentials', async () => {
    const ws = await bare.newWorkspace('Bare');
    const unbuilt = await bare.fetch('/v1/widget', { apiKey: ws.apiKey });
    expect(unbuilt.status).toBe(503);
    expect(await unbuilt.json()).toMatchObject({ code: 'service_unavailable' });
    expect((await ctx.fetch('/v1/widget')).status).toBe(401);

    const json = { 'content-type': 'application/json' };
    const portal = (await (
      await ctx.fetch('/v1/portals', { apiKey: acme.apiKey, method: 'POST', headers: json, body: JSON.stringify({ name: 'Embed' }) })
    ).json()) as { id: string };
    const member = (await (
      await ctx.fetch(`/v1/portals/${portal.id}/members`, {
        apiKey: acme.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'e@client.example' }),
      })
    ).json()) as { id: string };
    const link = (await (
      await ctx.fetch(`/v1/portals/${portal.id}/sign-in-links`, {
        apiKey: acme.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ member_id: member.id }),
      })
    ).json()) as { url: string };
    const session = (await (
      await ctx.fetch(`/v1/portals/${portal.id}/verifications/confirm`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ token: new URL(link.url).hash.slice('#token='.length) }),
      })
    ).json()) as { session_token: string };
    const asClient = await ctx.fetch('/v1/widget', { apiKey: session.session_token });
    expect(asClient.status).toBe(404);
    expect(await asClient.json()).toMatchObject({ code: 'not_found' });
  });
});
