import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UploadDigests } from './upload-digests.ts';

const MiB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (length: number, seed = 1) => {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed * 7 + (i >> 8)) & 0xff;
  return out;
};

/** Feeds `bytes` in `chunk`-sized pieces through a tap at `offset`, as a store would read them. */
async function write(digests: UploadDigests, id: string, offset: number, bytes: Buffer, chunk = 64 * 1024) {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.subarray(i, i + chunk));
  const tap = digests.tap(id, offset, Readable.from(pieces));
  if (!tap) return undefined;
  const seen: Buffer[] = [];
  for await (const piece of tap.stream) seen.push(piece as Buffer);
  return { tap, seen };
}

describe('UploadDigests', () => {
  it('hashes writes that follow one another, and answers only for the exact length', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const bytes = bytesOf(3 * MiB + 5000);
    const first = await write(digests, 'u', 0, bytes.subarray(0, MiB + 17));
    expect(Buffer.concat(first!.seen).equals(bytes.subarray(0, MiB + 17))).toBe(true);
    expect(digests.peek('u', MiB + 17)).toBeUndefined(); // the write has not settled yet
    first!.tap.settle(MiB + 17);
    expect(digests.peek('u', MiB + 17)?.sha256).toBe(sha256(bytes.subarray(0, MiB + 17)));
    (await write(digests, 'u', MiB + 17, bytes.subarray(MiB + 17)))!.tap.settle(bytes.length);
    const digest = digests.peek('u', bytes.length)!;
    expect(digest.sha256).toBe(sha256(bytes));
    expect(digest.head.equals(bytes.subarray(0, 4100))).toBe(true);
    expect(digests.peek('u', bytes.length - 1)).toBeUndefined();
    expect(digests.peek('u', bytes.length)?.sha256).toBe(sha256(bytes)); // peeking keeps it
    digests.drop('u');
    expect(digests.peek('u', bytes.length)).toBeUndefined();
  });

  it('keeps the first bytes of a small upload whole', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const bytes = bytesOf(3000);
    (await write(digests, 's', 0, bytes.subarray(0, 10), 3))!.tap.settle(10);
    (await write(digests, 's', 10, bytes.subarray(10), 7))!.tap.settle(3000);
    expect(digests.peek('s', 3000)).toEqual({ sha256: sha256(bytes), head: bytes });
  });

  it('goes back to the end of a chunk the store kept when a write was cut (a disk store)', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const bytes = bytesOf(2 * MiB);
    const cut = await write(digests, 'd', 0, bytes.subarray(0, MiB + 300_000), 50_000);
    // The store wrote all but the last two chunks it was given (the chunks end at 50,000 × n).
    cut!.tap.settle(1_250_000);
    expect(digests.peek('d', 1_250_000)?.sha256).toBe(sha256(bytes.subarray(0, 1_250_000)));
    (await write(digests, 'd', 1_250_000, bytes.subarray(1_250_000)))!.tap.settle(bytes.length);
    expect(digests.peek('d', bytes.length)?.sha256).toBe(sha256(bytes));
  });

  it('goes back to the start of the last whole part when a write was cut (an S3 store)', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const bytes = bytesOf(20 * MiB + 99);
    (await write(digests, 'p', 0, bytes.subarray(0, 10 * MiB + 1)))!.tap.settle(10 * MiB + 1);
    // The next write started where the store was, then the connection was cut: S3 keeps only whole 8 MiB parts.
    (await write(digests, 'p', 10 * MiB + 1, bytes.subarray(10 * MiB + 1, 15 * MiB)))!.tap.settle(8 * MiB);
    expect(digests.peek('p', 8 * MiB)?.sha256).toBe(sha256(bytes.subarray(0, 8 * MiB)));
    expect(digests.peek('p', 8 * MiB)?.head.equals(bytes.subarray(0, 4100))).toBe(true);
    (await write(digests, 'p', 8 * MiB, bytes.subarray(8 * MiB)))!.tap.settle(bytes.length);
    expect(digests.peek('p', bytes.length)?.sha256).toBe(sha256(bytes));
  });

  it('goes back below the first bytes when the store kept fewer than those', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const bytes = bytesOf(10_000);
    (await write(digests, 'h', 0, bytes.subarray(0, 8000), 1000))!.tap.settle(2000);
    (await write(digests, 'h', 2000, bytes.subarray(2000), 1000))!.tap.settle(10_000);
    expect(digests.peek('h', 10_000)).toEqual({ sha256: sha256(bytes), head: bytes.subarray(0, 4100) });
  });

  it('forgets an upload when the store holds an offset it has no state for, or when it cannot say', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const bytes = bytesOf(4 * MiB);
    (await write(digests, 'a', 0, bytes, MiB / 2))!.tap.settle(3 * MiB - 7);
    expect(digests.size).toBe(0);
    expect(digests.tap('a', 3 * MiB - 7, Readable.from([]))).toBeUndefined();
    (await write(digests, 'b', 0, bytes))!.tap.settle(undefined);
    expect(digests.size).toBe(0);
  });

  it('forgets an upload that another process wrote to (a gap) or that starts elsewhere than 0', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    (await write(digests, 'g', 0, bytesOf(1000)))!.tap.settle(1000);
    expect(digests.tap('g', 5000, Readable.from([bytesOf(10)]))).toBeUndefined();
    expect(digests.peek('g', 1000)).toBeUndefined();
    expect(digests.tap('n', 10, Readable.from([bytesOf(10)]))).toBeUndefined();
    expect(digests.size).toBe(0);
  });

  it('fails the stream it hands the store when the source fails', async () => {
    const digests = new UploadDigests({ idleMs: 60_000 });
    const source = new Readable({ read() {} });
    const tap = digests.tap('e', 0, source)!;
    source.push(bytesOf(100));
    source.destroy(new Error('connection cut'));
    await expect(
      (async () => {
        for await (const _ of tap.stream) void _;
      })(),
    ).rejects.toThrow('connection cut');
  });

  it('keeps at most maxUploads, the least recently written dropped first, and drops idle ones', async () => {
    const digests = new UploadDigests({ idleMs: 60_000, maxUploads: 2 });
    for (const id of ['x', 'y', 'z']) (await write(digests, id, 0, bytesOf(10)))!.tap.settle(10);
    expect([digests.peek('x', 10), digests.peek('y', 10), digests.peek('z', 10)].map(Boolean)).toEqual([false, true, true]);
    const idle = new UploadDigests({ idleMs: -1 });
    (await write(idle, 'old', 0, bytesOf(10)))!.tap.settle(10);
    (await write(idle, 'new', 0, bytesOf(10)))!.tap.settle(10);
    expect([idle.peek('old', 10), idle.peek('new', 10)].map(Boolean)).toEqual([false, true]);
  });
});
