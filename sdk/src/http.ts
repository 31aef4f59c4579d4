import { ApiPromise } from './api-promise.ts';
import { compose, type FoyerResponse, type Handler, type Middleware } from './middleware.ts';
import { send } from './transport.ts';
import type { FetchLike, RequestOptions } from './request-options.ts';
import type { OperationTable } from './public-operations.ts';
import type { OperationId, ResponseBody } from './types.ts';
import type { SourceResolver, Upload, UploadSource } from './uploads.ts';

/** @internal What a resource method passes for one operation. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: object | undefined;
  body?: unknown;
  /** A multipart body, streamed instead of JSON. */
  upload?: Upload | undefined;
  /** Headers the operation itself sets (e.g. `Range`); undefined ones are left out. */
  headers?: Record<string, string | undefined>;
}

/** @internal The transport shared by a client's resource groups. */
export interface HttpSettings {
  baseUrl: string;
  fetch: FetchLike | undefined;
  timeout: number;
  maxRetries: number;
  /** `fetch`'s credentials mode; left to its default (`same-origin`) when undefined. */
  credentials?: RequestCredentials | undefined;
  middleware: readonly Middleware[];
  /** Turns upload inputs into byte sources (the Node entry's also takes paths and Readables). */
  source: SourceResolver;
  /** `METHOD /path` of each operation the client calls, in tables: `PublicFoyer`'s few, then its class's (operations.ts). */
  operations: readonly OperationTable[];
}

/** @internal Builds requests from operationIds and runs them through the middleware pipeline. */
export class Http {
  readonly #settings: HttpSettings;
  readonly #handler: Handler;

  constructor(settings: HttpSettings) {
    this.#settings = settings;
    this.#handler = compose(settings.middleware, send(settings.fetch, settings.credentials));
  }

  /** Calls one operation; resolves to its 2xx body. */
  request<K extends OperationId>(
    id: K,
    input: OperationInput | Promise<OperationInput> = {},
    options: RequestOptions = {},
  ): ApiPromise<ResponseBody<K>> {
    return new ApiPromise(
      this.#call(id, input, options, false).then(({ response, text, requestId }) => ({
        data: (text === '' ? undefined : JSON.parse(text)) as ResponseBody<K>,
        response,
        requestId,
      })),
    );
  }

  /** Calls one operation and leaves the 2xx response's body unread, for the caller to stream. */
  stream(id: OperationId, input: OperationInput, options: RequestOptions = {}): Promise<FoyerResponse> {
    return this.#call(id, input, options, true);
  }

  async #call(
    id: OperationId,
    pending: OperationInput | Promise<OperationInput>,
    options: RequestOptions,
    stream: boolean,
  ): Promise<FoyerResponse> {
    // Awaited first: throwing on an aborted signal before it would leave a failing input unhandled.
    const input = await pending;
    options.signal?.throwIfAborted();
    const entry = this.#settings.operations.find((table) => table[id])?.[id];
    if (!entry) throw new TypeError(`This client does not call ${id}: use a Foyer.`);
    const [method, path] = entry.split(' ') as [string, string];
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    for (const [name, value] of Object.entries(input.headers ?? {})) if (value !== undefined) headers.set(name, value);
    const { upload } = input;
    let body: string | Upload | undefined = upload;
    if (upload) {
      headers.set('Content-Type', upload.contentType);
    } else if (input.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(input.body);
    }
    return this.#handler({
      operationId: id,
      method,
      url: this.url(expandPath(path, input.path) + queryString(input.query)),
      headers,
      body,
      onSent: upload?.progress,
      stream,
      signal: options.signal,
      timeout: options.timeout ?? this.#settings.timeout,
      // A stream cannot be sent twice: only what can be replayed is retried.
      maxRetries: upload && !upload.replayable ? 0 : (options.maxRetries ?? this.#settings.maxRetries),
      idempotencyKey: options.idempotencyKey,
    });
  }

  /** The absolute URL of a path of the service. */
  url(path: string): string {
    return this.#settings.baseUrl + path;
  }

  /** Resolves an upload's input to its bytes (with `size` for a stream whose length the caller knows). */
  async source(input: unknown, size?: number): Promise<UploadSource> {
    return this.#settings.source(input, size);
  }
}

function expandPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    // An empty id would turn `DELETE /v1/portals/{id}` into a request on the collection.
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter ${name}.`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
