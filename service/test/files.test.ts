import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { parse as parseDisposition } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@foyer/sdk';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { s3TestEnv, S3_SKIP_REASON } from './support/s3.ts';
import { fileForm, multipart, PDF_BYTES, PNG_1X1 } from './support/uploads.ts';

type FileDto = components['schemas']['File'];
const MAX = 64 * 1024;
const s3 = s3TestEnv();
if (!s3) console.warn(`S3 file tests skipped: ${S3_SKIP_REASON}`);

describe.each([
  ['local disk', {}, false],
  ['s3', s3 ?? {}, !s3],
] as const)('files on %s', (_driver, storageEnv, skip) => {
  let ctx: TestContext;
  let acme: TestWorkspace;
  let other: TestWorkspace;
  let portalId: string;

  beforeAll(async () => {
    if (skip) return;
    ctx = await createTestContext({ MAX_UPLOAD_BYTES: String(MAX), ...storageEnv });
    acme = await ctx.newWorkspace('Acme');
    other = await ctx.newWorkspace('Other');
    portalId = (await acme.client.POST('/v1/portals', { body: { name: 'Files' } })).data!.id;
  });
  afterAll(async () => {
    if (skip) return;
    await ctx.close();
  });

  const upload = async (bytes: Buffer, options: Parameters<typeof fileForm>[1] = {}, pid = portalId): Promise<Response> =>
    ctx.upload(`/v1/portals/${pid}/files`, fileForm(bytes, options), acme.apiKey);
  const uploadOk = async (bytes: Buffer, options: Parameters<typeof fileForm>[1] = {}, pid = portalId): Promise<FileDto> => {
    const res = await upload(bytes, options, pid);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as FileDto;
  };
  const download = (fileId: string, headers: Record<string, string> = {}, query = '') =>
    ctx.fetch(`/v1/files/${fileId}/content${query}`, { apiKey: acme.apiKey, headers });
  const rowsAndBlobs = async (pid = portalId) => ({
    rows: (await ctx.db.selectFrom('files').select('id').where('portal_id', '=', pid).execute()).length,
    blobs: (await ctx.blobKeys()).filter((k) => k.startsWith(`portals/${pid}/`)).length,
  });

  it.skipIf(skip)('stores an upload with its size, sha256, detected type and uploader', async () => {
    const file = await uploadOk(PNG_1X1, { filename: 'pixel.png', type: 'image/png' });
    expect(file).toMatchObject({
      portal_id: portalId,
      name: 'pixel.png',
      version_count: 1,
      uploaded_by: { kind: 'owner', id: acme.keyId },
    });
    expect(file.current_version).toMatchObject({
      version: 1,
      size: PNG_1X1.length,
      content_type: 'image/png',
      sha256: sha256(PNG_1X1),
      uploaded_by: { kind: 'owner' },
    });
    const back = await download(file.id);
    expect(back.status).toBe(200);
    expect(Buffer.from(await back.arrayBuffer())).toEqual(PNG_1X1);
  });

  it.skipIf(skip)('detects the type from the bytes, never from the declared type or the name', async () => {
    const pdf = await uploadOk(PDF_BYTES, { filename: 'photo.jpg', type: 'image/jpeg' });
    expect(pdf.current_version.content_type).toBe('application/pdf');
    const unknown = await uploadOk(randomBytes(300), { filename: 'data.png', type: 'image/png' });
    expect(unknown.current_version.content_type).toBe('application/octet-stream');
  });

  it.skipIf(skip)('never serves HTML, SVG or XML inline, whatever was declared', async () => {
    const hostile: Array<[string, string]> = [
      ['<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>', 'image/png'],
      ['<html><script>alert(1)</script></html>', 'text/plain'],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/svg+xml'],
      ['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/png'],
      ['<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>', 'application/xml'],
    ];
    for (const [content, declared] of hostile) {
      const file = await uploadOk(Buffer.from(content), { filename: 'innocent.png', type: declared });
      expect(['text/html', 'image/svg+xml', 'application/xml', 'application/octet-stream']).toContain(file.current_version.content_type);
      const res = await download(file.id);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBe('sandbox');
      expect(await res.text()).toBe(content);
    }
  });

  it.skipIf(skip)('sniffs the 204-byte XML head of issue 11 in milliseconds while the service stays responsive', async () => {
    // `<?xml?>`, 28 empty comments and an `x`: the old SVG sniff regex tried 2^28 ways to split the comments
    // before failing (16.7 s of a blocked event loop here); 40 comments would have taken hours.
    const payload = Buffer.from(`<?xml?>${'<!---->'.repeat(28)}x`);
    expect(payload.length).toBe(204);
    const started = performance.now();
    const probe = (async () => {
      await new Promise((r) => setTimeout(r, 20));
      const t = performance.now();
      expect((await ctx.fetch('/healthz')).status).toBe(200);
      return performance.now() - t;
    })();
    const res = await upload(payload, { filename: 'pixel.svg', type: 'image/svg+xml' });
    const elapsed = performance.now() - started;
    expect(res.status).toBe(201);
    expect(((await res.json()) as FileDto).current_version.content_type).toBe('application/xml');
    expect(elapsed).toBeLessThan(2000);
    expect(await probe).toBeLessThan(2000);
  });

  it.skipIf(skip)('stores hostile filenames safely and sends a valid Content-Disposition', async () => {
    // NUL is refused outright (bad-input.test.ts); other control characters are cleaned out.
    const names = [
      '../../etc/passwd',
      'a\u0001b.pdf',
      'report\r\nSet-Cookie: a=b.pdf',
      '"; x=evil.pdf',
      'invoice\u202Efdp.exe',
      'CON',
      'x'.repeat(1000) + '.pdf',
    ];
    for (const name of names) {
      // As the `name` field (arbitrary bytes) and as an RFC 5987 filename* on the part.
      for (const form of [
        fileForm(PDF_BYTES, { name }),
        multipart([
          { name: 'file', value: PDF_BYTES, params: `; filename*=UTF-8''${encodeURIComponent(name)}`, contentType: 'application/pdf' },
        ]),
      ]) {
        const res = await ctx.upload(`/v1/portals/${portalId}/files`, form, acme.apiKey);
        expect(res.status, name).toBe(201);
        const file = (await res.json()) as FileDto;
        expect(file.name).not.toMatch(/[/\\\p{Cc}\u202e"]/u);
        expect(file.name).not.toMatch(/^(CON|NUL|COM\d|LPT\d)(\.|$)/i);
        expect(Buffer.byteLength(file.name)).toBeLessThanOrEqual(255);
        const header = (await download(file.id)).headers.get('content-disposition')!;
        expect(header).not.toMatch(/[\r\n]/);
        const parsed = parseDisposition(header);
        expect(parsed.type).toBe('attachment');
        expect(parsed.parameters.filename).toBe(file.name);
      }
    }
  });

  it.skipIf(skip)('accepts a file of exactly MAX_UPLOAD_BYTES and refuses one byte more, leaving nothing', async () => {
    const before = await rowsAndBlobs();
    const exact = await uploadOk(randomBytes(MAX));
    expect(exact.current_version.size).toBe(MAX);
    const tooBig = await upload(randomBytes(MAX + 1));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ code: 'file_too_large' });
    await eventually(async () => expect(await rowsAndBlobs()).toEqual({ rows: before.rows + 1, blobs: before.blobs + 1 }));
  });

  it.skipIf(skip)('refuses malformed uploads with 400 and stores nothing', async () => {
    const pid = (await acme.client.POST('/v1/portals', { body: { name: 'Malformed' } })).data!.id;
    const bodies = [
      multipart([{ name: 'name', value: 'only a name' }]),
      multipart([{ name: 'attachment', value: PDF_BYTES, params: '; filename="a.pdf"' }]),
      multipart([
        { name: 'file', value: PDF_BYTES, params: '; filename="a.pdf"' },
        { name: 'file', value: PDF_BYTES, params: '; filename="b.pdf"' },
      ]),
      {
        body: Buffer.from('--nope\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\nunterminated'),
        contentType: 'multipart/form-data; boundary=nope',
      },
      { body: Buffer.from('garbage'), contentType: 'multipart/form-data' },
    ];
    for (const form of bodies) {
      const res = await ctx.upload(`/v1/portals/${pid}/files`, form, acme.apiKey);
      expect(res.status, form.body.toString().slice(0, 60)).toBe(400);
      const body = (await res.json()) as { code: string };
      expect(['malformed_upload', 'validation_failed']).toContain(body.code);
    }
    await eventually(async () => expect(await rowsAndBlobs(pid)).toEqual({ rows: 0, blobs: 0 }));
  });

  it.skipIf(skip)('leaves no blob and no row when the client aborts halfway', async () => {
    const big = await createTestContext({ MAX_UPLOAD_BYTES: String(64 * 1024 * 1024), ...storageEnv });
    try {
      const ws = await big.newWorkspace();
      const pid = (await ws.client.POST('/v1/portals', { body: { name: 'Abort' } })).data!.id;
      const form = fileForm(randomBytes(24 * 1024 * 1024), { filename: 'big.bin' });
      const { port } = new URL(big.baseUrl);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      socket.write(
        `POST /v1/portals/${pid}/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ws.apiKey}\r\n` +
          `Content-Type: ${form.contentType}\r\nContent-Length: ${form.body.length}\r\n\r\n`,
      );
      socket.write(form.body.subarray(0, form.body.length / 2));
      // Let half of it reach storage (a multipart upload is under way on S3), then vanish.
      await new Promise((r) => setTimeout(r, 1000));
      socket.destroy();
      await eventually(async () => {
        const rows = await big.db.selectFrom('files').select('id').where('portal_id', '=', pid).execute();
        expect(rows).toHaveLength(0);
        expect((await big.blobKeys()).filter((k) => k.startsWith(`portals/${pid}/`))).toEqual([]);
      }, 10_000);
    } finally {
      await big.close();
    }
  });

  it.skipIf(skip)('adds versions; the newest is current; older ones stay downloadable', async () => {
    const v1 = await uploadOk(Buffer.from('version one'), { filename: 'draft.txt' });
    const res = await ctx.upload(
      `/v1/files/${v1.id}/versions`,
      fileForm(Buffer.from('version two!'), { filename: 'final.txt' }),
      acme.apiKey,
    );
    expect(res.status).toBe(201);
    const v2 = (await res.json()) as FileDto;
    expect(v2).toMatchObject({
      id: v1.id,
      name: 'draft.txt',
      version_count: 2,
      current_version: { version: 2, size: 12, content_type: 'text/plain' },
    });
    expect(await (await download(v1.id)).text()).toBe('version two!');
    expect(await (await download(v1.id, {}, '?version=1')).text()).toBe('version one');
    expect((await download(v1.id, {}, '?version=3')).status).toBe(404);
    const versions = await acme.client.GET('/v1/files/{file_id}/versions', { params: { path: { file_id: v1.id } } });
    expect(versions.data!.data.map((v) => v.version)).toEqual([2, 1]);
    const page = await acme.client.GET('/v1/files/{file_id}/versions', { params: { path: { file_id: v1.id }, query: { limit: 1 } } });
    expect(page.data!.has_more).toBe(true);
    const next = await acme.client.GET('/v1/files/{file_id}/versions', {
      params: { path: { file_id: v1.id }, query: { limit: 1, cursor: page.data!.next_cursor! } },
    });
    expect(next.data!.data.map((v) => v.version)).toEqual([1]);
  });

  it.skipIf(skip)('numbers concurrent new versions one after another', async () => {
    const file = await uploadOk(Buffer.from('v1'));
    const results = await Promise.all(
      [2, 3, 4, 5].map((n) => ctx.upload(`/v1/files/${file.id}/versions`, fileForm(Buffer.from(`v${n}`)), acme.apiKey)),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const versions = await acme.client.GET('/v1/files/{file_id}/versions', { params: { path: { file_id: file.id } } });
    expect(versions.data!.data.map((v) => v.version)).toEqual([5, 4, 3, 2, 1]);
  });

  it.skipIf(skip)('serves ETag, If-None-Match, Range, If-Range and HEAD', async () => {
    const bytes = randomBytes(10_000);
    const file = await uploadOk(bytes, { filename: 'data.bin' });
    const full = await download(file.id);
    const etag = full.headers.get('etag')!;
    expect(etag).toBe(`"${file.current_version.sha256}"`);
    expect(full.headers.get('content-length')).toBe('10000');
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    await full.arrayBuffer();

    expect((await download(file.id, { 'If-None-Match': etag })).status).toBe(304);
    expect((await download(file.id, { 'If-None-Match': '"other"' })).status).toBe(200);

    const ranged = await download(file.id, { Range: 'bytes=100-199' });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe('bytes 100-199/10000');
    expect(Buffer.from(await ranged.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const suffix = await download(file.id, { Range: 'bytes=-10' });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(bytes.subarray(9990));
    const open = await download(file.id, { Range: 'bytes=9995-' });
    expect(Buffer.from(await open.arrayBuffer())).toEqual(bytes.subarray(9995));
    const beyond = await download(file.id, { Range: 'bytes=9990-20000' });
    expect(beyond.headers.get('content-range')).toBe('bytes 9990-9999/10000');
    await beyond.arrayBuffer();

    const unsatisfiable = await download(file.id, { Range: 'bytes=10000-10010' });
    expect(unsatisfiable.status).toBe(416);
    expect(unsatisfiable.headers.get('content-range')).toBe('bytes */10000');
    expect(await unsatisfiable.json()).toMatchObject({ code: 'range_not_satisfiable' });

    const multi = await download(file.id, { Range: 'bytes=0-1,5-6' });
    expect(multi.status).toBe(200);
    await multi.arrayBuffer();
    const staleIfRange = await download(file.id, { Range: 'bytes=0-9', 'If-Range': '"stale"' });
    expect(staleIfRange.status).toBe(200);
    await staleIfRange.arrayBuffer();

    const head = await ctx.fetch(`/v1/files/${file.id}/content`, { method: 'HEAD', apiKey: acme.apiKey });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('10000');
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    const empty = await uploadOk(Buffer.alloc(0), { filename: 'empty.txt' });
    const emptyDownload = await download(empty.id);
    expect(emptyDownload.status).toBe(200);
    expect(emptyDownload.headers.get('content-length')).toBe('0');
  });

  it.skipIf(skip)('answers Range, If-Range and If-None-Match edge cases as RFC 9110 allows', async () => {
    const bytes = randomBytes(10_000);
    const file = await uploadOk(bytes, { filename: 'edges.bin' });
    const etag = `"${file.current_version.sha256}"`;
    const answer = async (headers: Record<string, string>, method = 'GET') => {
      const res = await ctx.fetch(`/v1/files/${file.id}/content`, { method, apiKey: acme.apiKey, headers });
      const body = Buffer.from(await res.arrayBuffer());
      return { status: res.status, range: res.headers.get('content-range'), length: res.headers.get('content-length'), body };
    };

    // A suffix longer than the file is the whole file.
    expect(await answer({ Range: 'bytes=-20000' })).toMatchObject({ status: 206, range: 'bytes 0-9999/10000', body: bytes });
    // Ranges that touch or overlap are served as one; ranges that stay apart get the whole file (no multipart).
    expect(await answer({ Range: 'bytes=0-4,5-9' })).toMatchObject({ status: 206, range: 'bytes 0-9/10000', body: bytes.subarray(0, 10) });
    expect(await answer({ Range: 'bytes=0-9, 3-5' })).toMatchObject({ status: 206, range: 'bytes 0-9/10000' });
    expect(await answer({ Range: 'bytes=0-1,5-6' })).toMatchObject({ status: 200, range: null, length: '10000' });
    // A range past the end is dropped when another one is satisfiable; 416 when none is.
    expect(await answer({ Range: 'bytes=0-1,20000-30000' })).toMatchObject({ status: 206, range: 'bytes 0-1/10000' });
    expect(await answer({ Range: 'bytes=20000-30000,10000-' })).toMatchObject({ status: 416, range: 'bytes */10000' });
    expect(await answer({ Range: 'bytes=-0' })).toMatchObject({ status: 416, range: 'bytes */10000' });
    expect(await answer({ Range: 'bytes=5-3' })).toMatchObject({ status: 416, range: 'bytes */10000' });
    // Another unit or a malformed header is ignored.
    expect(await answer({ Range: 'items=0-5' })).toMatchObject({ status: 200, length: '10000' });
    expect(await answer({ Range: 'bytes=a-b' })).toMatchObject({ status: 200, length: '10000' });
    // HEAD announces the range it would send.
    expect(await answer({ Range: 'bytes=10-19' }, 'HEAD')).toMatchObject({ status: 206, range: 'bytes 10-19/10000', length: '10' });

    // If-Range compares strongly: the current ETag ranges, a weak one or a date sends everything.
    expect(await answer({ Range: 'bytes=0-9', 'If-Range': etag })).toMatchObject({ status: 206, range: 'bytes 0-9/10000' });
    expect(await answer({ Range: 'bytes=0-9', 'If-Range': `W/${etag}` })).toMatchObject({ status: 200, length: '10000' });
    expect(await answer({ Range: 'bytes=0-9', 'If-Range': new Date().toUTCString() })).toMatchObject({ status: 200 });

    // If-None-Match compares weakly and takes lists and `*` (fetch() sends each with `Cache-Control: no-cache`).
    for (const value of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      expect((await answer({ 'If-None-Match': value })).status, value).toBe(304);
    }
    expect((await answer({ 'If-None-Match': `"other", W/"more"` })).status).toBe(200);
    // Downloads carry no Last-Modified: If-Modified-Since alone never answers 304.
    expect((await answer({ 'If-Modified-Since': new Date().toUTCString() })).status).toBe(200);
  });

  it.skipIf(skip)('lists newest first with cursors and filters by uploader kind', async () => {
    const pid = (await acme.client.POST('/v1/portals', { body: { name: 'Listing' } })).data!.id;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.unshift((await uploadOk(Buffer.from(`f${i}`), { filename: `f${i}.txt` }, pid)).id);
    const first = await acme.client.GET('/v1/portals/{portal_id}/files', { params: { path: { portal_id: pid }, query: { limit: 3 } } });
    const second = await acme.client.GET('/v1/portals/{portal_id}/files', {
      params: { path: { portal_id: pid }, query: { limit: 3, cursor: first.data!.next_cursor! } },
    });
    expect([...first.data!.data, ...second.data!.data].map((f) => f.id)).toEqual(ids);
    expect(second.data!.has_more).toBe(false);
    const owners = await acme.client.GET('/v1/portals/{portal_id}/files', {
      params: { path: { portal_id: pid }, query: { uploaded_by: 'owner' } },
    });
    expect(owners.data!.data).toHaveLength(5);
    const members = await acme.client.GET('/v1/portals/{portal_id}/files', {
      params: { path: { portal_id: pid }, query: { uploaded_by: 'member' } },
    });
    expect(members.data!.data).toHaveLength(0);
  });

  it.skipIf(skip)('renames (sanitised) and deletes every version’s blob', async () => {
    const pid = (await acme.client.POST('/v1/portals', { body: { name: 'Delete' } })).data!.id;
    const file = await uploadOk(Buffer.from('one'), {}, pid);
    await ctx.upload(`/v1/files/${file.id}/versions`, fileForm(Buffer.from('two')), acme.apiKey);
    const renamed = await acme.client.PATCH('/v1/files/{file_id}', {
      params: { path: { file_id: file.id } },
      body: { name: '../Final\u202E.pdf' },
    });
    expect(renamed.data!.name).toBe('Final.pdf');
    expect(await rowsAndBlobs(pid)).toEqual({ rows: 1, blobs: 2 });
    const deleted = await acme.client.DELETE('/v1/files/{file_id}', { params: { path: { file_id: file.id } } });
    expect(deleted.response.status).toBe(204);
    expect(await rowsAndBlobs(pid)).toEqual({ rows: 0, blobs: 0 });
    expect((await acme.client.GET('/v1/files/{file_id}', { params: { path: { file_id: file.id } } })).response.status).toBe(404);
    expect(await ctx.db.selectFrom('blob_deletions').selectAll().execute()).toEqual([]);
  });

  it.skipIf(skip)('deleting a portal removes its files’ blobs', async () => {
    const pid = (await acme.client.POST('/v1/portals', { body: { name: 'Portal delete' } })).data!.id;
    await uploadOk(Buffer.from('a'), {}, pid);
    await uploadOk(Buffer.from('b'), {}, pid);
    expect((await rowsAndBlobs(pid)).blobs).toBe(2);
    await acme.client.DELETE('/v1/portals/{portal_id}', { params: { path: { portal_id: pid } } });
    expect(await rowsAndBlobs(pid)).toEqual({ rows: 0, blobs: 0 });
  });

  it.skipIf(skip)('replays an upload retried with the same Idempotency-Key', async () => {
    const form = fileForm(Buffer.from('once'), { filename: 'once.txt' });
    const headers = { 'Idempotency-Key': `upload-${Date.now()}` };
    const first = await ctx.upload(`/v1/portals/${portalId}/files`, form, acme.apiKey, headers);
    const second = await ctx.upload(`/v1/portals/${portalId}/files`, form, acme.apiKey, headers);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
  });

  it.skipIf(skip)('answers 404 to another workspace for every file operation', async () => {
    const file = await uploadOk(Buffer.from('private'));
    const form = fileForm(Buffer.from('intruder'));
    const attempts: Array<[string, Promise<Response>]> = [
      ['list', ctx.fetch(`/v1/portals/${portalId}/files`, { apiKey: other.apiKey })],
      ['upload', ctx.upload(`/v1/portals/${portalId}/files`, form, other.apiKey)],
      ['get', ctx.fetch(`/v1/files/${file.id}`, { apiKey: other.apiKey })],
      [
        'rename',
        ctx.fetch(`/v1/files/${file.id}`, {
          apiKey: other.apiKey,
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: '{"name":"x"}',
        }),
      ],
      ['delete', ctx.fetch(`/v1/files/${file.id}`, { apiKey: other.apiKey, method: 'DELETE' })],
      ['versions', ctx.fetch(`/v1/files/${file.id}/versions`, { apiKey: other.apiKey })],
      ['new version', ctx.upload(`/v1/files/${file.id}/versions`, form, other.apiKey)],
      ['content', ctx.fetch(`/v1/files/${file.id}/content`, { apiKey: other.apiKey })],
      ['content v1', ctx.fetch(`/v1/files/${file.id}/content?version=1`, { apiKey: other.apiKey })],
    ];
    for (const [name, attempt] of attempts) {
      const res = await attempt;
      expect(res.status, name).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await (await download(file.id)).text()).toBe('private');
  });
});

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('presigned downloads (S3_PRESIGNED_DOWNLOADS=true)', () => {
  it.skipIf(!s3)('redirects to a presigned URL valid ≤ 5 minutes that carries the same disposition', async () => {
    const ctx = await createTestContext({ ...s3, S3_PRESIGNED_DOWNLOADS: 'true' });
    try {
      const ws = await ctx.newWorkspace();
      const pid = (await ws.client.POST('/v1/portals', { body: { name: 'Presigned' } })).data!.id;
      const html = '<html><script>alert(1)</script></html>';
      const up = await ctx.upload(
        `/v1/portals/${pid}/files`,
        fileForm(Buffer.from(html), { filename: 'page.html', type: 'text/html' }),
        ws.apiKey,
      );
      const file = (await up.json()) as FileDto;
      const res = await ctx.fetch(`/v1/files/${file.id}/content`, { apiKey: ws.apiKey, redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const location = new URL(res.headers.get('location')!);
      expect(Number(location.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(300);
      const direct = await fetch(location);
      expect(direct.status).toBe(200);
      expect(direct.headers.get('content-disposition')).toBe(res.headers.get('content-disposition'));
      expect(direct.headers.get('content-disposition')).toMatch(/^attachment; filename="?page\.html/);
      expect(direct.headers.get('content-type')).toBe('application/octet-stream');
      expect(await direct.text()).toBe(html);
      // Without the signature the object is private.
      expect((await fetch(`${location.origin}${location.pathname}`)).status).toBe(403);
    } finally {
      await ctx.close();
    }
  });
});
