import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

// The service's icons: /favicon.svg (Foyer's mark), /favicon.ico (the same mark for browsers that ask for it by
// name; without it every page logged a 404 in the console), and each page's <link rel="icon">: the workspace's
// logo when it has one the page's CSP lets it load, Foyer's mark otherwise.
const SVG_PATH = fileURLToPath(new URL('../src/modules/favicon/assets/favicon.svg', import.meta.url));
const DEFAULT_LINK = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';
const json = { 'content-type': 'application/json' };

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

/** A workspace branded with `logo_url` (none when null) and one active portal of it. */
async function portalWithLogo(logoUrl: string | null): Promise<string> {
  const workspace: TestWorkspace = await ctx.newWorkspace('Acme Accounting');
  if (logoUrl) {
    const branded = await ctx.fetch('/v1/workspace', {
      apiKey: workspace.apiKey,
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ branding: { logo_url: logoUrl } }),
    });
    expect(branded.status).toBe(200);
  }
  const res = await ctx.fetch('/v1/portals', {
    apiKey: workspace.apiKey,
    method: 'POST',
    headers: json,
    body: '{"name":"2026 tax return"}',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function page(path: string): Promise<string> {
  const res = await ctx.fetch(path);
  return res.text();
}

describe('the default icon', () => {
  it('serves /favicon.svg, cached for a day and revalidated by its ETag', async () => {
    const res = await ctx.fetch('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(Buffer.from(await res.arrayBuffer()).equals(await readFile(SVG_PATH))).toBe(true);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{16}"$/);
    const again = await ctx.fetch('/favicon.svg', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves /favicon.ico as an ICO of 16, 32 and 48 px PNG images of the same mark', async () => {
    const res = await ctx.fetch('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    const ico = Buffer.from(await res.arrayBuffer());
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const entry = 6 + 16 * i;
      const [width, length, offset] = [ico.readUInt8(entry), ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const png = ico.subarray(offset, offset + length);
      expect(png.length).toBe(length);
      const image = await loadImage(png);
      expect([image.width, image.height]).toEqual([width, width]);
      sizes.push(width);
      // The mark: a teal tile with a white doorway; the middle of the doorway is white, its side teal.
      const canvas = createCanvas(width, width);
      const pixels = canvas.getContext('2d');
      pixels.drawImage(image, 0, 0);
      expect([...pixels.getImageData(Math.round(width / 2), Math.round(width * 0.7), 1, 1).data]).toEqual([255, 255, 255, 255]);
      expect([...pixels.getImageData(Math.round(width * 0.1), Math.round(width / 2), 1, 1).data]).toEqual([15, 118, 110, 255]);
    }
    expect(sizes).toEqual([16, 32, 48]);
    const again = await ctx.fetch('/favicon.ico', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});

describe("a page's icon", () => {
  it("is Foyer's mark on the direct link and sign-in landing of a workspace without a logo", async () => {
    const portalId = await portalWithLogo(null);
    expect(await page(`/p/${portalId}`)).toContain(DEFAULT_LINK);
    expect(await page(`/p/${portalId}/verify`)).toContain(DEFAULT_LINK);
  });

  it("is the workspace's https logo when it has one", async () => {
    const portalId = await portalWithLogo('https://cdn.acme.test/logo.png?v=2&size=64');
    const link = '<link rel="icon" href="https://cdn.acme.test/logo.png?v=2&amp;size=64">';
    for (const path of [`/p/${portalId}`, `/p/${portalId}/verify`]) {
      const body = await page(path);
      expect(body).toContain(link);
      expect(body).not.toContain('/favicon.svg');
    }
  });

  it("is Foyer's mark when the logo is http on another origin (the page's CSP would block it)", async () => {
    const portalId = await portalWithLogo('http://cdn.acme.test/logo.png');
    const body = await page(`/p/${portalId}`);
    expect(body).toContain(DEFAULT_LINK);
    expect(body).not.toContain('rel="icon" href="http://cdn.acme.test');
  });

  it("is Foyer's mark on the 404 page and on the console", async () => {
    expect(await page('/p/prt_0123456789abcdefghjkmnpqrstvwxyz')).toContain(DEFAULT_LINK);
    expect(await page('/console')).toContain(DEFAULT_LINK);
  });
});
