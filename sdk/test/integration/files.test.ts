import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  Foyer,
  NotFoundError,
  type FetchLike,
  type File as FoyerFile,
  type UploadProgress,
} from '../../src/node.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../../../service/test/support/context.ts';

const MAX = 8 * 1024 * 1024;
const SIZE = 3 * 1024 * 1024 + 17; // several chunks, not a round number

let ctx: TestContext;
let acme: TestWorkspace;
let foyer: Foyer;
let portalId: string;
let dir: string;
let path: string;
const bytes = randomBytes(SIZE);

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
async function streamSha256(stream: ReadableStream<Uint8Array>): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    hash.update(chunk.value);
    size += chunk.value.byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}
async function fileRows(name: string): Promise<number> {
  return (await ctx.db.selectFrom('files').select('id').where('portal_id', '=', portalId).where('name', '=', name).execute()).length;
}

beforeAll(async () => {
  ctx = await createTestContext({ MAX_UPLOAD_BYTES: String(MAX) });
  acme = await ctx.newWorkspace('Acme');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  portalId = (await foyer.portals.create({ name: 'Files' })).id;
  dir = await mkdtemp(join(tmpdir(), 'foyer-sdk-files-'));
  path = join(dir, 'Relevé bancaire.bin');
  await writeFile(path, bytes);
});
afterAll(async () => {
  await ctx.close();
  await rm(dir, { recursive: true, force: true });
});

describe('foyer.files.upload against a started service', () => {
  const inputs: Array<[string, () => Parameters<Foyer['files']['upload']>[1], number | undefined]> = [
    ['a Buffer', () => bytes, SIZE],
    ['a Blob', () => new Blob([bytes]), SIZE],
    ['a web ReadableStream', () => new Blob([bytes]).stream(), undefined],
    ['a Node Readable', () => Readable.from(chunked(bytes, 100_000)), undefined],
    ['an fs.ReadStream', () => createReadStream(path), undefined],
    ['a file path', () => path, SIZE],
  ];

  it.each(inputs)('uploads %s, streamed, with progress up to the whole file', async (label, input, total) => {
    const events: UploadProgress[] = [];
    const file = await foyer.files.upload(portalId, input(), { name: `from ${label}`, onProgress: (p) => events.push(p) });
    expect(file).toMatchObject({ portal_id: portalId, name: `from ${label}`, version_count: 1 });
    expect(file.current_version).toMatchObject({ version: 1, size: SIZE, sha256: sha256(bytes) });
    expect(events[0]).toEqual({ loaded: 0, total });
    expect(events.at(-1)).toEqual({ loaded: SIZE, total });
    expect(events.length).toBeGreaterThan(2);
    for (let i = 1; i < events.length; i++) expect(events[i]!.loaded).toBeGreaterThan(events[i - 1]!.loaded);
  });

  it('keeps a UTF-8 filename (sent in filename*) as the file’s name when no name is given', async () => {
    const file = await foyer.files.upload(portalId, path);
    expect(file.name).toBe('Relevé bancaire.bin');
    const named = await foyer.files.upload(portalId, new File(['x'], 'Zoë’s “draft”.txt'));
    expect(named.name).toBe('Zoë’s “draft”.txt');
  });

  it('answers 413 file_too_large for a stream over the limit, of unknown or declared size', async () => {
    const tooBig = new Uint8Array(MAX + 1);
    for (const [input, size] of [
      [new Blob([tooBig]).stream(), undefined],
      [new Blob([tooBig]), undefined],
    ] as const) {
      const error = await foyer.files.upload(portalId, input, { size, name: 'too big' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 413, code: 'file_too_large' });
    }
    expect(await fileRows('too big')).toBe(0);
  });

  it('rejects a bad key with AuthenticationError, even mid-stream', async () => {
    const stranger = new Foyer({ baseUrl: ctx.baseUrl, apiKey: 'sk_nope' });
    await expect(stranger.files.upload(portalId, new Blob([bytes]).stream())).rejects.toBeInstanceOf(AuthenticationError);
    await expect(stranger.files.upload(portalId, path)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('stops an upload when the caller aborts, storing nothing', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by the user');
    const error = await foyer.files
      .upload(portalId, path, {
        name: 'aborted',
        signal: controller.signal,
        onProgress: ({ loaded }) => loaded > 1_000_000 && controller.abort(reason),
      })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(await fileRows('aborted')).toBe(0);
  });

  it('replays an upload whose response was lost, from a path, creating one file', async () => {
    let posts = 0;
    const keys: string[] = [];
    const losing: FetchLike = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (init.method !== 'POST') return response;
      keys.push(new Headers(init.headers).get('idempotency-key')!);
      if (++posts > 1) return response;
      await response.arrayBuffer(); // the service stored the file; the caller never hears of it
      throw new TypeError('fetch failed: socket hang up');
    };
    const client = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey, fetch: losing });
    const { data, response } = await client.files.upload(portalId, path, { name: 'lost response' }).withResponse();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(data.current_version.sha256).toBe(sha256(bytes));
    expect(await fileRows('lost response')).toBe(1);
  });
});

describe('foyer.files downloads against a started service', () => {
  let file: FoyerFile;
  beforeAll(async () => {
    file = await foyer.files.upload(portalId, path, { name: 'Décompte 2026.bin' });
  });

  it('streams back the identical bytes, with size, filename and sha256', async () => {
    const download = await foyer.files.download(file.id);
    expect(download).toMatchObject({
      size: SIZE,
      contentType: 'application/octet-stream',
      filename: 'Décompte 2026.bin',
      sha256: sha256(bytes),
      etag: `"${sha256(bytes)}"`,
      range: undefined,
    });
    expect(await streamSha256(download.stream)).toEqual({ sha256: sha256(bytes), size: SIZE });
  });

  it('gives the same metadata from HEAD, without the bytes', async () => {
    expect(await foyer.files.head(file.id)).toEqual({
      size: SIZE,
      contentType: 'application/octet-stream',
      filename: 'Décompte 2026.bin',
      etag: `"${sha256(bytes)}"`,
      sha256: sha256(bytes),
      version: undefined,
    });
  });

  it('downloads a range (206) with its Content-Range, and refuses one outside the bytes (416)', async () => {
    const slice = await foyer.files.download(file.id, { range: { start: 1_000_000, end: 1_000_099 } });
    expect(slice).toMatchObject({ size: 100, range: { start: 1_000_000, end: 1_000_099, total: SIZE } });
    expect(Buffer.from(await new Response(slice.stream).arrayBuffer())).toEqual(bytes.subarray(1_000_000, 1_000_100));

    const tail = await foyer.files.download(file.id, { range: 'bytes=-10', ifRange: slice.etag });
    expect(Buffer.from(await new Response(tail.stream).arrayBuffer())).toEqual(bytes.subarray(SIZE - 10));

    const stale = await foyer.files.download(file.id, { range: { start: 5 }, ifRange: '"other"' });
    expect(stale.range).toBeUndefined(); // the bytes changed (as far as If-Range knows): all of them come
    expect(stale.size).toBe(SIZE);
    await stale.stream.cancel();

    const error = await foyer.files.download(file.id, { range: { start: SIZE } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 416, code: 'range_not_satisfiable' });
  });

  it('uploads versions and downloads each one by number', async () => {
    const v2 = randomBytes(200_000);
    const updated = await foyer.versions.upload(file.id, Readable.from(chunked(v2, 30_000)));
    expect(updated).toMatchObject({ id: file.id, version_count: 2, current_version: { version: 2, size: v2.length, sha256: sha256(v2) } });
    const v3 = await foyer.versions.upload(file.id, new Blob([Buffer.from('third')]), { onProgress: () => {} });
    expect(v3.current_version.version).toBe(3);

    const versions = await foyer.versions.list(file.id, { limit: 2 }).toArray();
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);

    const first = await foyer.files.download(file.id, { version: 1 });
    expect(first.version).toBe(1);
    expect(await streamSha256(first.stream)).toEqual({ sha256: sha256(bytes), size: SIZE });
    const second = await foyer.files.download(file.id, { version: 2 });
    expect(Buffer.from(await new Response(second.stream).arrayBuffer())).toEqual(v2);
    expect((await foyer.files.head(file.id)).size).toBe(5);
    await expect(foyer.files.head(file.id, { version: 9 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('foyer.files metadata against a started service', () => {
  it('lists, reads, renames and deletes files', async () => {
    const own = (await foyer.portals.create({ name: 'Listing' })).id;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.unshift((await foyer.files.upload(own, Buffer.from(`file ${i}`), { name: `f${i}.txt` })).id);

    const seen: string[] = [];
    for await (const f of foyer.files.list(own, { limit: 2 })) seen.push(f.id);
    expect(seen).toEqual(ids);
    expect((await foyer.files.list(own, { uploaded_by: 'member' }).toArray()).length).toBe(0);

    expect(await foyer.files.get(ids[0]!)).toMatchObject({ id: ids[0], name: 'f2.txt' });
    expect(await foyer.files.update(ids[0]!, { name: 'renamed.txt' })).toMatchObject({ name: 'renamed.txt' });
    await expect(foyer.files.delete(ids[0]!)).resolves.toBeUndefined();
    await expect(foyer.files.get(ids[0]!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(foyer.files.download(ids[0]!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers NotFoundError for another workspace’s file', async () => {
    const file = await foyer.files.upload(portalId, Buffer.from('mine'));
    const other = new Foyer({ baseUrl: ctx.baseUrl, apiKey: (await ctx.newWorkspace('Other')).apiKey });
    await expect(other.files.get(file.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(other.files.download(file.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(other.versions.upload(file.id, Buffer.from('theirs'))).rejects.toBeInstanceOf(NotFoundError);
  });
});

function* chunked(data: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}
