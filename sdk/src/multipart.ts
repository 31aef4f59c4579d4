// Multipart uploads framed by hand around the caller's bytes, so a file is streamed and never held whole:
// the body is a small head (the optional `name` field, then the `file` part's headers), the source's
// chunks as they are read, and a closing tail.
import type { Http } from './http.ts';
import type { Upload, UploadOptions, UploadSource } from './uploads.ts';
import { xhrFetch } from './xhr.ts';

// Big enough to keep the syscall count down, small enough for fine-grained progress.
const CHUNK = 64 * 1024;

/** @internal The multipart body of an upload call (`files.upload()`, `versions.upload()`). */
export async function uploadBody(http: Http, input: unknown, options: UploadOptions): Promise<Upload> {
  return multipart(await http.source(input, options.size), options, options.onProgress);
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
    blobFetch: xhrFetch,
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
