import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/context.ts';

// The pages' own static files (page.css; verify.js, the sign-in landing's script) are linked by content-hashed
// URLs cached for a year, immutable (they were cached for an hour: Lighthouse's "efficient cache policy"), and
// still answer by their plain names for an hour.
const ASSETS = fileURLToPath(new URL('../src/modules/pages/assets/', import.meta.url));
const json = { 'content-type': 'application/json' };

let ctx: TestContext;
let portalId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const workspace = await ctx.newWorkspace('Acme Accounting');
  const res = await ctx.fetch('/v1/portals', {
    apiKey: workspace.apiKey,
    method: 'POST',
    headers: json,
    body: '{"name":"2026 tax return"}',
  });
  portalId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await ctx.close();
});

/** The URL matching `pattern` in the page at `path`. */
async function linked(path: string, pattern: RegExp): Promise<string> {
  const body = await (await ctx.fetch(path)).text();
  const found = body.match(pattern);
  expect(found, `${pattern} in ${path}`).not.toBeNull();
  return found![0];
}

describe('page.css', () => {
  it('is linked by its content-hashed URL from every page, and served there for a year, immutable', async () => {
    const source = await readFile(`${ASSETS}page.css`, 'utf8');
    const pattern = /\/assets\/page\.[0-9a-f]{16}\.css/;
    const url = await linked(`/p/${portalId}`, pattern);
    for (const page of [`/p/${portalId}/verify`, '/p/prt_0123456789abcdefghjkmnpqrstvwxyz', '/console']) {
      expect(await linked(page, pattern)).toBe(url);
    }
    const res = await ctx.fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(source);
    const again = await ctx.fetch(url, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('answers its plain name for an hour, and another hash with a 404 that is not cached', async () => {
    const plain = await ctx.fetch('/assets/page.css');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await plain.text()).toBe(await readFile(`${ASSETS}page.css`, 'utf8'));
    const stale = await ctx.fetch('/assets/page.0123456789abcdef.css');
    expect(stale.status).toBe(404);
    expect(stale.headers.get('cache-control')).toBe('no-store');
  });
});

describe('verify.js', () => {
  it("is the sign-in landing's script by its content-hashed URL, served for a year, immutable", async () => {
    const url = await linked(`/p/${portalId}/verify`, /\/assets\/verify\.[0-9a-f]{16}\.js/);
    const res = await ctx.fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(await readFile(`${ASSETS}verify.js`, 'utf8'));
  });
});
