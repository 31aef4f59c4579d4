// What uploads take and the sources their bytes come from (the bodies are framed in multipart.ts).
import type { FetchLike, RequestOptions } from './request-options.ts';

/**
 * What `files.upload()` and `versions.upload()` take: a `Blob` or `File` (a browser's file input or
 * drop, Node's `fs.openAsBlob()`), bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`) or a web
 * `ReadableStream` of bytes. `@foyer/sdk/node` also takes a file path and a Node `Readable`.
 */
export type UploadInput = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

/** How far an upload has come: `loaded` bytes of the file sent, of `total` when the size is known. */
export interface UploadProgress {
  loaded: number;
  total: number | undefined;
}

/** Options of `files.upload()` and `versions.upload()`, besides the usual per-call ones. */
export interface UploadOptions extends RequestOptions {
  /**
   * The display name, sent as the `name` field before the file. Defaults to the input's own name (a
   * `File`'s, a path's last segment); the service sanitises it either way.
   */
  name?: string | undefined;
  /**
   * `files.upload()` only: attaches the file to this item of one of the portal's document requests (`rqi_…`),
   * sent as the `request_item_id` field before the file. The item becomes `submitted`; a type outside its
   * `allowed_types` is refused (415 `file_type_not_allowed`) and nothing is stored.
   */
  request_item_id?: string | undefined;
  /**
   * Called as the file's bytes leave: `{ loaded: 0, total }` when an attempt starts, then after each
   * chunk, ending at `loaded === total`. A retried upload starts again from 0.
   */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /**
   * A stream's exact length in bytes, when you know it: then it is sent as `Content-Length` and is the
   * progress `total`. (Blobs, bytes and file paths know their size.)
   */
  size?: number | undefined;
}

/** @internal Bytes to upload, whatever form they came in. */
export interface UploadSource {
  size: number | undefined;
  filename?: string | undefined;
  type?: string | undefined;
  /** Whether `open()` may be called again, for a retry. */
  replayable: boolean;
  /** The bytes for one attempt. */
  open(): Blob | Uint8Array | ReadableStream<Uint8Array>;
  /** Bytes `start` to `end`, for sources that can be read from any offset (resumable uploads); not streams. */
  slice?: ((start: number, end: number) => Blob | Uint8Array) | undefined;
}

/** @internal Turns any upload input into a source; the Node entry adds paths and `Readable`s. */
export type SourceResolver = (input: unknown, size: number | undefined) => UploadSource | Promise<UploadSource>;

/** @internal The multipart body of one upload call, opened afresh by each attempt. */
export interface Upload {
  readonly contentType: string;
  /** The whole body's length, when the file's size is known. */
  readonly length: number | undefined;
  readonly replayable: boolean;
  /**
   * Opens the body for an attempt: a `Blob` when `asBlob` and the source is not a stream (browsers send
   * Blobs through XMLHttpRequest, the one way they report upload progress), otherwise a stream that
   * calls `sent` with the running count of body bytes as the transport pulls them.
   */
  open(asBlob: boolean, sent: (bytes: number) => void): Blob | ReadableStream<Uint8Array>;
  /** Maps a running count of body bytes sent to the caller's progress events (passed around unbound). */
  readonly progress: (bytes: number) => void;
  /** What the source threw while being read in the current attempt, if it threw (boxed: it may throw anything). */
  readonly failure: { error: unknown } | undefined;
  /**
   * The `fetch` that sends a Blob body reporting its progress (over XMLHttpRequest, in browsers): carried by the
   * upload, so a client that never uploads (`PublicFoyer`) leaves it out of its bundle.
   */
  readonly blobFetch: (sent: (bytes: number) => void) => FetchLike;
}

/** @internal The browser-safe inputs. */
export const toSource: SourceResolver = (input, size) => {
  if (input instanceof Blob) {
    const blob = input;
    const name = (blob as { name?: unknown }).name;
    return {
      size: blob.size,
      filename: typeof name === 'string' ? name : undefined,
      type: blob.type,
      replayable: true,
      open: () => blob,
      slice: (start, end) => blob.slice(start, end),
    };
  }
  if (input instanceof ArrayBuffer || input instanceof Uint8Array) {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input); // a view, not a copy
    return { size: bytes.byteLength, replayable: true, open: () => bytes, slice: (start, end) => bytes.subarray(start, end) };
  }
  if (input instanceof ReadableStream) return streamSource(input as ReadableStream<Uint8Array>, size);
  throw new TypeError(
    'Upload a Blob, a File, a Uint8Array, an ArrayBuffer or a ReadableStream (file paths and Readables: @foyer/sdk/node).',
  );
};

/** @internal A stream can be read once: the upload is not retried. */
export function streamSource(stream: ReadableStream<Uint8Array>, size: number | undefined, filename?: string): UploadSource {
  let opened = false;
  return {
    size,
    filename,
    replayable: false,
    open() {
      if (opened) throw new TypeError('This upload’s stream was already read.');
      opened = true;
      return stream;
    },
  };
}
