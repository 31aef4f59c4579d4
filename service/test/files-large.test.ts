import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@foyer/sdk';
import { PART_SIZE } from '../src/adapters/storage/s3-storage.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { pendingMultipartUploads, s3TestEnv, S3_SKIP_REASON } from './support/s3.ts';
import { abandonFileUpload, streamFileUpload } from './support/uploads.ts';

// Every size rule's edges, through the HTTP path a user takes, on every storage driver: S3 sends a file
// of more than one part (8 MiB) as a multipart upload, so the edges are the part's.
type FileDto = components['schemas']['File'];
const MiB = 1024 * 1024;
const s3 = s3TestEnv();
if (!s3) console.warn(`S3 large-file tests skipped: ${S3_SKIP_REASON}`);

const SIZES: Array<[string, number]> = [
  ['0 B', 0],
  ['1 B', 1],
  ['one part − 1', PART_SIZE - 1],
  ['one part', PART_SIZE],
  ['one part + 1', PART_SIZE + 1],
  ['3 parts + 1', 3 * PART_SIZE + 1],
  ['20 MiB', 20 * MiB],
  ['100 MiB', 100 * MiB],
];

describe.each([
  ['local disk', {}, false],
  ['s3', s3 ?? {}, !s3],
] as const)('large files over HTTP on %s', (driver, storageEnv, skip) => {
  let ctx: TestContext;
  let ws: TestWorkspace;
  let portalId: string;

  beforeAll(async () => {
    if (skip) return;
    ctx = await createTestContext({ MAX_UPLOAD_BYTES: String(128 * MiB), ...storageEnv });
    ws = await ctx.newWorkspace('Large');
    portalId = (await ws.client.POST('/v1/portals', { body: { name: 'Large files' } })).data!.id;
  });
  afterAll(async () => {
    if (skip) return;
    // The test database goes with the context; the bucket is shared (and an in-memory store in CI): empty it.
    await removeBlobs(ctx, `portals/${portalId}/`);
    await ctx.close();
  });

  /** Blobs under the portal beyond the versions recorded for it, and (S3) multipart uploads never finished. */
  const strays = async (pid: string) => {
    const recorded = await ctx.db
      .selectFrom('file_versions')
      .innerJoin('files', 'files.id', 'file_versions.file_id')
      .select('file_versions.storage_key')
      .where('files.portal_id', '=', pid)
      .execute();
    const known = new Set(recorded.map((r) => r.storage_key));
    const blobs = (await ctx.blobKeys()).filter((k) => k.startsWith(`portals/${pid}/`) && !known.has(k));
    const uploads = s3 ? await pendingMultipartUploads(s3, `portals/${pid}/`) : [];
    return { blobs, uploads: driver === 's3' ? uploads : [] };
  };

  it.skipIf(skip).each(SIZES)(
    'round-trips %s with the same sha256 and leaves nothing else behind',
    async (label, size) => {
      const started = performance.now();
      const up = await streamFileUpload(`${ctx.baseUrl}/v1/portals/${portalId}/files`, ws.apiKey, size);
      const uploadMs = performance.now() - started;
      expect(up.status, up.body).toBe(201);
      const file = JSON.parse(up.body) as FileDto;
      expect(file.current_version).toMatchObject({ size, sha256: up.sha256 });

      const downloadStarted = performance.now();
      const res = await ctx.fetch(`/v1/files/${file.id}/content`, { apiKey: ws.apiKey });
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(size);
      const hash = createHash('sha256');
      let received = 0;
      const reader = res.body!.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        hash.update(next.value);
        received += next.value.length;
      }
      const downloadMs = performance.now() - downloadStarted;
      expect(received).toBe(size);
      expect(hash.digest('hex')).toBe(up.sha256);
      expect(await strays(portalId)).toEqual({ blobs: [], uploads: [] });
      // Keep at most one large file in the bucket at a time.
      await ctx.storage.delete(await storageKeyOf(ctx, file.id));
      if (size >= 20 * MiB) console.info(`${driver}: ${label} upload ${Math.round(uploadMs)} ms, download ${Math.round(downloadMs)} ms`);
    },
    120_000,
  );

  it.skipIf(skip)(
    'refuses a file past the limit after several parts were sent, and leaves no part behind',
    async () => {
      const small = await createTestContext({ MAX_UPLOAD_BYTES: String(3 * PART_SIZE), ...storageEnv });
      let pid = 'none';
      try {
        const owner = await small.newWorkspace();
        pid = (await owner.client.POST('/v1/portals', { body: { name: 'Limit' } })).data!.id;
        const up = await streamFileUpload(`${small.baseUrl}/v1/portals/${pid}/files`, owner.apiKey, 3 * PART_SIZE + 1);
        expect(up.status, up.body).toBe(413);
        expect(JSON.parse(up.body)).toMatchObject({ code: 'file_too_large' });
        // The answer comes once the partial upload is gone: nothing to wait for.
        expect((await small.blobKeys()).filter((k) => k.startsWith(`portals/${pid}/`))).toEqual([]);
        if (driver === 's3') expect(await pendingMultipartUploads(s3!, `portals/${pid}/`)).toEqual([]);
        expect(await small.db.selectFrom('files').select('id').where('portal_id', '=', pid).execute()).toEqual([]);
      } finally {
        await removeBlobs(small, `portals/${pid}/`);
        await small.close();
      }
    },
    120_000,
  );

  it.skipIf(skip)(
    'leaves no part behind when the client goes away after several parts',
    async () => {
      const pid = (await ws.client.POST('/v1/portals', { body: { name: 'Abandoned' } })).data!.id;
      await abandonFileUpload(`${ctx.baseUrl}/v1/portals/${pid}/files`, ws.apiKey, 5 * PART_SIZE, 2 * PART_SIZE + MiB, 1000);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const left = {
          ...(await strays(pid)),
          rows: (await ctx.db.selectFrom('files').select('id').where('portal_id', '=', pid).execute()).length,
        };
        if ((left.blobs.length === 0 && left.uploads.length === 0 && left.rows === 0) || Date.now() > deadline) {
          if (left.blobs.length > 0) await removeBlobs(ctx, `portals/${pid}/`);
          expect(left).toEqual({ blobs: [], uploads: [], rows: 0 });
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    60_000,
  );
});

async function storageKeyOf(ctx: TestContext, fileId: string): Promise<string> {
  const row = await ctx.db.selectFrom('file_versions').select('storage_key').where('file_id', '=', fileId).executeTakeFirstOrThrow();
  return row.storage_key;
}

async function removeBlobs(ctx: TestContext, prefix: string): Promise<void> {
  for await (const object of ctx.storage.list(prefix)) await ctx.storage.delete(object.key);
}
