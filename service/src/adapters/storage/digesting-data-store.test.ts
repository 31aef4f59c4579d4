import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { Upload } from '@tus/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestingDataStore } from './digesting-data-store.ts';
import { UploadDigests } from './upload-digests.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Chunks of `bytes`, then (when `fail`) an error instead of the end: a connection cut mid-body. */
function body(bytes: Buffer, chunk: number, fail = false): Readable {
  let at = 0;
  return new Readable({
    read() {
      if (at < bytes.length) {
        this.push(bytes.subarray(at, at + chunk));
        at += chunk;
      } else if (fail) this.destroy(new Error('connection reset'));
      else this.push(null);
    },
  });
}

describe('DigestingDataStore over a real FileStore', () => {
  let directory: string;
  let digests: UploadDigests;
  let store: DigestingDataStore;
  const bytes = Buffer.alloc(3 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'foyer-digesting-'));
    digests = new UploadDigests({ idleMs: 60_000 });
    store = new DigestingDataStore(new FileStore({ directory }), digests);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const create = (id: string) => store.create(new Upload({ id, size: bytes.length, offset: 0 }));

  it('digests what the store holds after a write that failed mid-body, and goes on from there', async () => {
    await create('cut');
    await expect(store.write(body(bytes.subarray(0, 2_000_000), 16_384, true), 'cut', 0)).rejects.toBeDefined();
    const kept = (await store.getUpload('cut')).offset;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(2_000_000);
    // What the store kept — whatever it was — is what the digest covers.
    expect(digests.peek('cut', kept)?.sha256).toBe(sha256(bytes.subarray(0, kept)));
    expect(await store.write(body(bytes.subarray(kept), 65_536), 'cut', kept)).toBe(bytes.length);
    expect(digests.peek('cut', bytes.length)?.sha256).toBe(sha256(bytes));
    expect(sha256(await readFile(join(directory, 'cut')))).toBe(sha256(bytes));
  });

  it('forgets an upload it removes', async () => {
    await create('gone');
    await store.write(body(bytes.subarray(0, 1000), 100), 'gone', 0);
    expect(digests.peek('gone', 1000)).toBeDefined();
    await store.remove('gone');
    expect(digests.peek('gone', 1000)).toBeUndefined();
  });

  it('passes a write it cannot follow straight to the store', async () => {
    await create('late');
    await store.write(body(bytes.subarray(0, 1000), 100), 'late', 0);
    digests.drop('late'); // as after a restart
    expect(await store.write(body(bytes.subarray(1000, 5000), 100), 'late', 1000)).toBe(5000);
    expect(digests.peek('late', 5000)).toBeUndefined();
    expect((await store.getUpload('late')).offset).toBe(5000);
  });
});
