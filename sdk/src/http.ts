import { ApiPromise, type ApiResult } from './api-promise.ts';
import { ConnectionError, errorFromResponse } from './errors.ts';
import { compose, type Handler, type Middleware } from './middleware.ts';
import { OPERATIONS } from './operations.ts';
import { Paginator, type ListPage } from './pagination.ts';
import type { OperationId, ResponseBody } from './types.ts';

/** A `fetch` implementation: the global one, or one you inject (tests, proxies, instrumentation). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options every SDK method accepts as its last argument. */
export interface RequestOptions {
  /** Aborts the call, retries and backoff included; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Milliseconds each attempt may take, reading the response included. Defaults to the client's. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Defaults to the client's (2). */
  maxRetries?: number | undefined;
  /** POST only: your own `Idempotency-Key`; by default each call gets a fresh UUID, kept across its retries. */
  idempotencyKey?: string | undefined;
  /** Extra request headers. */
  headers?: Record<string, string> | undefined;
}

/** @internal What a resource method passes for one operation. */
export interface OperationInput {
  path?: Record<string, string | number>;
  query?: object | undefined;
  body?: unknown;
}

/** @internal The transport shared by a client's resource groups. */
export interface HttpSettings {
  baseUrl: string;
  fetch: FetchLike | undefined;
  timeout: number;
  maxRetries: number;
  middleware: readonly Middleware[];
}

/** @internal Builds requests from operationIds and runs them through the middleware pipeline. */
export class Http {
  readonly #settings: HttpSettings;
  readonly #handler: Handler;

  constructor(settings: HttpSettings) {
    this.#settings = settings;
    this.#handler = compose(settings.middleware, send(settings.fetch));
  }

  /** Calls one operation; resolves to its 2xx body. */
  request<K extends OperationId>(id: K, input: OperationInput = {}, options: RequestOptions = {}): ApiPromise<ResponseBody<K>> {
    return new ApiPromise(this.#call(id, input, options));
  }

  /** Calls a list operation lazily, page after page. */
  paginate<K extends OperationId>(
    id: K,
    input: OperationInput,
    options: RequestOptions = {},
  ): Paginator<ResponseBody<K> & ListPage> {
    const query = (input.query ?? {}) as { cursor?: string };
    return new Paginator(
      (cursor) => this.request(id, { ...input, query: { ...query, cursor } }, options) as PromiseLike<ResponseBody<K> & ListPage>,
      query.cursor,
    );
  }

  async #call<T>(id: OperationId, input: OperationInput, options: RequestOptions): Promise<ApiResult<T>> {
    const { method, path } = OPERATIONS[id];
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    let body: string | undefined;
    if (input.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(input.body);
    }
    options.signal?.throwIfAborted();
    const { response, text, requestId } = await this.#handler({
      operationId: id,
      method,
      url: this.#settings.baseUrl + expandPath(path, input.path) + queryString(input.query),
      headers,
      body,
      signal: options.signal,
      timeout: options.timeout ?? this.#settings.timeout,
      maxRetries: options.maxRetries ?? this.#settings.maxRetries,
      idempotencyKey: options.idempotencyKey,
    });
    return { data: (text === '' ? undefined : JSON.parse(text)) as T, response, requestId };
  }
}

/** The innermost handler: one fetch, the body read, a non-2xx turned into the matching error. */
function send(fetchImpl: FetchLike | undefined): Handler {
  return async (request) => {
    let response: Response;
    let text: string;
    try {
      // Looked up per call, not at construction, so a global fetch installed later (or mocked) is used.
      const f = fetchImpl ?? globalThis.fetch;
      response = await f(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: request.signal ?? null,
      });
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) throw error; // the timeout middleware tells a timeout from an abort
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectionError(`Could not reach ${request.url}: ${reason}`, { code: 'connection_failed', cause: error });
    }
    if (!response.ok) throw errorFromResponse(response.status, response.headers, text);
    return { response, text, requestId: response.headers.get('x-request-id') ?? undefined };
  };
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
