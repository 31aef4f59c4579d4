import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ConflictError, Foyer, NotFoundError, type FetchLike, type UploadProgress } from '../../src/node.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../../../service/test/support/context.ts';
import { startCuttingProxy } from '../../../service/test/support/cutting-proxy.ts';

// files.uploadResumable against a started service (tus at /v1/uploads, disk driver): the protocol as the SDK
// runs it, what the service holds after a cut, a pause or an abort, and the retries. Faults the service cannot
// be made to give on cue (a 503, a 429, a 423) are answered by a fetch wrapper instead of sending the request.
const MAX = 32 * 1024 * 1024;
let ctx: TestContext;
let acme: TestWorkspace;
let portalId: string;
let dir: string;

interface Seen {
  method: string;
  path: string;
  headers: Headers;
}
/** A client whose requests are recorded, and answered with `fail`'s statuses instead when one is queued. */
function client(
  options: { baseUrl?: string; apiKey?: string; before?: (method: string, headers: Headers, url: string) => Promise<void> } = {},
) {
  const seen: Seen[] = [];
  const faults: Array<{ method: string; status: number }> = [];
  const fetch: FetchLike = async (url, init) => {
    const method = init.method ?? 'GET';
    await options.before?.(method, new Headers(init.headers), url);
    seen.push({ method, path: new URL(url).pathname, headers: new Headers(init.headers) });
    const fault = faults.findIndex((f) => f.method === method);
    if (fault < 0) return globalThis.fetch(url, init);
    const { status } = faults.splice(fault, 1)[0]!;
    if (init.body instanceof ReadableStream) await init.body.cancel();
    return new Response(JSON.stringify({ status, code: status === 423 ? 'upload_locked' : 'http_error' }), {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  };
  const foyer = new Foyer({ baseUrl: options.baseUrl ?? ctx.baseUrl, apiKey: options.apiKey ?? acme.apiKey, fetch });
  return {
    foyer,
    seen,
    methods: () => seen.map((r) => r.method),
    fail: (method: string, ...statuses: number[]) => faults.push(...statuses.map((status) => ({ method, status }))),
  };
}
const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const fast = [0, 0, 0, 0, 0];
const offsetOf = (r: Seen | undefined): number => Number(r?.headers.get('upload-offset'));
const listed = async (name: string): Promise<number> =>
  (await new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey }).files.list(portalId).toArray({ limit: 100 })).filter(
    (f) => f.name === name,
  ).length;
/** What the service holds of an upload (HEAD), or undefined when it has none. */
const held = async (url: string | undefined): Promise<number | undefined> => {
  const res = await fetch(url!, { method: 'HEAD', headers: { Authorization: `Bearer ${acme.apiKey}`, 'Tus-Resumable': '1.0.0' } });
  return res.status === 200 ? Number(res.headers.get('upload-offset')) : undefined;
};

beforeAll(async () => {
  ctx = await createTestContext({ MAX_UPLOAD_BYTES: String(MAX) });
  acme = await ctx.newWorkspace('Acme');
  portalId = (await new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey }).portals.create({ name: 'Cuts' })).id;
  dir = await mkdtemp(join(tmpdir(), 'foyer-sdk-resumable-'));
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

describe('files.uploadResumable against a started service', () => {
  it('creates the upload with its metadata, sends the bytes, and resolves to the file the last PATCH answers', async () => {
    const { foyer, seen, methods } = client();
    const bytes = randomBytes(300_001);
    const urls: string[] = [];
    const progress: UploadProgress[] = [];
    const upload = foyer.files.uploadResumable(portalId, new File([bytes], 'Relevé 2026.bin'), {
      onUploadUrl: (url) => urls.push(url),
      onProgress: (p) => progress.push(p),
    });
    const file = await upload;

    expect(file).toMatchObject({
      name: 'Relevé 2026.bin',
      portal_id: portalId,
      current_version: { version: 1, size: bytes.length, sha256: sha256(bytes) },
    });
    expect(methods()).toEqual(['POST', 'PATCH']);
    const [post, patch] = seen;
    const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
    expect(post!.headers.get('tus-resumable')).toBe('1.0.0');
    expect(post!.headers.get('upload-length')).toBe(String(bytes.length));
    expect(post!.headers.get('upload-metadata')).toBe(`portal_id ${b64(portalId)},filename ${b64('Relevé 2026.bin')}`);
    expect(patch!.headers.get('upload-offset')).toBe('0');
    expect(patch!.headers.get('content-type')).toBe('application/offset+octet-stream');
    // The URL is on this client's baseUrl (the service's Location is under its PUBLIC_URL, another host here).
    expect(upload.url).toMatch(new RegExp(`^${ctx.baseUrl}/v1/uploads/upl_[0-9a-z]{32}$`));
    expect(urls).toEqual([upload.url]);
    expect(progress.at(-1)).toEqual({ loaded: bytes.length, total: bytes.length });
    expect(progress.every((p, i) => i === 0 || p.loaded >= progress[i - 1]!.loaded)).toBe(true);
    expect(await listed('Relevé 2026.bin')).toBe(1);
  });

  it('makes a new version of the file named by file_id', async () => {
    const { foyer } = client();
    const first = await foyer.files.upload(portalId, randomBytes(10), { name: 'plan.bin' });
    const bytes = randomBytes(20_000);
    const file = await foyer.files.uploadResumable({ file_id: first.id }, bytes);
    expect(file).toMatchObject({ id: first.id, version_count: 2, current_version: { version: 2, sha256: sha256(bytes) } });
  });

  it('sends chunkSize bytes per PATCH, each from the offset the last one reached', async () => {
    const { foyer, seen } = client();
    const bytes = randomBytes(250_000);
    const file = await foyer.files.uploadResumable(portalId, bytes, { chunkSize: 100_000, name: 'chunks.bin' });
    expect(file.current_version.sha256).toBe(sha256(bytes));
    expect(seen.filter((r) => r.method === 'PATCH').map(offsetOf)).toEqual([0, 100_000, 200_000]);
  });

  it('uploads a file path from @foyer/sdk/node, reading each chunk from disk', async () => {
    const { foyer } = client();
    const bytes = randomBytes(200_003);
    const path = join(dir, 'cut v3.mov');
    await writeFile(path, bytes);
    const file = await foyer.files.uploadResumable(portalId, path, { chunkSize: 65_536 });
    expect(file).toMatchObject({ name: 'cut v3.mov', current_version: { size: bytes.length, sha256: sha256(bytes) } });
  });

  it('uploads an empty file', async () => {
    const { foyer } = client();
    const file = await foyer.files.uploadResumable(portalId, new Blob([]), { name: 'empty.txt' });
    expect(file.current_version).toMatchObject({ size: 0, sha256: sha256(new Uint8Array()) });
  });

  it('goes on from the offset the service holds after the connection is cut three times', async () => {
    const size = 8 * 1024 * 1024 + 5;
    const bytes = randomBytes(size);
    const proxy = await startCuttingProxy(ctx.baseUrl, [size * 0.25, size * 0.5, size * 0.75]);
    try {
      const { foyer, seen, methods } = client({ baseUrl: proxy.baseUrl });
      const progress: number[] = [];
      const file = await foyer.files.uploadResumable(portalId, bytes, { retryDelays: fast, onProgress: (p) => progress.push(p.loaded) });
      expect(file.current_version.sha256).toBe(sha256(bytes));
      expect(proxy.cuts).toBe(3);
      expect(methods().filter((m) => m === 'POST')).toHaveLength(1);
      expect(methods().filter((m) => m === 'HEAD').length).toBeGreaterThanOrEqual(3);
      // Resumed, not restarted: each PATCH after the first starts where the service was.
      const offsets = seen.filter((r) => r.method === 'PATCH').map(offsetOf);
      expect(offsets[0]).toBe(0);
      expect(offsets.slice(1).every((o) => o > 0)).toBe(true);
      expect(proxy.forwarded).toBeLessThan(size * 1.5);
      expect(progress.at(-1)).toBe(size);
    } finally {
      await proxy.close();
    }
  });

  it('retries a 503, a 429 and a 423 with backoff, asking the offset again before going on', async () => {
    const { foyer, fail, methods } = client();
    const bytes = randomBytes(100_000);
    fail('PATCH', 503, 423);
    fail('HEAD', 429);
    const started = Date.now();
    const file = await foyer.files.uploadResumable(portalId, bytes, { retryDelays: [100, 200, 400, 800] });
    expect(file.current_version.sha256).toBe(sha256(bytes));
    // 503 → 100 ms, HEAD 429 → 200, HEAD, PATCH 423 → 400, HEAD: at least 0.75 × 700 ms with the jitter.
    expect(Date.now() - started).toBeGreaterThanOrEqual(525);
    expect(methods()).toEqual(['POST', 'PATCH', 'HEAD', 'HEAD', 'PATCH', 'HEAD', 'PATCH']);
  });

  it('goes on after a real 409 upload_offset_mismatch: another writer moved the offset', async () => {
    const bytes = randomBytes(300_000);
    let other: Response | undefined;
    // Just before the SDK sends its second chunk, a second tab sends that chunk itself.
    const before = async (method: string, headers: Headers, url: string): Promise<void> => {
      if (method !== 'PATCH' || headers.get('upload-offset') !== '100000' || other) return;
      other = await globalThis.fetch(url, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${acme.apiKey}`,
          'Tus-Resumable': '1.0.0',
          'Upload-Offset': '100000',
          'Content-Type': 'application/offset+octet-stream',
        },
        body: bytes.subarray(100_000, 200_000),
      });
    };
    const { foyer, seen, methods } = client({ before });
    const file = await foyer.files.uploadResumable(portalId, bytes, { chunkSize: 100_000, retryDelays: fast });
    expect(file.current_version.sha256).toBe(sha256(bytes));
    expect(other?.status).toBe(204);
    // The SDK's own PATCH at 100000 was refused (409): it asked with a HEAD and sent from 200000.
    expect(methods()).toEqual(['POST', 'PATCH', 'PATCH', 'HEAD', 'PATCH']);
    expect(seen.filter((r) => r.method === 'PATCH').map(offsetOf)).toEqual([0, 100_000, 200_000]);
  });

  it('gives up once retryDelays are spent, with the last error', async () => {
    const { foyer, fail, methods } = client();
    fail('PATCH', 503, 503, 503);
    const error: unknown = await foyer.files.uploadResumable(portalId, randomBytes(1000), { retryDelays: [0, 0] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(methods().filter((m) => m === 'PATCH')).toHaveLength(3);
  });

  it('does not retry what will fail again: a file over the limit (413), an unknown key (401)', async () => {
    const { foyer, methods } = client();
    await expect(foyer.files.uploadResumable(portalId, new Blob([new Uint8Array(MAX + 1)]))).rejects.toMatchObject({
      status: 413,
      code: 'file_too_large',
    });
    const stranger = client({ apiKey: 'sk_00000000000000000000000000000000.nope' });
    await expect(stranger.foyer.files.uploadResumable(portalId, randomBytes(10))).rejects.toMatchObject({ status: 401 });
    expect([...methods(), ...stranger.methods()]).toEqual(['POST', 'POST']);
  });

  it('pauses (sending nothing, showing nothing) and resumes from where the service is', async () => {
    const { foyer, seen } = client();
    const bytes = randomBytes(1_000_000);
    let pausedOnce = false;
    const upload = foyer.files.uploadResumable(portalId, bytes, {
      name: 'paused.bin',
      chunkSize: 100_000,
      onProgress: ({ loaded }) => {
        if (loaded < 300_000 || pausedOnce) return;
        pausedOnce = true;
        upload.pause();
      },
    });
    await expect.poll(() => upload.paused).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const during = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.length).toBe(during);
    const at = (await held(upload.url))!;
    expect(at).toBeGreaterThanOrEqual(200_000);
    expect(at).toBeLessThan(bytes.length);
    // Nothing of an unfinished upload is visible.
    expect(await listed('paused.bin')).toBe(0);
    upload.resume();
    const file = await upload;
    expect(file.current_version.sha256).toBe(sha256(bytes));
    expect(seen[during]!.method).toBe('HEAD');
    expect(seen[during + 1]!.method).toBe('PATCH');
    expect(offsetOf(seen[during + 1])).toBe(at);
    expect(await listed('paused.bin')).toBe(1);
  });

  it('goes on from a stored upload URL in a new call (a reload), sending only the rest', async () => {
    const bytes = randomBytes(600_000);
    const stop = new AbortController();
    const first = client().foyer.files.uploadResumable(portalId, bytes, {
      chunkSize: 200_000,
      signal: stop.signal,
      // Stopped while the second chunk goes: the first is in.
      onProgress: ({ loaded }) => loaded >= 300_000 && stop.abort(new Error('tab closed')),
    });
    await expect(first).rejects.toThrow('tab closed');
    const url = first.url!;

    const { foyer, seen, methods } = client();
    const progress: number[] = [];
    const second = foyer.files.uploadResumable(portalId, new Blob([bytes]), { uploadUrl: url, onProgress: (p) => progress.push(p.loaded) });
    const file = await second;
    expect(file.current_version.sha256).toBe(sha256(bytes));
    expect(second.url).toBe(url);
    // HEAD, PATCH — or, when the cut PATCH was still being written on the service as the reload asked for the
    // offset, a 409 on the first PATCH and HEAD, PATCH again from where the bytes now end (the SDK's retry, as
    // on any offset conflict). Never a new upload, never the first chunk again.
    expect(methods().join()).toMatch(/^(HEAD,PATCH,)*HEAD,PATCH$/);
    const offsets = seen.filter((r) => r.method === 'PATCH').map(offsetOf);
    expect(offsets[0]).toBeGreaterThanOrEqual(200_000);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(progress[0]).toBe(offsets[0]);
  });

  it('asks for the file with an empty PATCH when the stored upload already holds every byte', async () => {
    const bytes = randomBytes(5000);
    let stored = '';
    const first = await client().foyer.files.uploadResumable(portalId, bytes, { onUploadUrl: (url) => (stored = url) });
    const { foyer, seen, methods } = client();
    const again = await foyer.files.uploadResumable(portalId, bytes, { uploadUrl: stored });
    expect(again.id).toBe(first.id);
    expect(methods()).toEqual(['HEAD', 'PATCH']);
    expect(offsetOf(seen[1])).toBe(5000);
  });

  it('starts a new upload when the stored one is not found', async () => {
    const { foyer, methods } = client();
    const bytes = randomBytes(5000);
    const gone = `${ctx.baseUrl}/v1/uploads/upl_${'0'.repeat(32)}`;
    const urls: string[] = [];
    const upload = foyer.files.uploadResumable(portalId, bytes, { uploadUrl: gone, onUploadUrl: (url) => urls.push(url) });
    expect((await upload).current_version.sha256).toBe(sha256(bytes));
    expect(methods()).toEqual(['HEAD', 'POST', 'PATCH']);
    expect(urls).toEqual([upload.url]);
    expect(upload.url).not.toBe(gone);
  });

  it('abort() stops the upload and deletes what the service holds', async () => {
    const { foyer, methods } = client();
    const bytes = randomBytes(500_000);
    let url = '';
    const upload = foyer.files.uploadResumable(portalId, bytes, {
      name: 'aborted.bin',
      chunkSize: 100_000,
      onProgress: ({ loaded }) => {
        if (loaded < 200_000 || url) return;
        url = upload.url!;
        void upload.abort();
      },
    });
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
    await upload.abort(); // resolves once the DELETE is answered; again, nothing is left to drop
    expect(methods()).toContain('DELETE');
    expect(await held(url)).toBeUndefined();
    expect(await listed('aborted.bin')).toBe(0);
  });

  it('stops at once on an aborted signal, sending nothing', async () => {
    const { foyer, seen } = client();
    const stop = new AbortController();
    stop.abort(new Error('stopped'));
    await expect(foyer.files.uploadResumable(portalId, randomBytes(10), { signal: stop.signal })).rejects.toThrow('stopped');
    expect(seen).toEqual([]);
  });

  it("cannot go on with another workspace's upload (404): starts its own", async () => {
    const stop = new AbortController();
    const theirs = client().foyer.files.uploadResumable(portalId, randomBytes(300_000), {
      chunkSize: 100_000,
      signal: stop.signal,
      onProgress: ({ loaded }) => loaded >= 150_000 && stop.abort(),
    });
    await theirs.catch(() => {});
    const other = await ctx.newWorkspace('Other');
    const { foyer, methods } = client({ apiKey: other.apiKey });
    const otherPortal = (await foyer.portals.create({ name: 'Mine' })).id;
    await expect(foyer.files.uploadResumable(otherPortal, randomBytes(10), { uploadUrl: theirs.url })).resolves.toMatchObject({
      portal_id: otherPortal,
    });
    expect(methods().slice(-3)).toEqual(['HEAD', 'POST', 'PATCH']);
    await expect(foyer.files.uploadResumable(portalId, randomBytes(10))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('files.uploadResumable refusals', () => {
  it('sends a stored URL of another host to this client’s own service only (the credential goes with it)', async () => {
    const { foyer, seen } = client();
    const id = `upl_${'1'.repeat(32)}`;
    await foyer.files.uploadResumable(portalId, randomBytes(10), { uploadUrl: `https://evil.example/v1/uploads/${id}` });
    expect(seen[0]!.path).toBe(`/v1/uploads/${id}`);
    expect(new Set(seen.map((r) => r.headers.get('authorization')))).toEqual(new Set([`Bearer ${acme.apiKey}`]));
  });

  it('refuses what is not an upload URL before sending anything', () => {
    const { foyer, seen } = client();
    for (const uploadUrl of [`${ctx.baseUrl}/v1/portals/${portalId}`, `${ctx.baseUrl}/v1/uploads/`, 'not a url']) {
      expect(() => foyer.files.uploadResumable(portalId, new Blob(['x']), { uploadUrl }), uploadUrl).toThrow(TypeError);
    }
    expect(seen).toEqual([]);
  });

  it('refuses a stream, which cannot be read again from an offset', async () => {
    const { foyer, seen } = client();
    await expect(foyer.files.uploadResumable(portalId, new ReadableStream() as unknown as Blob)).rejects.toThrow(/from any offset/);
    expect(seen).toEqual([]);
  });

  it('abort() of an upload that is a file already leaves the file (409 upload_completed, not retried)', async () => {
    const { foyer, methods } = client();
    const bytes = randomBytes(50_000);
    const upload = foyer.files.uploadResumable(portalId, bytes);
    const file = await upload;
    await expect(foyer.files.uploadResumable(portalId, bytes, { uploadUrl: upload.url }).abort()).resolves.toBeUndefined();
    expect(methods().at(-1)).toBe('DELETE');
    const error: unknown = await foyer.uploads.delete(upload.url!.split('/').pop()!).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'upload_completed' });
    await expect(foyer.files.get(file.id)).resolves.toMatchObject({ id: file.id });
  });
});
