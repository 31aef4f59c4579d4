import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/context.ts';
import { requestsWorkspace, type RequestsWorkspace } from './support/requests.ts';
import { tusClient } from './support/tus.ts';
import { PDF_BYTES, PNG_1X1 } from './support/uploads.ts';

// Resumable uploads (tus 1.0) on the disk driver: creation, offsets, resume, termination, the targets and
// permissions of a plain upload, and what a refused or abandoned upload leaves (nothing).
const MAX = 1024 * 1024;
let ctx: TestContext;
let ws: RequestsWorkspace;

beforeAll(async () => {
  ctx = await createTestContext({ MAX_UPLOAD_BYTES: String(MAX) });
  ws = await requestsWorkspace(ctx);
});
afterAll(() => ctx.close());

type FileJson = { id: string; name: string; current_version: { version: number; size: number; sha256: string; content_type: string } };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A PDF of `size` bytes (its magic bytes first). */
const pdfOf = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  PDF_BYTES.copy(bytes, 0, 0, Math.min(size, PDF_BYTES.length));
  return bytes;
};

/** Files under the tus store's directory (bytes and records of unfinished uploads). */
async function tusFiles(): Promise<string[]> {
  if (ctx.config.storage.driver !== 'local') throw new Error('disk only');
  return readdir(join(ctx.config.storage.root, 'uploads')).catch(() => []);
}
const uploadRows = () => ctx.db.selectFrom('uploads').selectAll().execute();
const fileRows = async (portalId: string) =>
  (await ctx.db.selectFrom('files').select('id').where('portal_id', '=', portalId).execute()).length;

async function problem(res: Response, status: number, code: string): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  if (text) expect(JSON.parse(text)).toMatchObject({ code });
}

describe('tus discovery', () => {
  it('says what it supports: tus 1.0.0, no deferred length, the size limit', async () => {
    const res = await ctx.fetch('/v1/uploads', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('tus-version')).toBe('1.0.0');
    expect(res.headers.get('tus-extension')).toBe('creation,creation-with-upload,termination,expiration');
    expect(res.headers.get('tus-max-size')).toBe(String(MAX));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("lets the workspace's own origins send and read the tus headers (CORS), and no other origin", async () => {
    const origin = 'https://client-site.example';
    await ctx.fetch('/v1/workspace', {
      apiKey: ws.key,
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ allowed_origins: [origin] }),
    });
    const preflight = await ctx.fetch('/v1/uploads', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Tus-Resumable.*Upload-Length.*Upload-Metadata.*Upload-Offset/);
    const portal = await ws.portal();
    const created = await tusClient(ctx, ws.key).create(10, { portal_id: portal.id }, { headers: { Origin: origin } });
    expect(created.headers.get('access-control-allow-origin')).toBe(origin);
    expect(created.headers.get('access-control-expose-headers')).toMatch(/Location.*Upload-Offset.*Upload-Expires/);
    const elsewhere = await tusClient(ctx, ws.key).create(10, { portal_id: portal.id }, { headers: { Origin: 'https://evil.example' } });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('a resumable upload', () => {
  it('shows nothing until its last byte, then is the file with its sha256, size and detected type', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const bytes = pdfOf(300_000);
    const created = await tus.create(bytes.length, { portal_id: portal.id, filename: 'return.pdf' });
    expect(created.status).toBe(201);
    const path = created.headers.get('location')!;
    expect(path).toMatch(/^\/v1\/uploads\/upl_[0-9a-z]{32}$/);
    expect(created.headers.get('tus-resumable')).toBe('1.0.0');
    expect(Date.parse(created.headers.get('upload-expires')!)).toBeGreaterThan(Date.now() + 23 * 3600_000);

    const first = await tus.patch(path, 0, bytes.subarray(0, 100_000));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe('100000');
    expect(await fileRows(portal.id)).toBe(0);

    const head = await tus.head(path);
    expect(head.status).toBe(200);
    expect([head.headers.get('upload-offset'), head.headers.get('upload-length')]).toEqual(['100000', '300000']);
    expect(head.headers.get('cache-control')).toBe('no-store');

    const last = await tus.patch(path, 100_000, bytes.subarray(100_000));
    expect(last.status).toBe(200);
    expect(last.headers.get('upload-offset')).toBe('300000');
    const file = (await last.json()) as FileJson;
    expect(file).toMatchObject({
      name: 'return.pdf',
      current_version: { version: 1, size: 300_000, sha256: sha256(bytes), content_type: 'application/pdf' },
    });
    expect(await fileRows(portal.id)).toBe(1);
    const download = await ctx.fetch(`/v1/files/${file.id}/content`, { apiKey: ws.key });
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
    expect((await ws.events(portal.id, 'file.uploaded')).length).toBe(1);

    // The answer to the last PATCH was lost: the same PATCH at the end answers the same file, and HEAD is at the end.
    const again = await tus.patch(path, 300_000, new Uint8Array(0));
    expect(again.status).toBe(200);
    expect(((await again.json()) as FileJson).id).toBe(file.id);
    expect((await tus.head(path)).headers.get('upload-offset')).toBe('300000');
    await problem(await tus.patch(path, 0, bytes.subarray(0, 10)), 409, 'upload_offset_mismatch');
    await problem(await tus.delete(path), 409, 'upload_completed');
    expect(await fileRows(portal.id)).toBe(1);
    // The store keeps no record of it: its bytes are the version's blob now.
    const id = path.split('/').pop()!;
    expect((await tusFiles()).filter((f) => f.startsWith(id))).toEqual([id]);
  });

  it('refuses an offset other than the one it holds with 409, changing nothing', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const path = await tus.start(1000, { portal_id: portal.id });
    expect((await tus.patch(path, 0, new Uint8Array(400))).status).toBe(204);
    await problem(await tus.patch(path, 300, new Uint8Array(100)), 409, 'upload_offset_mismatch');
    await problem(await tus.patch(path, 500, new Uint8Array(100)), 409, 'upload_offset_mismatch');
    expect((await tus.head(path)).headers.get('upload-offset')).toBe('400');
    await problem(await tus.patch(path, 400, new Uint8Array(601)), 413, 'file_too_large');
    expect((await tus.head(path)).headers.get('upload-offset')).toBe('400');
  });

  it('takes every byte with its creation (creation-with-upload) and an empty file', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const whole = await tus.create(PDF_BYTES.length, { portal_id: portal.id, filename: 'a.pdf' }, { body: PDF_BYTES });
    expect(whole.status).toBe(201);
    expect(whole.headers.get('location')).toMatch(/^\/v1\/uploads\/upl_/);
    expect(await whole.json()).toMatchObject({ name: 'a.pdf', current_version: { size: PDF_BYTES.length, sha256: sha256(PDF_BYTES) } });
    const empty = await tus.create(0, { portal_id: portal.id, filename: 'empty.txt' });
    expect(empty.status).toBe(201);
    expect(await empty.json()).toMatchObject({ name: 'empty.txt', current_version: { size: 0 } });
    const part = await tus.create(1000, { portal_id: portal.id }, { body: new Uint8Array(600) });
    expect([part.status, part.headers.get('upload-offset')]).toEqual([201, '600']);
    expect(await part.text()).toBe('');
    expect(await fileRows(portal.id)).toBe(2);
  });

  it('is abandoned with DELETE: its bytes and its record go, its URL is 404', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const path = await tus.start(1000, { portal_id: portal.id });
    await tus.patch(path, 0, new Uint8Array(500));
    const id = path.split('/').pop()!;
    expect(await tusFiles()).toEqual(expect.arrayContaining([id, `${id}.json`]));
    expect((await tus.delete(path)).status).toBe(204);
    expect((await tusFiles()).filter((f) => f.startsWith(id))).toEqual([]);
    await problem(await tus.head(path), 404, '');
    await problem(await tus.patch(path, 500, new Uint8Array(1)), 404, 'not_found');
    expect((await uploadRows()).find((r) => r.id === id)).toBeUndefined();
  });
});

describe('creation', () => {
  it('refuses an upload over MAX_UPLOAD_BYTES with 413 before any byte, and takes one of exactly that size', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const before = [(await uploadRows()).length, (await tusFiles()).length];
    await problem(await tus.create(MAX + 1, { portal_id: portal.id }), 413, 'file_too_large');
    expect([(await uploadRows()).length, (await tusFiles()).length]).toEqual(before);
    expect((await tus.create(MAX, { portal_id: portal.id })).status).toBe(201);
  });

  it('refuses a deferred length, concatenation, bad metadata and a missing Tus-Resumable', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const deferred = await ctx.fetch('/v1/uploads', {
      apiKey: ws.key,
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Defer-Length': '1',
        'Upload-Metadata': `portal_id ${Buffer.from(portal.id).toString('base64')}`,
      },
    });
    expect(deferred.status).toBe(400);
    await problem(await tus.create(10, { portal_id: portal.id }, { headers: { 'Upload-Defer-Length': '1' } }), 400, 'malformed_upload');
    await problem(await tus.create(10, { portal_id: portal.id }, { headers: { 'Upload-Concat': 'partial' } }), 400, 'malformed_upload');
    await problem(await tus.create(10, {}), 400, 'validation_failed');
    await problem(await tus.create(10, { portal_id: 'prt_nope' }), 400, 'validation_failed');
    await problem(await tus.create(10, { portal_id: portal.id, file_id: 'fil_' + '0'.repeat(32) }), 400, 'validation_failed');
    await problem(await tus.create(10, { portal_id: portal.id, filename: 'a\u0000b' }), 400, 'validation_failed');
    await problem(
      await tus.create(10, { portal_id: portal.id }, { headers: { 'Upload-Metadata': 'portal_id a b' } }),
      400,
      'validation_failed',
    );
    await problem(await tus.create(10, { portal_id: 'prt_' + '0'.repeat(32) }), 404, 'not_found');
    const path = await tus.start(10, { portal_id: portal.id });
    const noVersion = await ctx.fetch(path, {
      apiKey: ws.key,
      method: 'PATCH',
      headers: { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' },
      body: new Uint8Array(1),
    });
    await problem(noVersion, 412, 'tus_resumable_required');
  });
});

describe('permissions, as for a plain upload', () => {
  it('lets a client upload into its own portal and nowhere else; another caller finds nothing', async () => {
    const portal = await ws.portal();
    const other = await ws.portal({ name: 'Other' });
    const client = await ws.client(portal.id);
    const neighbour = await ws.client(portal.id);
    const stranger = await ws.client(other.id);
    const tus = tusClient(ctx, client.token);
    await problem(await tus.create(10, { portal_id: other.id }), 404, 'not_found');
    const path = await tus.start(PDF_BYTES.length, { portal_id: portal.id, filename: 'mine.pdf' });
    for (const token of [stranger.token, neighbour.token, ws.key]) {
      const them = tusClient(ctx, token);
      await problem(await them.head(path), 404, '');
      await problem(await them.patch(path, 0, PDF_BYTES), 404, 'not_found');
      await problem(await them.delete(path), 404, 'not_found');
    }
    const other2 = await ctx.newWorkspace('Elsewhere');
    await problem(await tusClient(ctx, other2.apiKey).patch(path, 0, PDF_BYTES), 404, 'not_found');
    const done = await tus.patch(path, 0, PDF_BYTES);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ name: 'mine.pdf', uploaded_by: { kind: 'member', id: client.memberId } });
  });

  it('refuses a client where client uploads are off (403), but takes an upload to a request item there', async () => {
    const portal = await ws.portal({ name: 'Closed', client_uploads: false });
    const client = await ws.client(portal.id);
    const tus = tusClient(ctx, client.token);
    await problem(await tus.create(10, { portal_id: portal.id }), 403, 'uploads_disabled');
    const request = await ws.request(portal.id);
    const item = request.items[1]!; // last year's return: PDF only
    const path = await tus.start(PDF_BYTES.length, { portal_id: portal.id, request_item_id: item.id, filename: 'return-2025.pdf' });
    const done = await tus.patch(path, 0, PDF_BYTES);
    expect(done.status).toBe(200);
    const file = (await done.json()) as FileJson;
    const after = await ws.ok<{ items: Array<{ id: string; status: string; files: Array<{ id: string }> }> }>(
      `/v1/requests/${request.id}`,
      ws.key,
    );
    expect(after.items.find((i) => i.id === item.id)).toMatchObject({ status: 'submitted', files: [{ id: file.id }] });
    expect((await ws.events(portal.id, 'request_item.submitted')).length).toBe(1);
  });

  it('refuses a type the item does not take when the last byte is in, leaving nothing', async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const request = await ws.request(portal.id);
    const item = request.items[1]!; // PDF only
    const tus = tusClient(ctx, client.token);
    const path = await tus.start(PNG_1X1.length, { portal_id: portal.id, request_item_id: item.id, filename: 'photo.pdf' });
    const id = path.split('/').pop()!;
    await problem(await tus.patch(path, 0, PNG_1X1), 415, 'file_type_not_allowed');
    expect(await fileRows(portal.id)).toBe(0);
    expect((await tusFiles()).filter((f) => f.startsWith(id))).toEqual([]);
    expect((await uploadRows()).find((r) => r.id === id)).toBeUndefined();
    await problem(await tus.head(path), 404, '');
    const after = await ws.ok<{ items: Array<{ id: string; status: string }> }>(`/v1/requests/${request.id}`, ws.key);
    expect(after.items.find((i) => i.id === item.id)?.status).toBe('open');
  });

  it('refuses an accepted item at creation (409)', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const item = request.items[0]!;
    await ws.item(item.id, { status: 'not_applicable' }).catch(() => undefined);
    const uploaded = await tusClient(ctx, ws.key).start(PDF_BYTES.length, { portal_id: portal.id, request_item_id: item.id });
    expect((await tusClient(ctx, ws.key).patch(uploaded, 0, PDF_BYTES)).status).toBe(200);
    await ws.item(item.id, { status: 'accepted' });
    await problem(
      await tusClient(ctx, ws.key).create(10, { portal_id: portal.id, request_item_id: item.id }),
      409,
      'request_item_conflict',
    );
  });

  it('makes a new version of a file (file_id), as versions.upload does', async () => {
    const portal = await ws.portal();
    const tus = tusClient(ctx, ws.key);
    const first = (await (
      await tus.create(PDF_BYTES.length, { portal_id: portal.id, filename: 'plan.pdf' }, { body: PDF_BYTES })
    ).json()) as FileJson;
    const v2 = pdfOf(5000);
    const path = await tus.start(v2.length, { file_id: first.id });
    const done = await tus.patch(path, 0, v2);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ id: first.id, name: 'plan.pdf', current_version: { version: 2, sha256: sha256(v2) } });
    expect((await ws.events(portal.id, 'file.version_uploaded')).length).toBe(1);
    await problem(await tus.create(10, { file_id: 'fil_' + '0'.repeat(32) }), 404, 'not_found');
  });
});
