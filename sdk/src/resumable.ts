// A small tus 1.0 client (core, creation, termination) for `files.uploadResumable()`: it creates an upload,
// sends the bytes in PATCHes from the offset the service holds, and after any failure asks that offset again
// (HEAD) and goes on from there. Our own rather than tus-js-client, to stay within the SDK's size budget.
import { ConflictError, ConnectionError, FoyerError } from './errors.ts';
import type { Http } from './http.ts';
import type { RequestOptions } from './request-options.ts';
import { UploadsResource } from './resources/uploads.ts';
import { sleep } from './retry.ts';
import type { UploadProgress, UploadSource } from './uploads.ts';

/** Options of `files.uploadResumable()`. */
export interface ResumableUploadOptions extends Pick<RequestOptions, 'timeout' | 'headers'> {
  /** The display name. Defaults to the input's own name (a `File`'s, a path's last segment). */
  name?: string | undefined;
  /** Attaches the file to this item of one of the portal's document requests (`rqi_…`), as `files.upload()`. */
  request_item_id?: string | undefined;
  /**
   * Called as bytes leave, with `loaded` counted from the start of the file: a resumed upload starts at the
   * offset the service holds. After a failure it may step back to the bytes the service really got.
   */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /**
   * Stops the upload; the promise rejects with the signal's reason. The bytes stay on the service until the
   * upload expires, so it can go on later from {@link ResumableUpload.url}. To drop them, call `abort()`.
   */
  signal?: AbortSignal | undefined;
  /** Goes on with the upload at this URL (one a previous `url` gave) instead of creating a new one. */
  uploadUrl?: string | undefined;
  /** Called once the service has created the upload, with the URL to store for resuming it later. */
  onUploadUrl?: ((url: string) => void) | undefined;
  /** Bytes per PATCH request. Default: the whole rest of the file in one request. */
  chunkSize?: number | undefined;
  /**
   * Milliseconds to wait before each retry after a network error, a timeout, 409 (the offset moved), 423
   * (locked), 429 or a 5xx; their count is the number of retries. Any progress starts the count again, and a
   * browser that is offline waits to be online without spending one. Default 0, 1, 3, 5, 10, 20, 30 and 60 s.
   */
  retryDelays?: readonly number[] | undefined;
}

/**
 * What `files.uploadResumable()` takes: what can be read again from any offset — a `Blob` or `File`, or bytes.
 * `@foyer/sdk/node` also takes a file path. Not a stream: it cannot be read again from an offset.
 */
export type ResumableInput = Blob | Uint8Array | ArrayBuffer;

/** Where a resumable upload goes: a portal (a new file) or an existing file (a new version). */
export type ResumableTarget = string | { file_id: string };

const DEFAULT_RETRY_DELAYS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000];

/**
 * A running resumable upload: await it (or `then`) for the file; `pause()`, `resume()`, `abort()`; `url` to
 * store for going on after a reload or a crash.
 */
export class ResumableUpload<T> implements PromiseLike<T> {
  readonly #done: Promise<T>;
  readonly #http: Http;
  readonly #tus: UploadsResource;
  readonly #options: ResumableUploadOptions;
  readonly #stop = new AbortController();
  /** The upload's id (`upl_…`), once created or given. */
  #id: string | undefined;
  #attempt: AbortController | undefined;
  #paused = false;
  #wake: (() => void) | undefined;

  /** @internal */
  constructor(http: Http, target: ResumableTarget, input: unknown, options: ResumableUploadOptions) {
    this.#http = http;
    this.#tus = new UploadsResource(http);
    this.#options = options;
    const { signal } = options;
    this.#id = options.uploadUrl && idOf(options.uploadUrl);
    const stop = (): void => this.#halt(signal?.reason);
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    this.#done = http
      .source(input)
      .then((source) => this.#run(target, source))
      .finally(() => signal?.removeEventListener('abort', stop));
    // Nobody may be listening yet (an upload started and stored for later): never an unhandled rejection.
    this.#done.catch(() => {});
  }

  /**
   * The upload's URL once the service created it (or the `uploadUrl` given): store it to resume later. Always
   * on this client's `baseUrl`: only the upload's id is taken from the service's `Location` or a stored URL, so
   * the credential never goes anywhere else.
   */
  get url(): string | undefined {
    return this.#id && this.#http.url(`/v1/uploads/${this.#id}`);
  }

  /** Whether the upload is paused. */
  get paused(): boolean {
    return this.#paused;
  }

  /** Stops sending (the request under way is cut); `resume()` goes on from what the service got. */
  pause(): void {
    this.#paused = true;
    this.#attempt?.abort();
  }

  /** Goes on after `pause()`, from the offset the service holds. */
  resume(): void {
    this.#paused = false;
    this.#wake?.();
  }

  /**
   * Stops the upload and deletes what the service holds of it (tus termination); the promise rejects with
   * an `AbortError`. Resolves once the service has dropped it.
   */
  async abort(): Promise<void> {
    this.#halt(new DOMException('The upload was aborted.', 'AbortError'));
    await this.#done.catch(() => {});
    if (!this.#id) return;
    const { timeout, headers } = this.#options;
    try {
      await this.#tus.delete(this.#id, { timeout, headers });
    } catch (error) {
      // Already gone (expired, deleted) or already a file: nothing left to drop.
      if (!gone(error) && (error as FoyerError).code !== 'upload_completed') throw error;
    }
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#done.then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#done.catch(onRejected);
  }

  #halt(reason: unknown): void {
    if (this.#stop.signal.aborted) return;
    this.#stop.abort(reason);
    this.#attempt?.abort();
    this.#wake?.();
  }

  async #run(target: ResumableTarget, source: UploadSource): Promise<T> {
    const tus = this.#tus;
    const options = this.#options;
    const { size, slice } = source;
    if (!slice || size === undefined) throw new TypeError('Resumable uploads read from any offset: pass a Blob, bytes or (Node) a path.');
    const chunkSize = options.chunkSize! > 0 ? options.chunkSize! : Infinity;
    const delays = options.retryDelays ?? DEFAULT_RETRY_DELAYS;
    const stop = this.#stop.signal;
    const progress = (loaded: number): void => options.onProgress?.({ loaded, total: size });
    let offset = 0;
    let failures = 0;
    let ask = this.#id !== undefined; // the offset must be read from the service first
    for (;;) {
      while (this.#paused && !stop.aborted) await new Promise<void>((resolve) => (this.#wake = resolve));
      stop.throwIfAborted();
      const attempt = (this.#attempt = new AbortController());
      const call = { ...options, signal: attempt.signal };
      try {
        if (!this.#id) {
          const meta = metadata(target, options.name ?? source.filename, options.request_item_id);
          const { response } = await tus.create(size, meta, call).withResponse();
          this.#id = idOf(response.headers.get('location') ?? '');
          offset = 0;
          options.onUploadUrl?.(this.url!);
        } else if (ask) {
          let head;
          try {
            head = await tus.offset(this.#id, call).withResponse();
          } catch (error) {
            // Expired or removed: start again, as a new upload.
            if (!gone(error)) throw error;
            this.#id = undefined;
            continue;
          }
          offset = readOffset(head.response, 0, size);
          progress(offset);
        }
        ask = true;
        // A PATCH even when the service already holds every byte: the one at the end answers with the file.
        for (;;) {
          const start = offset;
          const end = Math.min(size, start + chunkSize);
          const onProgress = ({ loaded }: UploadProgress): void => progress(start + loaded);
          const sent = await tus.append(this.#id, start, slice(start, end), { ...call, onProgress }).withResponse();
          // A PATCH with bytes that moves nothing would be sent forever: it is an error.
          offset = readOffset(sent.response, start + Math.min(1, end - start), size);
          if (offset > start) failures = 0;
          if (offset === size) return sent.data as T;
        }
      } catch (error) {
        if (stop.aborted) throw stop.reason;
        if (attempt.signal.aborted) continue; // pause() cut this attempt
        const delay = retryable(error) ? delays[failures++] : undefined;
        if (delay === undefined) throw error;
        await sleep(delay * (1 - Math.random() * 0.25), stop);
        await online(stop);
      }
    }
  }
}

/** The network failed, or the service asks to try again: 408, 409 (offset moved), 423 (locked), 429, 5xx. */
function retryable(error: unknown): boolean {
  if (error instanceof ConnectionError) return true;
  const status = error instanceof FoyerError ? error.status : undefined;
  if (status === undefined) return false;
  // Other 409s (the item was accepted meanwhile, the upload is a file already) will not go away.
  if (error instanceof ConflictError) return error.code === 'upload_offset_mismatch' || error.code === 'idempotency_in_progress';
  return status === 408 || status === 423 || status === 429 || status >= 500;
}

/** The upload is no more (expired, deleted): 404 or 410. */
const gone = (error: unknown): boolean => error instanceof FoyerError && (error.status === 404 || error.status === 410);

/** `Upload-Offset` of a response, checked to lie between what was already sent and the whole size. */
function readOffset(response: Response, min: number, size: number): number {
  const value = response.headers.get('upload-offset') ?? '';
  const offset = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!(offset >= min && offset <= size))
    throw new FoyerError(`Bad Upload-Offset: ${value}`, { status: response.status, code: 'http_error' });
  return offset;
}

/** The upload id at the end of an upload URL or `Location` (`…/v1/uploads/upl_…`). */
function idOf(url: string): string {
  const id = /\/v1\/uploads\/(upl_[0-9a-z]{32})$/.exec(url)?.[1];
  if (!id) throw new TypeError(`Not an upload URL: ${url}`);
  return id;
}

/** tus `Upload-Metadata`: `key base64(value)` pairs, comma-separated, values in UTF-8. */
function metadata(target: ResumableTarget, filename: string | undefined, requestItemId: string | undefined): string {
  const pairs: Array<[string, string | undefined]> = [
    typeof target === 'string' ? ['portal_id', target] : ['file_id', target.file_id],
    ['filename', filename],
    ['request_item_id', requestItemId],
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key} ${btoa(Array.from(new TextEncoder().encode(value), (b) => String.fromCharCode(b)).join(''))}`)
    .join(',');
}

/** In a browser that says it is offline, waits until it is back online (or the upload stops). */
async function online(stop: AbortSignal): Promise<void> {
  const scope = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>> & { navigator?: { onLine?: boolean } };
  while (scope.navigator?.onLine === false && scope.addEventListener && !stop.aborted) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        scope.removeEventListener!('online', done);
        stop.removeEventListener('abort', done);
        resolve();
      };
      scope.addEventListener!('online', done);
      stop.addEventListener('abort', done, { once: true });
    });
  }
  stop.throwIfAborted();
}
