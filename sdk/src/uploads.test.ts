import busboy from 'busboy';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, ConnectionError, Foyer, type UploadProgress } from './index.ts';
import { fakeFetch, json, problem } from '../test/support/fake-fetch.ts';

const PORTAL = 'prt_00000000000000000000000000000001';
const fileFixture = { id: 'fil_1', name: 'x' };
const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('latin1');
const boundaryOf = (headers: Headers): string => /boundary=(\S+)$/.exec(headers.get('content-type') ?? '')![1]!;

function client(reply: Parameters<typeof fakeFetch>[0] = () => json(201, fileFixture), options: { timeout?: number } = {}) {
  const { fetch, calls } = fakeFetch(reply);
  return { foyer: new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_test', fetch, ...options }), calls };
}

/** Parses a multipart body the way the service does (busboy, UTF-8 parameters). */
function parseMultipart(
  contentType: string,
  body: Uint8Array,
): Promise<{ fields: Record<string, string>; files: Array<{ name: string; filename: string; type: string; bytes: Buffer }> }> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: Array<{ name: string; filename: string; type: string; bytes: Buffer }> = [];
    const parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => files.push({ name, filename: info.filename ?? '', type: info.mimeType, bytes: Buffer.concat(chunks) }));
    });
    parser.on('close', () => resolve({ fields, files }));
    parser.on('error', reject);
    parser.end(Buffer.from(body));
  });
}

describe('files.upload framing', () => {
  it('frames a name field, then the file part with a UTF-8 filename in filename*, byte for byte', async () => {
    const { foyer, calls } = client();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a]);
    const input = new File([bytes], 'Relevé 2026 "final".pdf', { type: 'application/pdf' });
    await foyer.files.upload(PORTAL, input, { name: 'Décompte 2026.pdf' });

    const [call] = calls;
    expect(call!.method).toBe('POST');
    expect(call!.url.pathname).toBe(`/v1/portals/${PORTAL}/files`);
    const boundary = boundaryOf(call!.headers);
    expect(boundary).toMatch(/^----FoyerSdk[0-9a-f]{24}$/);
    const expected =
      `--${boundary}\r\n` +
      'Content-Disposition: form-data; name="name"\r\n' +
      '\r\n' +
      Buffer.from('Décompte 2026.pdf', 'utf8').toString('latin1') +
      '\r\n' +
      `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; filename="Relev_ 2026 _final_.pdf"; filename*=UTF-8''Relev%C3%A9%202026%20%22final%22.pdf\r\n` +
      'Content-Type: application/pdf\r\n' +
      '\r\n' +
      text(bytes) +
      '\r\n' +
      `--${boundary}--\r\n`;
    expect(text(call!.bytes)).toBe(expected);
    expect(call!.headers.get('content-length')).toBe(String(call!.bytes!.length));
    expect(call!.headers.get('content-type')).toBe(`multipart/form-data; boundary=${boundary}`);
    expect(call!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(call!.headers.get('authorization')).toBe('Bearer sk_test');
    expect(call!.duplex).toBe('half');
    // Following redirects would make Node's fetch tee the stream and keep every chunk (nodejs/undici#4058).
    expect(call!.redirect).toBe('error');

    // …and busboy, as the service runs it, reads back the name, the filename and the bytes.
    const parsed = await parseMultipart(call!.headers.get('content-type')!, call!.bytes!);
    expect(parsed.fields).toEqual({ name: 'Décompte 2026.pdf' });
    expect(parsed.files).toEqual([
      { name: 'file', filename: 'Relev\u00e9 2026 "final".pdf', type: 'application/pdf', bytes: Buffer.from(bytes) },
    ]);
  });

  it('leaves out the name field and filename* when not needed, and names nameless bytes "file"', async () => {
    const { foyer, calls } = client();
    await foyer.files.upload(PORTAL, Buffer.from('hello'));
    await foyer.files.upload(PORTAL, new Uint8Array([1]).buffer, { name: 'given.bin' });
    await foyer.files.upload(PORTAL, new Blob(['x'], { type: 'text/plain' }));
    const [bytes, arrayBuffer, blob] = calls.map((c) => ({ b: boundaryOf(c.headers), body: text(c.bytes) }));
    expect(bytes!.body).toBe(
      `--${bytes!.b}\r\nContent-Disposition: form-data; name="file"; filename="file"\r\nContent-Type: application/octet-stream\r\n\r\nhello\r\n--${bytes!.b}--\r\n`,
    );
    expect(arrayBuffer!.body).toBe(
      `--${arrayBuffer!.b}\r\nContent-Disposition: form-data; name="name"\r\n\r\ngiven.bin\r\n` +
        `--${arrayBuffer!.b}\r\nContent-Disposition: form-data; name="file"; filename="given.bin"\r\nContent-Type: application/octet-stream\r\n\r\n\x01\r\n--${arrayBuffer!.b}--\r\n`,
    );
    expect(blob!.body).toContain('filename="file"\r\nContent-Type: text/plain\r\n\r\nx\r\n');
    expect(new Set(calls.map((c) => boundaryOf(c.headers))).size).toBe(3);
  });

  it('sends request_item_id after the name and before the file, parsed as a field by busboy', async () => {
    const { foyer, calls } = client();
    const item = 'rqi_0123456789abcdefghijklmnopqrstuv';
    await foyer.files.upload(PORTAL, new Blob(['%PDF-1.7']), { name: 'return.pdf', request_item_id: item });
    const call = calls[0]!;
    expect(text(call.bytes).indexOf('name="name"')).toBeLessThan(text(call.bytes).indexOf('name="request_item_id"'));
    expect(text(call.bytes).indexOf('name="request_item_id"')).toBeLessThan(text(call.bytes).indexOf('name="file"'));
    const { fields, files } = await parseMultipart(call.headers.get('content-type')!, call.bytes!);
    expect(fields).toEqual({ name: 'return.pdf', request_item_id: item });
    expect(files.map((f) => f.bytes.toString())).toEqual(['%PDF-1.7']);
  });

  it('never sends request_item_id with a version (a version re-submits its item by itself)', async () => {
    const { foyer, calls } = client();
    await foyer.versions.upload('fil_9', new Blob(['v2']), { request_item_id: 'rqi_0123456789abcdefghijklmnopqrstuv' } as never);
    expect(text(calls[0]!.bytes)).not.toContain('request_item_id');
  });

  it('streams a ReadableStream without Content-Length, or with the size it is given', async () => {
    const { foyer, calls } = client();
    const stream = () => new Blob(['abc', 'def']).stream();
    await foyer.files.upload(PORTAL, stream());
    await foyer.files.upload(PORTAL, stream(), { size: 6 });
    expect(calls[0]!.headers.get('content-length')).toBeNull();
    expect(text(calls[0]!.bytes)).toContain('\r\n\r\nabcdef\r\n--');
    expect(calls[1]!.headers.get('content-length')).toBe(String(calls[1]!.bytes!.length));
  });

  it('uploads a version the same way to /v1/files/{file_id}/versions', async () => {
    const { foyer, calls } = client();
    await foyer.versions.upload('fil_9', new Blob(['v2']), { name: 'v2.txt' });
    expect(calls[0]!.url.pathname).toBe('/v1/files/fil_9/versions');
    expect(text(calls[0]!.bytes)).toMatch(/name="name"\r\n\r\nv2\.txt\r\n.*filename="v2\.txt"/s);
  });

  it('refuses an input it cannot send, before any request', async () => {
    const { foyer, calls } = client();
    // @ts-expect-error a path is for @foyer/sdk/node
    await expect(foyer.files.upload(PORTAL, './a.pdf')).rejects.toThrow(/@foyer\/sdk\/node/);
    expect(calls).toHaveLength(0);
  });
});

describe('files.upload progress', () => {
  it('reports { loaded, total } from 0 to the size, chunk by chunk', async () => {
    const { foyer } = client();
    const events: UploadProgress[] = [];
    await foyer.files.upload(PORTAL, new Uint8Array(200 * 1024), { onProgress: (p) => events.push(p) });
    const total = 200 * 1024;
    expect(events).toEqual([0, 65536, 131072, 196608, total].map((loaded) => ({ loaded, total })));
  });

  it('reports a stream of unknown size with total undefined, ending at what was read', async () => {
    const { foyer } = client();
    const events: UploadProgress[] = [];
    await foyer.files.upload(PORTAL, new Blob(['abc', 'defg']).stream(), { onProgress: (p) => events.push(p) });
    expect(events[0]).toEqual({ loaded: 0, total: undefined });
    expect(events.at(-1)).toEqual({ loaded: 7, total: undefined });
  });

  it('reports an empty file as { loaded: 0, total: 0 }', async () => {
    const { foyer } = client();
    const events: UploadProgress[] = [];
    await foyer.files.upload(PORTAL, new Uint8Array(0), { onProgress: (p) => events.push(p) });
    expect(events).toEqual([{ loaded: 0, total: 0 }]);
  });
});

describe('files.upload retries', () => {
  it('retries bytes after a 503 with the same Idempotency-Key, the same body, and progress from 0 again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { foyer, calls } = client((_, i) => (i === 0 ? problem(503, 'service_unavailable') : json(201, fileFixture)));
      const events: number[] = [];
      const done = foyer.files.upload(PORTAL, new Uint8Array(70_000), { onProgress: (p) => events.push(p.loaded) });
      await vi.runAllTimersAsync();
      await expect(done).resolves.toEqual(fileFixture);
      expect(calls).toHaveLength(2);
      expect(calls[1]!.headers.get('idempotency-key')).toBe(calls[0]!.headers.get('idempotency-key'));
      expect(text(calls[1]!.bytes)).toBe(text(calls[0]!.bytes));
      expect(events).toEqual([0, 65536, 70_000, 0, 65536, 70_000]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a ReadableStream once: a 503 is thrown, not retried, though the key was sent', async () => {
    const { foyer, calls } = client(() => problem(503, 'service_unavailable'));
    const error = await foyer.files.upload(PORTAL, new Blob(['once']).stream(), { maxRetries: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers.get('idempotency-key')).toBeTruthy();
  });

  it('rejects with the source’s own error when the input stream fails, without retrying', async () => {
    const { foyer, calls } = client();
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new RangeError('disk on fire'));
      },
    });
    const error = await foyer.files.upload(PORTAL, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeError);
    expect(calls).toHaveLength(1);
  });
});

describe('files.upload timeout', () => {
  it('does not cut off a long upload that keeps moving: each chunk sent restarts the clock', async () => {
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
      const reader = (init.body as ReadableStream<Uint8Array>).getReader();
      while (!(await reader.read()).done) await new Promise((r) => setTimeout(r, 30));
      return json(201, fileFixture);
    };
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, timeout: 100, maxRetries: 0 });
    // 8 chunks at 30 ms each: ~300 ms in all, never 100 ms without progress.
    await expect(foyer.files.upload(PORTAL, new Uint8Array(7 * 64 * 1024))).resolves.toEqual(fileFixture);
  });

  it('times out an upload that stalls', async () => {
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
      const reader = (init.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    };
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch, timeout: 50, maxRetries: 0 });
    const error = await foyer.files.upload(PORTAL, new Uint8Array(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ code: 'timeout' });
  });
});

describe('files.upload in a browser', () => {
  class FakeXhr {
    static last: FakeXhr | undefined;
    method = '';
    url = '';
    headers: Record<string, string> = {};
    body: unknown;
    responseType = '';
    status = 0;
    statusText = '';
    response: unknown;
    upload: { onprogress?: (event: { loaded: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    ontimeout?: () => void;
    constructor() {
      FakeXhr.last = this;
    }
    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string): void {
      this.headers[name] = value;
    }
    getAllResponseHeaders(): string {
      return 'content-type: application/json\r\nx-request-id: req_xhr\r\n';
    }
    abort(): void {}
    send(body: Blob): void {
      this.body = body;
      // Progress as a browser reports it: bytes of the whole body, framing included.
      void body.text().then((sent) => {
        const head = sent.indexOf('xxx');
        for (const loaded of [0, head + 200, body.size]) this.upload.onprogress?.({ loaded });
        this.status = 201;
        this.response = new Blob([JSON.stringify(fileFixture)]);
        this.onload?.();
      });
    }
  }
  afterEach(() => vi.unstubAllGlobals());

  it('sends a Blob through XMLHttpRequest, as one Blob, with progress from xhr.upload', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const foyer = new Foyer({ baseUrl: 'https://api.test', sessionToken: 'cs_a.b' });
    const events: UploadProgress[] = [];
    const { data, requestId } = await foyer.files
      .upload(PORTAL, new File(['x'.repeat(500)], 'scan.pdf'), { onProgress: (p) => events.push(p) })
      .withResponse();
    const xhr = FakeXhr.last!;
    expect(data).toEqual(fileFixture);
    expect(requestId).toBe('req_xhr');
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`https://api.test/v1/portals/${PORTAL}/files`);
    expect(xhr.headers['authorization']).toBe('Bearer cs_a.b');
    expect(xhr.headers['content-length']).toBeUndefined();
    const body = await (xhr.body as Blob).text();
    expect(body).toMatch(/filename="scan\.pdf"\r\nContent-Type: application\/octet-stream\r\n\r\nx{500}\r\n--/);
    // Body bytes mapped to file bytes: neither the framing head nor the tail counts.
    expect(events).toEqual([0, 200, 500].map((loaded) => ({ loaded, total: 500 })));
  });

  it('sends a Blob body through an injected fetch instead, unstreamed', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.last = undefined;
    const { foyer, calls } = client();
    await foyer.files.upload(PORTAL, new Uint8Array([1, 2]));
    expect(FakeXhr.last).toBeUndefined();
    expect(calls[0]!.duplex).toBeUndefined();
    expect(calls[0]!.headers.get('content-length')).toBeNull();
    expect(text(calls[0]!.bytes)).toContain('\r\n\r\n\x01\x02\r\n--');
  });
});
