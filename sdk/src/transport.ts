import { ConnectionError, errorFromResponse } from './errors.ts';
import type { FetchLike } from './request-options.ts';
import type { Handler } from './middleware.ts';

/**
 * The innermost handler: one fetch, the body read (unless the request streams it), a non-2xx turned
 * into the matching error.
 *
 * Uploads are streamed bodies (`duplex: 'half'`) with a `Content-Length` when the size is known — except
 * in browsers, which stream request bodies only in some engines and never report their progress: there a
 * Blob or bytes go as one Blob through XMLHttpRequest (the browser reads the file from disk as it sends).
 */
export function send(fetchImpl: FetchLike | undefined, credentials?: RequestCredentials): Handler {
  return async (request) => {
    const { body: upload, onSent = () => {} } = request;
    let response: Response;
    let text = '';
    try {
      // Looked up per call, not at construction, so a global fetch installed later (or mocked) is used.
      let f = fetchImpl ?? globalThis.fetch;
      const init: RequestInit & { duplex?: 'half' } = {
        method: request.method,
        headers: request.headers,
        body: typeof upload === 'string' ? upload : null,
        signal: request.signal ?? null,
      };
      if (credentials) init.credentials = credentials;
      if (typeof upload === 'object') {
        const body = upload.open(typeof XMLHttpRequest === 'function', onSent);
        init.body = body;
        if (body instanceof Blob) {
          if (!fetchImpl) f = upload.blobFetch(onSent);
        } else {
          // fetch sends a stream chunked; a known length lets the service refuse an oversized file at once.
          if (upload.length !== undefined) request.headers.set('Content-Length', String(upload.length));
          init.duplex = 'half';
          // Following redirects makes fetch clone the request, teeing a stream body whose unread branch
          // then keeps every chunk: Node 20's fetch held a whole 1 GiB upload in memory that way
          // (nodejs/undici#4058). A stream cannot follow a redirect anyway, and the service sends none.
          init.redirect = 'error';
        }
      }
      response = await f(request.url, init);
      if (!request.stream || !response.ok) text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) throw error; // the timeout middleware tells a timeout from an abort
      // The caller's own stream or file failed: that is their error, not the network's (and not retried).
      if (typeof upload === 'object' && upload.failure) throw upload.failure.error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectionError(`Could not reach ${request.url}: ${reason}`, { code: 'connection_failed', cause: error });
    }
    if (!response.ok) throw errorFromResponse(response.status, response.headers, text);
    return { response, text, requestId: response.headers.get('x-request-id') ?? undefined };
  };
}
