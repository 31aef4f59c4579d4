// Multipart uploads framed by hand around the caller's bytes, so a file is streamed and never held whole:
// the body is a small head (the optional `name` field, then the `file` part's headers), the source's
// chunks as they are read, and a closing tail.
import type { RequestOptions } from './request-options.ts';

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
}

// Big enough to keep the syscall count down, small enough for fine-grained progress.
const CHUNK = 64 * 1024;

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

/** The form fields sent before the file part, in this order, when given. */
type UploadFields = Pick<UploadOptions, 'name' | 'request_item_id'>;

/** @internal Frames `source` as `multipart/form-data`: the optional fields, then the `file` part. */
export function multipart(source: UploadSource, fields: UploadFields, onProgress: UploadOptions['onProgress']): Upload {
  const { name } = fields;
  const boundary = `----FoyerSdk${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const filename = source.filename || name || 'file';
  // The quoted filename is the fallback for parsers that do not read RFC 5987's `filename*`.
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const type = source.type && /^[\x21-\x7e][\x20-\x7e]*$/.test(source.type) ? source.type : 'application/octet-stream';
  let text = '';
  for (const field of ['name', 'request_item_id'] as const) {
    const value = fields[field];
    if (value !== undefined) text += `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`;
  }
  text += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${ascii}"`;
  if (ascii !== filename) text += `; filename*=UTF-8''${encodeRfc5987(filename)}`;
  text += `\r\nContent-Type: ${type}\r\n\r\n`;
  const encoder = new TextEncoder();
  return framed(
    source,
    encoder.encode(text),
    encoder.encode(`\r\n--${boundary}--\r\n`),
    `multipart/form-data; boundary=${boundary}`,
    onProgress,
  );
}

/**
 * @internal The body of one request: `head`, the source's bytes, `tail`, opened afresh by each attempt. The
 * multipart upload frames the file part this way; a resumable upload's chunk has no head or tail.
 */
export function framed(
  source: UploadSource,
  head: Uint8Array<ArrayBuffer>,
  tail: Uint8Array<ArrayBuffer>,
  contentType: string,
  onProgress: UploadOptions['onProgress'],
): Upload {
  const { size } = source;

  let read = 0; // file bytes read in this attempt
  let last = -1; // the last `loaded` reported
  let failure: { error: unknown } | undefined;
  return {
    contentType,
    length: size === undefined ? undefined : head.length + size + tail.length,
    replayable: source.replayable,
    get failure() {
      return failure;
    },
    progress: (bytes) => {
      const loaded = Math.min(Math.max(0, bytes - head.length), read);
      if (loaded === last) return;
      last = loaded;
      onProgress?.({ loaded, total: size });
    },
    open(asBlob, sent) {
      const body = source.open();
      read = 0;
      failure = undefined;
      if (asBlob && !(body instanceof ReadableStream)) {
        read = body instanceof Blob ? body.size : body.byteLength;
        sent(0);
        return new Blob([head, body as BlobPart, tail]);
      }
      // Chunks larger than CHUNK (bytes given whole, or a Blob stream that yields everything at once) go
      // out in CHUNK-sized views, so progress and the timeout's heartbeat keep ticking.
      let pending = body instanceof Uint8Array ? body : undefined;
      const reader = body instanceof Uint8Array ? undefined : (body instanceof Blob ? body.stream() : body).getReader();
      const next = async (): Promise<Uint8Array | undefined> => {
        if (!pending?.byteLength) pending = reader && (await reader.read()).value;
        const chunk = pending?.subarray(0, CHUNK);
        pending = pending?.subarray(CHUNK);
        return chunk;
      };
      let started = false;
      // Pull-based with no queue of its own: a chunk is read from the source only when the transport
      // asks for one, so a fast disk never piles up in memory ahead of a slow network.
      return new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            if (!started) {
              started = true;
              // A pull that enqueues nothing is not called again: without a head, go on to the first chunk.
              if (head.byteLength) {
                controller.enqueue(head);
                return sent(head.length);
              }
            }
            let chunk: Uint8Array | undefined;
            try {
              do chunk = await next();
              while (chunk?.byteLength === 0);
            } catch (error) {
              failure = { error };
              throw error;
            }
            if (chunk) {
              read += chunk.byteLength;
              controller.enqueue(chunk);
              return sent(head.length + read);
            }
            if (tail.byteLength) controller.enqueue(tail);
            controller.close();
            sent(head.length + read + tail.length);
          },
          cancel: (reason) => reader?.cancel(reason),
        },
        { highWaterMark: 0 },
      );
    },
  };
}

// RFC 5987 attr-chars stay; everything else is percent-encoded UTF-8 (encodeURIComponent leaves ' ( ) * too).
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
