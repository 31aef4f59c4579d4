import { describe, expect, it } from 'vitest';
import { ConnectionError, Foyer, NotFoundError, dispositionFilename } from './index.ts';
import { fakeFetch, problem } from '../test/support/fake-fetch.ts';

const SHA = 'a'.repeat(64);

function content(body: BodyInit | null, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': '10',
      'Content-Disposition': `attachment; filename="Relev_ 2026.pdf"; filename*=UTF-8''Relev%C3%A9%202026.pdf`,
      ETag: `"${SHA}"`,
      'X-Request-Id': 'req_dl',
      ...headers,
    },
  });
}

const client = (reply: Parameters<typeof fakeFetch>[0], timeout?: number) => {
  const { fetch, calls } = fakeFetch(reply);
  return { foyer: new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_test', fetch, timeout, maxRetries: 0 }), calls };
};

describe('files.download', () => {
  it('resolves to the unread stream with size, type, UTF-8 filename, ETag and sha256', async () => {
    const { foyer, calls } = client(() => content('0123456789'));
    const { data, requestId } = await foyer.files.download('fil_1').withResponse();
    expect(calls[0]!.method).toBe('GET');
    expect(calls[0]!.url.pathname + calls[0]!.url.search).toBe('/v1/files/fil_1/content');
    expect(calls[0]!.headers.get('range')).toBeNull();
    expect(requestId).toBe('req_dl');
    const { stream, ...meta } = data;
    expect(meta).toEqual({
      size: 10,
      contentType: 'application/pdf',
      filename: 'Relevé 2026.pdf',
      etag: `"${SHA}"`,
      sha256: SHA,
      version: undefined,
      range: undefined,
    });
    expect(stream.locked).toBe(false);
    expect(await new Response(stream).text()).toBe('0123456789');
  });

  it('asks for a version and a range, and reads Content-Range from a 206', async () => {
    const { foyer, calls } = client(() => content('23456', 206, { 'Content-Length': '5', 'Content-Range': 'bytes 2-6/10' }));
    const download = await foyer.files.download('fil_1', { version: 2, range: { start: 2, end: 6 }, ifRange: `"${SHA}"` });
    expect(calls[0]!.url.search).toBe('?version=2');
    expect(calls[0]!.headers.get('range')).toBe('bytes=2-6');
    expect(calls[0]!.headers.get('if-range')).toBe(`"${SHA}"`);
    expect(download).toMatchObject({ size: 5, version: 2, range: { start: 2, end: 6, total: 10 } });
    expect(await new Response(download.stream).text()).toBe('23456');

    await foyer.files.download('fil_1', { range: { start: 5 } });
    await foyer.files.download('fil_1', { range: 'bytes=-3' });
    expect(calls.slice(1).map((c) => c.headers.get('range'))).toEqual(['bytes=5-', 'bytes=-3']);
  });

  it('leaves range undefined when the service sent everything (a 200), e.g. after If-Range failed', async () => {
    const { foyer } = client(() => content('0123456789'));
    const download = await foyer.files.download('fil_1', { range: { start: 2 }, ifRange: '"stale"' });
    expect(download.range).toBeUndefined();
    await download.stream.cancel();
  });

  it('rejects with the problem’s error, its body read', async () => {
    const { foyer } = client(() => problem(404, 'not_found'));
    await expect(foyer.files.download('fil_gone')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('bounds only the wait for the headers with the timeout: a slow body still arrives', async () => {
    const encoder = new TextEncoder();
    const slow = () =>
      new ReadableStream<Uint8Array>({
        async start(controller) {
          for (let i = 0; i < 5; i++) {
            await new Promise((r) => setTimeout(r, 40));
            controller.enqueue(encoder.encode(String(i)));
          }
          controller.close();
        },
      });
    const { foyer } = client(() => content(slow()), 60);
    const { stream } = await foyer.files.download('fil_1');
    expect(await new Response(stream).text()).toBe('01234'); // ~200 ms, past the 60 ms timeout

    const { foyer: waiting } = client(() => 'hang', 60);
    await expect(waiting.files.download('fil_1')).rejects.toMatchObject({ name: 'ConnectionError', code: 'timeout' });
  });

  it('still passes the caller’s abort on to the fetch after the headers, which stops the body', async () => {
    let fetchSignal: AbortSignal | undefined;
    const fetch = (_url: string, init: RequestInit): Promise<Response> => {
      fetchSignal = init.signal ?? undefined;
      return Promise.resolve(content('0123456789'));
    };
    const controller = new AbortController();
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, timeout: 20 });
    const { stream } = await foyer.files.download('fil_1', { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 40)); // past the timeout: no longer armed once headers came
    expect(fetchSignal!.aborted).toBe(false);
    const reason = new Error('user went away');
    controller.abort(reason);
    expect(fetchSignal!.aborted).toBe(true);
    expect(fetchSignal!.reason).toBe(reason);
    await stream.cancel();
  });

  it('turns a network failure before the headers into a ConnectionError', async () => {
    const { foyer } = client(() => new TypeError('fetch failed'));
    await expect(foyer.files.download('fil_1')).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('files.head', () => {
  it('sends HEAD and reads the same metadata, without a stream', async () => {
    const { foyer, calls } = client(() => content(null));
    const info = await foyer.files.head('fil_1', { version: 3 });
    expect(calls[0]!.method).toBe('HEAD');
    expect(calls[0]!.url.search).toBe('?version=3');
    expect(info).toEqual({
      size: 10,
      contentType: 'application/pdf',
      filename: 'Relevé 2026.pdf',
      etag: `"${SHA}"`,
      sha256: SHA,
      version: 3,
    });
  });

  it('gives sha256 only when the ETag is one (a presigned S3 answer carries its own)', async () => {
    const { foyer } = client(() => content(null, 200, { ETag: '"9b2cf535f27731c974343645a3985328"' }));
    expect((await foyer.files.head('fil_1')).sha256).toBeUndefined();
  });
});

describe('dispositionFilename', () => {
  it.each([
    [`attachment; filename="plain.pdf"`, 'plain.pdf'],
    [`attachment; filename=bare.pdf`, 'bare.pdf'],
    [`attachment; filename="say \\"hi\\".txt"`, 'say "hi".txt'],
    [`attachment; filename="fallback.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf`, '€ rates.pdf'],
    [`attachment; filename*=utf-8'en'caf%C3%A9.txt`, 'café.txt'],
    [`attachment; filename*=ISO-8859-1''caf%E9.txt`, 'café.txt'],
    [`attachment; filename="safe.txt"; filename*=UTF-8''%E2%82`, 'safe.txt'],
    [`attachment`, undefined],
    [null, undefined],
  ])('reads %s', (header, expected) => {
    expect(dispositionFilename(header)).toBe(expected);
  });
});
