import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, Foyer, type UploadProgress } from './node.ts';
import { fakeFetch, json, problem } from '../test/support/fake-fetch.ts';

const PORTAL = 'prt_00000000000000000000000000000001';
const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('latin1');
let dir: string;
let path: string;
const contents = Buffer.from('%PDF-1.7 pretend return, with a € sign');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'foyer-sdk-node-'));
  path = join(dir, 'Déclaration 2026.pdf');
  await writeFile(path, contents);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function client(reply: Parameters<typeof fakeFetch>[0] = () => json(201, { id: 'fil_1' })) {
  const { fetch, calls } = fakeFetch(reply);
  return { foyer: new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_test', fetch }), calls };
}

describe('@foyer/sdk/node uploads', () => {
  it('streams a file path with its size as Content-Length and its name as the filename', async () => {
    const { foyer, calls } = client();
    const events: UploadProgress[] = [];
    await foyer.files.upload(PORTAL, path, { onProgress: (p) => events.push(p) });
    const body = text(calls[0]!.bytes);
    expect(body).toContain(`filename="D_claration 2026.pdf"; filename*=UTF-8''D%C3%A9claration%202026.pdf\r\n`);
    expect(body).toContain(`\r\n\r\n${contents.toString('latin1')}\r\n--`);
    expect(calls[0]!.headers.get('content-length')).toBe(String(calls[0]!.bytes!.length));
    expect(events).toEqual([
      { loaded: 0, total: contents.length },
      { loaded: contents.length, total: contents.length },
    ]);
  });

  it('re-reads a path for a retry (after one real backoff, ~0.5 s)', async () => {
    const { foyer, calls } = client((_, i) => (i === 0 ? problem(503, 'service_unavailable') : json(201, { id: 'fil_1' })));
    await foyer.versions.upload('fil_1', path);
    expect(calls).toHaveLength(2);
    expect(text(calls[1]!.bytes)).toBe(text(calls[0]!.bytes));
  });

  it('rejects a missing path with ENOENT before any request', async () => {
    const { foyer, calls } = client();
    await expect(foyer.files.upload(PORTAL, join(dir, 'nope.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(foyer.files.upload(PORTAL, dir)).rejects.toThrow(/Not a file/);
    expect(calls).toHaveLength(0);
  });

  it('streams a Readable (named after its file when it is an fs.ReadStream), once', async () => {
    const { foyer, calls } = client(() => problem(503, 'service_unavailable'));
    const error = await foyer.files.upload(PORTAL, createReadStream(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers.get('content-length')).toBeNull();
    expect(text(calls[0]!.bytes)).toContain(`filename*=UTF-8''D%C3%A9claration%202026.pdf`);
  });

  it('takes any async iterable of bytes or strings, with a size when given', async () => {
    const { foyer, calls } = client();
    async function* chunks() {
      yield Buffer.from('ab');
      await new Promise((resolve) => setImmediate(resolve)); // as from a real source, the next chunk comes later
      yield 'cd';
    }
    const events: UploadProgress[] = [];
    await foyer.files.upload(PORTAL, chunks(), { size: 4, name: 'gen.txt', onProgress: (p) => events.push(p) });
    await foyer.files.upload(PORTAL, Readable.from([Buffer.from('xy')]));
    expect(text(calls[0]!.bytes)).toMatch(/name="name"\r\n\r\ngen\.txt\r\n.*filename="gen\.txt"\r\n.*\r\n\r\nabcd\r\n--/s);
    expect(calls[0]!.headers.get('content-length')).toBe(String(calls[0]!.bytes!.length));
    expect(events.at(-1)).toEqual({ loaded: 4, total: 4 });
    expect(text(calls[1]!.bytes)).toContain('\r\n\r\nxy\r\n--');
  });

  it('still takes the browser-safe inputs, a web ReadableStream included', async () => {
    const { foyer, calls } = client();
    await foyer.files.upload(PORTAL, new Blob(['blob']));
    await foyer.files.upload(PORTAL, new Blob(['web']).stream());
    await foyer.files.upload(PORTAL, Buffer.from('buf'));
    expect(calls.map((c) => /\r\n\r\n(\w+)\r\n--/.exec(text(c.bytes))?.[1])).toEqual(['blob', 'web', 'buf']);
  });
});
