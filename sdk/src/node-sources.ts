// Upload sources only Node has: files on disk and Node streams. Imported by the Node entry alone, so the
// browser bundle never sees `node:` modules.
import { createReadStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { streamSource, type UploadInput, type UploadSource } from './uploads.ts';

/**
 * What uploads take from `@foyer/sdk/node`: everything {@link UploadInput} takes, a file path, or a Node
 * `Readable` (any async iterable of bytes — a generator works too).
 */
export type NodeUploadInput = UploadInput | string | AsyncIterable<Uint8Array | string>;

// Read a file in chunks of this size: fewer, larger reads are faster, and still only this much is held.
const FILE_CHUNK = 256 * 1024;

/** @internal The source for a path or a Node stream; `undefined` for the browser-safe inputs. */
export async function nodeSource(input: unknown, size: number | undefined): Promise<UploadSource | undefined> {
  if (typeof input === 'string') {
    // Stat first: a missing file fails here, before any request, with Node's own ENOENT error.
    const info = await stat(input);
    if (!info.isFile()) throw new TypeError(`Not a file: ${input}`);
    // A Blob backed by the file, read only when sliced, for resumable uploads (which read from an offset).
    // A file that changes under it fails the read (NotReadableError) rather than sending other bytes.
    const blob = await openAsBlob(input);
    return {
      size: info.size,
      filename: basename(input),
      replayable: true,
      open: () => fromAsyncIterable(() => createReadStream(input, { highWaterMark: FILE_CHUNK })),
      slice: (start, end) => blob.slice(start, end),
    };
  }
  // A web ReadableStream is async-iterable in Node too; the browser-safe resolver takes it as it is.
  if (typeof input === 'object' && input !== null && Symbol.asyncIterator in input && !(input instanceof ReadableStream)) {
    const path = (input as { path?: unknown }).path; // an fs.ReadStream knows its file's name
    const iterable = input as AsyncIterable<Uint8Array | string>;
    return streamSource(
      fromAsyncIterable(() => iterable),
      size,
      typeof path === 'string' ? basename(path) : undefined,
    );
  }
  return undefined;
}

/**
 * A web stream over an async iterable, pulled one chunk at a time (the iterable's own backpressure holds).
 * `open` runs on the first read, so a file is not opened for an attempt that never sends its body.
 * Cancelling it calls the iterator's `return()`, which destroys a Node stream (and closes its file).
 */
function fromAsyncIterable(open: () => AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Uint8Array | string> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= open()[Symbol.asyncIterator]();
        const result = await iterator.next();
        if (result.done) controller.close();
        else controller.enqueue(typeof result.value === 'string' ? Buffer.from(result.value) : result.value);
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
