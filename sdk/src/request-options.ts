// What every request can be given, by the client (`fetch`) or per call (the options argument). Its own file,
// below http.ts, so the transport, uploads and resources can name these types without importing http.ts back.

/** A `fetch` implementation: the global one, or one you inject (tests, proxies, instrumentation). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options every SDK method accepts as its last argument. */
export interface RequestOptions {
  /** Aborts the call, retries and backoff included; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds each attempt may take, reading the response included. Defaults to the client's. For
   * uploads it bounds silence rather than the whole transfer (each chunk sent restarts it); for downloads,
   * the wait for the response headers.
   */
  timeout?: number | undefined;
  /** Retries after the first attempt. Defaults to the client's (2). */
  maxRetries?: number | undefined;
  /** POST only: your own `Idempotency-Key`; by default each call gets a fresh UUID, kept across its retries. */
  idempotencyKey?: string | undefined;
  /** Extra request headers. */
  headers?: Record<string, string> | undefined;
}
