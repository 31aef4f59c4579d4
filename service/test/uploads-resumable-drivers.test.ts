import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResumableStore } from '../src/adapters/storage/resumable-store.ts';
import { createApp } from '../src/app.ts';
import { sweepStorage } from '../src/modules/storage/maintenance.ts';
import pino from 'pino';
import { createTestContext, type TestContext } from './support/context.ts';
import { countingReads } from './support/counting-storage.ts';
import { startCuttingProxy } from './support/cutting-proxy.ts';
import { requestsWorkspace, type RequestsWorkspace } from './support/requests.ts';
import { s3TestEnv, S3_SKIP_REASON } from './support/s3.ts';
import { storeLeftovers, tusClient } from './support/tus.ts';
import { PDF_BYTES, PNG_1X1 } from './support/uploads.ts';

// Resumable uploads on each storage driver: bytes in several PATCHes across S3's part size, the file's sha256
// on the storage — hashed as the bytes arrived, through cut connections too, or read back once when another
// instance took part of the upload — and what termination, a refused type and expiry + sweep leave behind:
// nothing — no object, no tus record, no S3 multipart upload (parts), no row.
const s3 = s3TestEnv();
const drivers: Array<[string, Record<string, string> | undefined]> = [
  ['disk', {}],
  ['s3', s3],
];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MiB = 1024 * 1024;

/** `size` bytes of a PDF (its magic bytes first), different for each seed. */
function pdfOf(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4096) bytes.writeUInt32LE((i * 2654435761 + seed) >>> 0, i);
  PDF_BYTES.copy(bytes);
  return bytes;
}

describe.each(drivers)('resumable uploads on %s', (driver, env) => {
  const skip = env === undefined;
  let ctx: TestContext;
  let ws: RequestsWorkspace;
  const reads = new Map<string, number>();

  beforeAll(async () => {
    if (skip) return;
    ctx = await createTestContext({ ...env }, { wrapStorage: (storage) => countingReads(storage, reads) });
    ws = await requestsWorkspace(ctx);
  });
  afterAll(async () => {
    if (!skip) await ctx.close();
  });

  /** Everything the store holds of an upload: its object(s) and its record, by key. */
  const leftovers = (id: string) => storeLeftovers(ctx.storage, driver === 's3' ? env : undefined, id);
  const row = (id: string) => ctx.db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
  const sweep = async () => {
    const store = await createResumableStore(ctx.config.storage, { expiryMs: ctx.config.uploadExpirySeconds * 1000 });
    return sweepStorage(ctx.db, ctx.storage, { graceMs: 3600_000, uploads: { store, logger: pino({ level: 'silent' }) } });
  };

  it.skipIf(skip)('takes 20 MiB in uneven PATCHes (over the 8 MiB part size) and stores the right bytes', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const bytes = Buffer.alloc(20 * 1024 * 1024 + 123);
    for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);
    PDF_BYTES.copy(bytes);
    const path = await tus.start(bytes.length, { portal_id: portal.id, filename: 'big.pdf' });
    const cuts = [0, 3 * 1024 * 1024, 11 * 1024 * 1024 + 7, 19 * 1024 * 1024, bytes.length];
    let answer: Response | undefined;
    for (let i = 0; i + 1 < cuts.length; i++) {
      answer = await tus.patch(path, cuts[i]!, bytes.subarray(cuts[i], cuts[i + 1]));
      expect(answer.status).toBe(i + 2 === cuts.length ? 200 : 204);
      expect(answer.headers.get('upload-offset')).toBe(String(cuts[i + 1]));
    }
    const file = (await answer!.json()) as { id: string; current_version: { sha256: string; size: number; content_type: string } };
    expect(file.current_version).toMatchObject({ sha256: sha256(bytes), size: bytes.length, content_type: 'application/pdf' });
    const id = path.split('/').pop()!;
    const key = (await row(id))!.storage_key;
    expect(reads.get(key)).toBeUndefined(); // hashed as the bytes arrived
    const stored = createHash('sha256');
    for await (const chunk of await ctx.storage.get(key)) stored.update(chunk as Buffer);
    expect(stored.digest('hex')).toBe(sha256(bytes));
    // Only the version's blob remains: no record, no part, no multipart upload.
    expect(await leftovers(id)).toEqual([key]);
  });

  /** The file's sha256 as storage holds it (one read, by the test). */
  async function storedSha256(key: string): Promise<string> {
    const stored = createHash('sha256');
    for await (const chunk of await ctx.storage.get(key)) stored.update(chunk as Buffer);
    return stored.digest('hex');
  }

  it.skipIf(skip)('hashes the bytes as they arrive through connections cut mid-PATCH, reading nothing back', async () => {
    const portal = await ws.portal();
    const proxy = await startCuttingProxy(ctx.baseUrl);
    try {
      const direct = tusClient(ctx, ws.key);
      const viaProxy = tusClient({ fetch: (p, init) => fetch(proxy.baseUrl + p, withKey(init, ws.key)) }, ws.key);
      const bytes = pdfOf(21 * MiB + 5, 1);
      const path = await direct.start(bytes.length, { portal_id: portal.id, filename: 'cut.pdf' });
      // Cut inside the first part, across a part's end, and one byte after a part's end.
      const cuts = [5 * MiB + 3, 6 * MiB, 9 * MiB + 1];
      let offset = 0;
      let done: Response | undefined;
      while (!done) {
        const cut = cuts.shift();
        if (cut !== undefined) proxy.cutAfter(cut);
        const answer = await viaProxy.patch(path, offset, bytes.subarray(offset)).catch(() => undefined);
        if (answer?.status === 200) done = answer;
        else {
          expect(answer, 'the connection was cut').toBeUndefined();
          offset = Number((await direct.head(path)).headers.get('upload-offset'));
        }
      }
      expect(proxy.cuts).toBe(3);
      const file = (await done.json()) as { current_version: { sha256: string; size: number; content_type: string } };
      expect(file.current_version).toMatchObject({ sha256: sha256(bytes), size: bytes.length, content_type: 'application/pdf' });
      const key = (await row(path.split('/').pop()!))!.storage_key;
      expect(reads.get(key)).toBeUndefined();
      expect(await storedSha256(key)).toBe(sha256(bytes));
    } finally {
      await proxy.close();
    }
  });

  it.skipIf(skip)('reads the bytes back once when another instance (a restart) took part of the upload', async () => {
    const portal = await ws.portal();
    const other = await anotherInstance();
    try {
      const bytes = pdfOf(9 * MiB + 77, 2);
      const path = await tusClient(ctx, ws.key).start(bytes.length, { portal_id: portal.id, filename: 'restart.pdf' });
      expect((await tusClient(ctx, ws.key).patch(path, 0, bytes.subarray(0, 8 * MiB))).status).toBe(204);
      const last = await tusClient(other, ws.key).patch(path, 8 * MiB, bytes.subarray(8 * MiB));
      expect(last.status).toBe(200);
      expect(await last.json()).toMatchObject({
        current_version: { sha256: sha256(bytes), size: bytes.length, content_type: 'application/pdf' },
      });
      const key = (await row(path.split('/').pop()!))!.storage_key;
      expect(reads.get(key)).toBe(1);
    } finally {
      await other.close();
    }
  });

  /** A second app on the same database and storage, as another instance (or the service after a restart). */
  async function anotherInstance(): Promise<Pick<TestContext, 'fetch'> & { close(): Promise<void> }> {
    const app = createApp(ctx.config, {
      db: ctx.db,
      logger: pino({ level: 'silent' }),
      storage: ctx.storage,
      queue: ctx.queue,
      events: ctx.events,
    });
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      fetch: (p, init) => fetch(base + p, withKey(init, ws.key)),
      close: () => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(() => resolve()));
      },
    };
  }

  it.skipIf(skip)('leaves nothing of a terminated upload', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const path = await tus.start(12 * 1024 * 1024, { portal_id: portal.id });
    expect((await tus.patch(path, 0, new Uint8Array(9 * 1024 * 1024))).status).toBe(204);
    const id = path.split('/').pop()!;
    expect((await leftovers(id)).length).toBeGreaterThan(0);
    expect((await tus.delete(path)).status).toBe(204);
    expect(await leftovers(id)).toEqual([]);
    expect(await row(id)).toBeUndefined();
  });

  it.skipIf(skip)('leaves nothing of a refused type', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const tus = tusClient(ctx, ws.key);
    const path = await tus.start(PNG_1X1.length, { portal_id: portal.id, request_item_id: request.items[1]!.id });
    const refused = await tus.patch(path, 0, PNG_1X1);
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({ code: 'file_type_not_allowed' });
    const id = path.split('/').pop()!;
    expect(await leftovers(id)).toEqual([]);
    expect(await row(id)).toBeUndefined();
    expect(await ctx.db.selectFrom('files').select('id').where('portal_id', '=', portal.id).execute()).toEqual([]);
  });

  it.skipIf(skip)("removes a deleted portal's uploads: open ones' bytes (S3: multipart upload and parts), every row", async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const begun = await tus.start(10 * MiB, { portal_id: portal.id });
    expect((await tus.patch(begun, 0, new Uint8Array(9 * MiB))).status).toBe(204); // a whole part and a piece
    const empty = await tus.start(1000, { portal_id: portal.id }); // no byte yet
    const finished = await tus.start(PDF_BYTES.length, { portal_id: portal.id, filename: 'done.pdf' });
    expect((await tus.patch(finished, 0, PDF_BYTES)).status).toBe(200);
    const other = await ws.portal({ name: 'Kept' });
    const kept = await tus.start(1000, { portal_id: other.id });
    expect((await tus.patch(kept, 0, new Uint8Array(500))).status).toBe(204);
    const ids = [begun, empty, finished, kept].map((p) => p.split('/').pop()!);
    const finishedKey = (await row(ids[2]!))!.storage_key;
    expect((await leftovers(ids[0]!)).length).toBeGreaterThan(0);

    const deleted = await ctx.fetch(`/v1/portals/${portal.id}`, { apiKey: ws.key, method: 'DELETE' });
    expect(deleted.status).toBe(204);
    for (const id of ids.slice(0, 3)) {
      expect(await leftovers(id)).toEqual([]);
      expect(await row(id)).toBeUndefined();
    }
    expect(await ctx.storage.head(finishedKey)).toBeUndefined(); // the file's blob, with the file
    expect((await tus.head(begun)).status).toBe(404);
    // Another portal's upload goes on.
    expect((await tus.patch(kept, 500, new Uint8Array(500))).status).toBe(200);
  });

  it.skipIf(skip)('expires an abandoned upload (410) and the sweeper removes its bytes; a finished one keeps its file', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const abandoned = await tus.start(10 * 1024 * 1024, { portal_id: portal.id });
    expect((await tus.patch(abandoned, 0, new Uint8Array(9 * 1024 * 1024))).status).toBe(204);
    const finished = await tus.start(PDF_BYTES.length, { portal_id: portal.id, filename: 'kept.pdf' });
    const file = (await (await tus.patch(finished, 0, PDF_BYTES)).json()) as { id: string };
    const [abandonedId, finishedId] = [abandoned, finished].map((p) => p.split('/').pop()!) as [string, string];
    expect((await leftovers(abandonedId)).length).toBeGreaterThan(0);
    // UPLOAD_EXPIRY_SECONDS (24 h) later:
    await ctx.db
      .updateTable('uploads')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', 'in', [abandonedId, finishedId])
      .execute();
    const expired = await tus.patch(abandoned, 9 * 1024 * 1024, new Uint8Array(10));
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ code: 'upload_expired' });
    expect((await sweep()).uploadsExpired).toBeGreaterThanOrEqual(2);
    expect(await leftovers(abandonedId)).toEqual([]);
    expect(await row(abandonedId)).toBeUndefined();
    expect(await row(finishedId)).toBeUndefined();
    const download = await ctx.fetch(`/v1/files/${file.id}/content`, { apiKey: ws.key });
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(PDF_BYTES));
    expect((await tus.head(abandoned)).status).toBe(404);
  });
});

/** `init` with the API key as a bearer token, as ctx.fetch sends it. */
function withKey(init: (RequestInit & { apiKey?: string }) | undefined, key: string): RequestInit {
  const { apiKey, headers, ...rest } = init ?? {};
  const h = new Headers(headers);
  h.set('Authorization', `Bearer ${apiKey ?? key}`);
  return { ...rest, headers: h };
}

describe('resumable uploads on s3', () => {
  it.skipIf(s3 !== undefined)(`is skipped: ${S3_SKIP_REASON}`, () => {});
});
