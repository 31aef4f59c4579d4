import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { streamFileUpload } from './support/uploads.ts';

// Big archives stream: 300 MB of files go out as one zip (the archive over HTTP, the export into storage)
// while the process's memory stays flat — far below the archive's size. Service and test share this process, so
// its RSS bounds both.
const MiB = 1024 * 1024;
const FILES = 6;
const FILE_SIZE = 50 * MiB;
/** How much the process may grow while 300 MB go through it. */
const MAX_GROWTH = 100 * MiB;

let ctx: TestContext;
let ws: TestWorkspace;
let portalId: string;
const sha256s: string[] = [];

/** Samples the process's RSS every 20 ms while `work` runs; resolves to its result and the peak growth. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    return { result, growth: Math.max(peak, process.memoryUsage().rss) - base };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  ctx = await createTestContext({ MAX_UPLOAD_BYTES: String(64 * MiB) });
  ws = await ctx.newWorkspace('Big');
  portalId = (await ws.client.POST('/v1/portals', { body: { name: 'Big archive' } })).data!.id;
  for (let i = 0; i < FILES; i++) {
    const upload = await streamFileUpload(`${ctx.baseUrl}/v1/portals/${portalId}/files`, ws.apiKey, FILE_SIZE, `cut-${i}.mov`);
    expect(upload.status).toBe(201);
    sha256s.push(upload.sha256);
  }
}, 300_000);
afterAll(() => ctx.close());

/** Reads a zip as it arrives, without keeping it: its length and sha256. */
async function consume(stream: ReadableStream): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of Readable.fromWeb(stream)) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { bytes, sha256: hash.digest('hex') };
}

describe('a 300 MB archive', () => {
  it('streams over HTTP with the process growing by less than 100 MB', async () => {
    const { result, growth } = await peakGrowth(async () => {
      const res = await ctx.fetch(`/v1/portals/${portalId}/archive`, { apiKey: ws.apiKey });
      expect(res.status).toBe(200);
      const length = Number(res.headers.get('content-length'));
      return { length, ...(await consume(res.body as ReadableStream)) };
    });
    expect(result.bytes).toBe(result.length);
    expect(result.bytes).toBeGreaterThan(FILES * FILE_SIZE);
    console.log(`archive of ${(result.bytes / MiB).toFixed(0)} MiB: peak RSS growth ${(growth / MiB).toFixed(1)} MiB`);
    expect(growth).toBeLessThan(MAX_GROWTH);
  }, 300_000);

  it('is written by an export job into storage with the process growing by less than 100 MB', async () => {
    const { result, growth } = await peakGrowth(async () => {
      const created = (await ws.client.POST('/v1/portals/{portal_id}/exports', { params: { path: { portal_id: portalId } } })).data!;
      for (;;) {
        const row = (await ws.client.GET('/v1/workspace/exports/{export_id}', { params: { path: { export_id: created.id } } })).data!;
        if (row.status === 'ready' || row.status === 'failed') return row;
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    expect(result.status).toBe('ready');
    expect(result.size).toBeGreaterThan(FILES * FILE_SIZE);
    console.log(`export of ${(result.size! / MiB).toFixed(0)} MiB: peak RSS growth ${(growth / MiB).toFixed(1)} MiB`);
    expect(growth).toBeLessThan(MAX_GROWTH);
    // And it holds the bytes: every file's sha256 is in its files.json (checked in full by exports.test.ts).
    const res = await ctx.fetch(`/v1/workspace/exports/${result.id}/content`, { apiKey: ws.apiKey });
    expect((await consume(res.body as ReadableStream)).bytes).toBe(result.size);
  }, 300_000);
});
