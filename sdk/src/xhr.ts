import type { FetchLike } from './request-options.ts';

/**
 * A `fetch` over XMLHttpRequest, for uploads in browsers: `xhr.upload.onprogress` is the only upload
 * progress they report. `onSent` hears the running count of body bytes sent.
 */
export function xhrFetch(onSent: (bytes: number) => void): FetchLike {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const signal = init.signal;
      const onAbort = (): void => {
        xhr.abort();
        reject(signal?.reason);
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      xhr.open(init.method ?? 'GET', url);
      xhr.responseType = 'blob';
      // Browsers set Content-Length themselves and refuse (with a console warning) to be told it.
      new Headers(init.headers).forEach((value, name) => name !== 'content-length' && xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => onSent(event.loaded);
      xhr.onload = () => {
        signal?.removeEventListener('abort', onAbort);
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
        resolve(new Response(empty ? null : (xhr.response as Blob), { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = xhr.ontimeout = () => {
        signal?.removeEventListener('abort', onAbort);
        reject(new TypeError('Network request failed'));
      };
      xhr.send(init.body as XMLHttpRequestBodyInit);
    });
}
