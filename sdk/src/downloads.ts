import { ApiPromise } from './api-promise.ts';
import type { Http, OperationInput } from './http.ts';
import type { RequestOptions } from './request-options.ts';
import type { OperationId } from './types.ts';

/** Options of `files.head()`. */
export interface ContentOptions extends RequestOptions {
  /** The version number; the file's current version when left out. */
  version?: number | undefined;
}

/** Options of `files.download()`. */
export interface DownloadOptions extends ContentOptions {
  /**
   * Only these bytes: `{ start, end? }` (inclusive, as in HTTP; `end` defaults to the last byte) or a raw
   * `Range` header value such as `'bytes=-500'` (the last 500 bytes). The answer's `range` says what came.
   */
  range?: { start: number; end?: number | undefined } | string | undefined;
  /**
   * With `range`: an `etag` from an earlier download. If the version's bytes changed since, the service
   * sends all of them (and `range` is undefined) instead of a slice of something else.
   */
  ifRange?: string | undefined;
}

/** What `files.head()` tells about a version's bytes without sending them. */
export interface FileContentInfo {
  /** Bytes in this response: the whole version, or the requested range. */
  size: number | undefined;
  /** The type the service serves the bytes as (active types such as HTML come as octet-stream). */
  contentType: string | undefined;
  /** The display name, from `Content-Disposition` (`filename*`, UTF-8, when present). */
  filename: string | undefined;
  /** The version's ETag, e.g. for `ifRange`. */
  etag: string | undefined;
  /** The version's sha256 (hex), read from the ETag; compare it with the bytes you received. */
  sha256: string | undefined;
  /** The version asked for; `undefined` means the file's current version. */
  version: number | undefined;
}

/** A byte range of a version: `start` to `end` inclusive, of `total` bytes. */
export interface ContentRange {
  start: number;
  end: number;
  total: number | undefined;
}

/** A download: the bytes as a stream, read as you go, with what the response said about them. */
export interface Download extends FileContentInfo {
  /**
   * The bytes. Nothing is buffered: read it (or pipe it, e.g. `Readable.fromWeb(stream)` in Node) or
   * `cancel()` it — an unread stream holds its connection open.
   */
  stream: ReadableStream<Uint8Array>;
  /** For a partial answer (206) to `range`: which bytes came. */
  range: ContentRange | undefined;
}

/** @internal The `Range` header for a download's `range` option. */
export function rangeHeader(range: DownloadOptions['range']): string | undefined {
  if (range === undefined || typeof range === 'string') return range;
  return `bytes=${range.start}-${range.end ?? ''}`;
}

/** @internal Reads a content response's headers. */
export function contentInfo(response: Response, version: number | undefined): FileContentInfo {
  const headers = response.headers;
  const length = headers.get('content-length');
  const etag = headers.get('etag') ?? undefined;
  return {
    size: length === null ? undefined : Number(length),
    contentType: headers.get('content-type') ?? undefined,
    filename: dispositionFilename(headers.get('content-disposition')),
    etag,
    sha256: /^"([0-9a-f]{64})"$/.exec(etag ?? '')?.[1],
    version,
  };
}

/** @internal A download from a 200 or 206 response whose body is unread. */
export function toDownload(response: Response, version?: number): Download {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
  return {
    ...contentInfo(response, version),
    stream: response.body ?? new Blob().stream(),
    range:
      response.status === 206 && match
        ? { start: Number(match[1]), end: Number(match[2]), total: match[3] === '*' ? undefined : Number(match[3]) }
        : undefined,
  };
}

/**
 * The filename of a `Content-Disposition` header: RFC 5987's `filename*` (UTF-8 or ISO-8859-1,
 * percent-encoded) when present, otherwise the quoted or bare `filename`.
 */
export function dispositionFilename(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /;\s*filename\*\s*=\s*([\w-]*)'[^']*'([^;\s]*)/i.exec(header);
  if (extended) {
    const [, charset = '', value = ''] = extended;
    try {
      if (/^utf-8$/i.test(charset)) return decodeURIComponent(value);
      return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    } catch {
      // Malformed percent-encoding: fall back to the plain filename.
    }
  }
  const plain = /;\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  return plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]) : undefined;
}

/** @internal Calls a content operation and answers its bytes as a {@link Download} (files, archives, exports). */
export function download(
  http: Http,
  id: OperationId,
  input: OperationInput,
  options: RequestOptions | undefined,
  version?: number,
): ApiPromise<Download> {
  return new ApiPromise(
    http
      .stream(id, { ...input, headers: { Accept: '*/*', ...input.headers } }, options)
      .then(({ response, requestId }) => ({ data: toDownload(response, version), response, requestId })),
  );
}
