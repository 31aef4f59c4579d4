import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage, ObjectNotFoundError, type ObjectStorage } from '../src/adapters/storage/index.ts';
import { loadConfig } from '../src/config.ts';
import { randomBase32 } from '../src/lib/ids.ts';
import { pendingMultipartUploads, s3TestEnv, S3_SKIP_REASON } from './support/s3.ts';

// One contract, every driver: what the service relies on from ObjectStorage.
const s3 = s3TestEnv();
if (!s3) console.warn(`S3 storage contract tests skipped: ${S3_SKIP_REASON}`);

const drivers: Array<[string, () => Promise<{ storage: ObjectStorage; cleanup: () => Promise<void> }>, boolean]> = [
  [
    'local disk',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'foyer-storage-'));
      return { storage: await createStorage({ driver: 'local', root: dir }), cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
    false,
  ],
  [
    's3',
    async () => {
      // Only the storage settings matter here: this process sends no mail.
      const config = loadConfig({ DATABASE_URL: 'postgres://unused/x', SECRET_KEY: 'x'.repeat(32), ...s3 }, { sendsMail: false });
      return { storage: await createStorage(config.storage), cleanup: async () => {} };
    },
    !s3,
  ],
];

describe.each(drivers)('ObjectStorage contract: %s', (name, make, skip) => {
  let storage: ObjectStorage;
  let cleanup: () => Promise<void>;
  const prefix = `portals/prt_contract${randomBase32(8)}`;

  beforeAll(async () => {
    if (skip) return;
    ({ storage, cleanup } = await make());
  });
  afterAll(async () => {
    if (skip) return;
    for await (const object of storage.list(prefix)) await storage.delete(object.key);
    await cleanup();
  });

  it.skipIf(skip).each([
    ['0 bytes', 0],
    ['1 byte', 1],
    ['5 MiB + 1 (multipart boundary)', 5 * 1024 * 1024 + 1],
    ['64 MiB', 64 * 1024 * 1024],
  ])('round-trips %s with an identical sha256', async (_label, size) => {
    const key = `${prefix}/${randomBase32(16)}`;
    const bytes = randomBytes(size);
    await storage.put(key, chunked(bytes));
    expect((await storage.head(key))?.size).toBe(size);
    const back = await collect(await storage.get(key));
    expect(sha256(back)).toBe(sha256(bytes));
  });

  it.skipIf(skip)('takes no property of the stream for its length', async () => {
    // A stream that happens to carry a number under a name an uploader reads as the body's length
    // (lib-storage reads byteLength, length, size, start/end): the bytes that flow are what counts.
    const key = `${prefix}/${randomBase32(16)}`;
    const bytes = randomBytes(2 * 8 * 1024 * 1024 + 1);
    const source = Object.assign(chunked(bytes), { size: 0, length: 1, start: 0, end: 0 });
    await storage.put(key, source);
    expect((await storage.head(key))?.size).toBe(bytes.length);
    expect(sha256(await collect(await storage.get(key)))).toBe(sha256(bytes));
  });

  it.skipIf(skip)('reads byte ranges', async () => {
    const key = `${prefix}/${randomBase32(16)}`;
    const bytes = randomBytes(100_000);
    await storage.put(key, Readable.from([bytes]));
    expect(await collect(await storage.get(key, { start: 0, end: 0 }))).toEqual(bytes.subarray(0, 1));
    expect(await collect(await storage.get(key, { start: 1000, end: 1999 }))).toEqual(bytes.subarray(1000, 2000));
    expect(await collect(await storage.get(key, { start: 99_990, end: 99_999 }))).toEqual(bytes.subarray(99_990));
  });

  it.skipIf(skip)('deletes, and deleting a missing object succeeds', async () => {
    const key = `${prefix}/${randomBase32(16)}`;
    await storage.put(key, Readable.from([Buffer.from('hello')]));
    await storage.delete(key);
    expect(await storage.head(key)).toBeUndefined();
    await storage.delete(key);
  });

  it.skipIf(skip)('reports a missing key', async () => {
    const key = `${prefix}/${randomBase32(16)}`;
    expect(await storage.head(key)).toBeUndefined();
    await expect(storage.get(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it.skipIf(skip)('leaves nothing when the source stream fails halfway', async () => {
    const key = `${prefix}/${randomBase32(16)}`;
    const source = new Readable({ read() {} });
    const done = storage.put(key, source);
    source.push(randomBytes(2 * 8 * 1024 * 1024 + 1)); // past two 8 MiB parts: a multipart upload is under way on S3
    await new Promise((r) => setTimeout(r, 300));
    source.destroy(new Error('client went away'));
    await expect(done).rejects.toThrow();
    expect(await storage.head(key)).toBeUndefined();
    const left: string[] = [];
    for await (const object of storage.list(prefix)) if (object.key.startsWith(key)) left.push(object.key);
    expect(left).toEqual([]);
    // Once put() has rejected, the store holds no part of it either (S3: no unfinished multipart upload).
    if (name === 's3') expect(await pendingMultipartUploads(s3!, key)).toEqual([]);
  });

  it.skipIf(skip)('lists objects under a prefix', async () => {
    const sub = `${prefix}/list-${randomBase32(6)}`;
    await storage.put(`${sub}/a`, Readable.from([Buffer.from('a')]));
    await storage.put(`${sub}/b`, Readable.from([Buffer.from('bb')]));
    const listed: Array<[string, number]> = [];
    for await (const object of storage.list(`${sub}/`)) listed.push([object.key, object.size]);
    expect(listed.sort()).toEqual([
      [`${sub}/a`, 1],
      [`${sub}/b`, 2],
    ]);
  });

  it.skipIf(skip)('lists by key prefix, as S3 does, not only a folder', async () => {
    const sub = `${prefix}/list-${randomBase32(6)}`;
    for (const key of [`${sub}/upl_1`, `${sub}/upl_1.previews/p.webp`, `${sub}/other`])
      await storage.put(key, Readable.from([Buffer.from('x')]));
    const listed: string[] = [];
    for await (const object of storage.list(`${sub}/upl_`)) listed.push(object.key);
    expect(listed.sort()).toEqual([`${sub}/upl_1`, `${sub}/upl_1.previews/p.webp`]);
  });
});

describe('local disk storage', () => {
  it('never lets a key escape its root', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'foyer-storage-'));
    await mkdir(join(dir, 'inner'));
    await writeFile(join(dir, 'secret'), 'x');
    const storage = await createStorage({ driver: 'local', root: join(dir, 'inner') });
    await expect(storage.get('../secret')).rejects.toThrow(/escapes/);
    await rm(dir, { recursive: true, force: true });
  });
});

function chunked(bytes: Buffer): Readable {
  const size = 256 * 1024;
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
