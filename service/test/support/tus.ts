import type { ObjectStorage } from '../../src/adapters/storage/index.ts';
import type { TestContext } from './context.ts';
import { pendingMultipartUploads } from './s3.ts';

// tus 1.0 over plain fetch, for the service's resumable upload tests (the SDK's own client is tested in sdk/).

/** tus `Upload-Metadata`: `key base64(value)` pairs. */
export function tusMetadata(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

const TUS = { 'Tus-Resumable': '1.0.0' };

/** A tus client of one caller against the test app. */
export function tusClient(ctx: Pick<TestContext, 'fetch'>, token: string) {
  return {
    create(
      length: number,
      metadata: Record<string, string | undefined>,
      init: { headers?: Record<string, string>; body?: Uint8Array } = {},
    ) {
      return ctx.fetch('/v1/uploads', {
        apiKey: token,
        method: 'POST',
        headers: {
          ...TUS,
          'Upload-Length': String(length),
          'Upload-Metadata': tusMetadata(metadata),
          ...(init.body ? { 'Content-Type': 'application/offset+octet-stream' } : {}),
          ...init.headers,
        },
        ...(init.body ? { body: new Uint8Array(init.body) } : {}),
      });
    },
    /** Creates an upload and answers its path (`/v1/uploads/upl_…`). */
    async start(length: number, metadata: Record<string, string | undefined>): Promise<string> {
      const res = await this.create(length, metadata);
      if (res.status !== 201) throw new Error(`creation: ${res.status} ${await res.text()}`);
      return res.headers.get('location')!;
    },
    patch(path: string, offset: number, bytes: Uint8Array, headers: Record<string, string> = {}) {
      return ctx.fetch(path, {
        apiKey: token,
        method: 'PATCH',
        headers: { ...TUS, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream', ...headers },
        body: new Uint8Array(bytes),
      });
    },
    head(path: string) {
      return ctx.fetch(path, { apiKey: token, method: 'HEAD', headers: TUS });
    },
    delete(path: string) {
      return ctx.fetch(path, { apiKey: token, method: 'DELETE', headers: TUS });
    },
  };
}

/** An unfinished upload of `apiKey`'s into the portal, for tests that need an `upl_…` path parameter. */
export async function seedUpload(ctx: TestContext, apiKey: string, portalId: string): Promise<string> {
  const path = await tusClient(ctx, apiKey).start(10, { portal_id: portalId, filename: 'seed.bin' });
  return path.split('/').pop()!;
}

/**
 * Everything the tus store holds of upload `id`, by key: its object and its record (`uploads/<id>…` on disk;
 * `<id>`, `<id>.info`, `<id>.part` on S3) and, on S3 (`s3` given), its multipart uploads still open
 * (`multipart:<id>`, which hold parts no object shows). A finished upload leaves its object only: the
 * version's blob.
 */
export async function storeLeftovers(storage: ObjectStorage, s3: Record<string, string> | undefined, id: string): Promise<string[]> {
  const prefix = s3 ? id : `uploads/${id}`;
  const keys: string[] = [];
  for await (const object of storage.list(s3 ? id : 'uploads/')) if (object.key.startsWith(prefix)) keys.push(object.key);
  if (s3) keys.push(...(await pendingMultipartUploads(s3, id)).map((k) => `multipart:${k}`));
  return keys;
}
