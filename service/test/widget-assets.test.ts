import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetAssetRoutes, widgetBundle } from '../src/modules/widget-assets/routes.ts';

// The widget bundle's routes, over a dist/ folder this test writes (the real one is the build's).
let dir: string;
let server: Server;
let base: string;
const HASH = '0123456789abcdef';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'foyer-widget-'));
  const app = express();
  app.use(widgetAssetRoutes(widgetBundle(join(dir, 'dist'))));
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('widget assets', () => {
  it('explains a missing build with 503 and caches nothing', async () => {
    const res = await fetch(`${base}/widget.js`);
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('npm run build -w @foyer/widget');
  });

  it('serves the bundle to any origin, briefly cached at /widget.js and for a year at its hashed URL', async () => {
    await mkdir(join(dir, 'dist'), { recursive: true });
    await writeFile(join(dir, 'dist/foyer.js'), 'export const x = 1;\n');
    await writeFile(join(dir, 'dist/foyer.meta.json'), JSON.stringify({ hash: HASH, integrity: 'sha384-abc' }));

    const plain = await fetch(`${base}/widget.js`, { headers: { Origin: 'https://www.acme.example' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
    expect(plain.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    expect(await plain.text()).toBe('export const x = 1;\n');

    const hashed = await fetch(`${base}/widget.${HASH}.js`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const revalidated = await fetch(`${base}/widget.js`, { headers: { 'If-None-Match': `"${HASH}"` } });
    expect(revalidated.status).toBe(304);
  });

  it('answers 404 for another build’s hashed URL', async () => {
    const res = await fetch(`${base}/widget.fedcba9876543210.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(`/widget.${HASH}.js`);
  });
});
