import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtWebAssets } from '../src/modules/widget-assets/bundles.ts';
import { negotiateEncoding } from '../src/modules/widget-assets/encoding.ts';
import { webAssetRoutes } from '../src/modules/widget-assets/routes.ts';
import { sha384, writeWidgetBuild, type TestBuild } from './support/widget-build.ts';

// The widget's scripts as the service serves them, over a dist/ folder this test writes the way the build
// does (the real one is the build's). Requests go through node:http, not fetch: fetch would decode the body
// and hide what was on the wire.
let dir: string;
let server: Server;
let port: number;

// Long enough for compression to matter, as the real scripts are.
const ENTRY = `export const views = () => import('{{views}}');\n${'export const signIn = "sign in";\n'.repeat(200)}`;
const VIEWS = `export const files = "files";\n${'export const list = [1, 2, 3];\n'.repeat(200)}`;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The bytes as the client reads them, decoded by the coding the answer names. */
function decoded(answer: Answer): string {
  const coding = answer.headers['content-encoding'];
  const bytes = coding === 'br' ? brotliDecompressSync(answer.body) : coding === 'gzip' ? gunzipSync(answer.body) : answer.body;
  return bytes.toString('utf8');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'foyer-widget-'));
  const app = express();
  app.use(webAssetRoutes(builtWebAssets(join(dir, 'dist'))));
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('Accept-Encoding negotiation', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['br;q=0, *', 'gzip'],
    ['*', 'br'],
    ['*;q=0, identity;q=0.1', 'identity'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['BR', 'br'],
    ['gzip;q=abc, br;q=0.1', 'br'],
  ])('answers %j with %s', (header, coding) => {
    expect(negotiateEncoding(header)).toBe(coding);
  });
});

describe('widget assets', () => {
  let build: TestBuild;

  it('explains a missing build with 503 and caches nothing', async () => {
    for (const path of ['/widget.js', '/console.js']) {
      const res = await get(path);
      expect(res.status).toBe(503);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.toString()).toContain('npm run build -w @foyer/widget');
    }
  });

  it('serves the hashed entry to any origin for a year, brotli, gzip or as it is by Accept-Encoding', async () => {
    build = await writeWidgetBuild(join(dir, 'dist'), 'foyer', ENTRY, { views: VIEWS });
    const expected = ENTRY.replace('{{views}}', `.${Object.keys(build.chunks)[0]}`);
    const etags = new Set<string>();
    for (const [accept, coding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
      [undefined, undefined],
    ] as const) {
      const res = await get(build.path, { Origin: 'https://www.acme.example', ...(accept ? { 'Accept-Encoding': accept } : {}) });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['content-encoding']).toBe(coding);
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decoded(res)).toBe(expected);
      if (coding) expect(res.body.length).toBeLessThan(Buffer.byteLength(expected) / 4);
      etags.add(res.headers.etag!);
    }
    // One ETag per representation: identity twice, then br and gzip each their own.
    expect(etags.size).toBe(3);
    // The bytes (decoded) are what the integrity names.
    expect(sha384(decoded(await get(build.path, { 'Accept-Encoding': 'br' })))).toBe(build.integrity);
  });

  it('answers 304 for the representation the client holds, and the bytes for another coding', async () => {
    const br = await get(build.path, { 'Accept-Encoding': 'br, gzip' });
    const again = await get(build.path, { 'Accept-Encoding': 'br, gzip', 'If-None-Match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(br.headers.etag);
    expect(again.headers.vary).toBe('Accept-Encoding');
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A weak comparison matches too (a proxy may have weakened it), and so does one tag of a list.
    expect((await get(build.path, { 'Accept-Encoding': 'br', 'If-None-Match': `"x", W/${br.headers.etag!}` })).status).toBe(304);
    // The brotli ETag does not validate a gzip answer.
    const gzip = await get(build.path, { 'Accept-Encoding': 'gzip', 'If-None-Match': br.headers.etag! });
    expect(gzip.status).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('serves /widget.js as a one-line loader of the hashed entry, cached for five minutes', async () => {
    const res = await get('/widget.js', { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(decoded(res)).toBe(`export * from '.${build.path}';\n`);
    const head = await get('/widget.js', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(res.headers['content-length']);
    expect((await get('/widget.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': res.headers.etag! })).status).toBe(304);
  });

  it('serves the chunks the entry imports: any origin, a year, precompressed, matching their SRI; others are 404', async () => {
    const [path, integrity] = Object.entries(build.chunks)[0]!;
    expect(path).toMatch(/^\/chunks\/views\.[0-9a-f]{16}\.js$/);
    const preflight = await get(path, { Origin: 'https://www.acme.example', 'Access-Control-Request-Method': 'GET' }, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    for (const accept of ['br', 'gzip', 'identity']) {
      const res = await get(path, { Origin: 'https://www.acme.example', 'Accept-Encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(accept === 'identity' ? undefined : accept);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(sha384(decoded(res))).toBe(integrity);
    }
    for (const other of ['/chunks/views.0000000000000000.js', '/chunks/', '/chunks/../foyer.meta.json', '/chunks/views.js.br']) {
      const res = await get(other);
      expect(res.status, other).toBe(404);
      expect(res.headers['cache-control'], other).toBe('no-store');
    }
  });

  it('answers 404 for another build’s hashed URL', async () => {
    const res = await get('/widget.fedcba9876543210.js');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain(build.path);
  });
});
