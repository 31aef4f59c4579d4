import { ApiPromise } from '../api-promise.ts';
import {
  contentInfo,
  rangeHeader,
  download,
  type ContentOptions,
  type Download,
  type DownloadOptions,
  type FileContentInfo,
} from '../downloads.ts';
import { uploadBody } from '../multipart.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { ResumableUpload, type ResumableInput, type ResumableUploadOptions } from '../resumable.ts';
import type { UploadInput, UploadOptions } from '../uploads.ts';
import { Resource } from './resource.ts';

type PortalId = PathParams<'listFiles'>['portal_id'];
type FileId = PathParams<'getFile'>['file_id'];

/**
 * Files in a portal, as a client may use them (`ClientFoyer`'s `files`): streamed uploads, metadata, streamed
 * downloads, previews. Versions are `foyer.versions`; {@link FilesResource} adds renaming and deleting.
 */
export class ClientFilesResource extends Resource {
  /**
   * Uploads a file into a portal (`POST /v1/portals/{portal_id}/files`, `uploadFile`), streamed as
   * `multipart/form-data`: a Blob, a File, bytes or a web `ReadableStream` (and, from `@foyer/sdk/node`, a
   * file path or a Node `Readable`). Nothing is buffered whole.
   *
   * Retried like any POST (same `Idempotency-Key`) when the input can be sent again — a Blob, bytes or a
   * path; a stream is sent once (`maxRetries` is 0 for it). The `timeout` bounds silence, not the
   * transfer: each chunk sent restarts it.
   * @example
   * ```ts
   * const file = await foyer.files.upload(portal.id, input.files[0], {
   *   onProgress: ({ loaded, total }) => (bar.value = loaded / (total ?? loaded)),
   * });
   * ```
   * @throws {@link ApiError} 413 `file_too_large` when the file is over the service's limit.
   */
  upload(portalId: PortalId, input: UploadInput, options: UploadOptions = {}): ApiPromise<ResponseBody<'uploadFile'>> {
    const upload = uploadBody(this.http, input, options).then((body) => ({ path: { portal_id: portalId }, upload: body }));
    return this.http.request('uploadFile', upload, options);
  }

  /**
   * Uploads a file that survives a dropped connection, over the tus 1.0 protocol (`/v1/uploads`): a portal id
   * makes a new file, `{ file_id }` a new version. The bytes go in PATCHes; after a network error, a timeout
   * or a 5xx the upload asks the service how much it holds and goes on from there, with backoff
   * (`retryDelays`). `pause()`, `resume()` and `abort()` (which deletes what was sent) on the handle; store
   * its `url` (or hear `onUploadUrl`) to go on after a reload with `{ uploadUrl }`. The file appears only
   * once every byte is in, checked like `files.upload()`.
   *
   * Takes what can be read again from any offset: a Blob, a File or bytes (and, from `@foyer/sdk/node`, a
   * file path) — not a stream; send a stream with `files.upload()`.
   * @example
   * ```ts
   * const upload = foyer.files.uploadResumable(portal.id, input.files[0], {
   *   uploadUrl: localStorage.getItem(key) ?? undefined,
   *   onUploadUrl: (url) => localStorage.setItem(key, url),
   *   onProgress: ({ loaded, total }) => (bar.value = loaded / (total ?? loaded)),
   * });
   * pauseButton.onclick = () => upload.pause();
   * const file = await upload;
   * ```
   * @throws {@link ApiError} 413 `file_too_large` when the file is over the service's limit.
   */
  uploadResumable(
    target: PortalId | { file_id: FileId },
    input: ResumableInput,
    options: ResumableUploadOptions = {},
  ): ResumableUpload<ResponseBody<'uploadFile'>> {
    return new ResumableUpload(this.http, target, input, options);
  }

  /**
   * Lists a portal's files, newest first (`GET /v1/portals/{portal_id}/files`, `listFiles`).
   * @example `for await (const file of foyer.files.list(portal.id, { uploaded_by: 'member' })) console.log(file.name)`
   */
  list(portalId: PortalId, query?: QueryParams<'listFiles'>, options?: RequestOptions): Paginator<ResponseBody<'listFiles'>> {
    return paginate(this.http, 'listFiles', { path: { portal_id: portalId }, query }, options);
  }

  /**
   * Reads a file's metadata and current version (`GET /v1/files/{file_id}`, `getFile`).
   * @throws {@link NotFoundError} when there is no such file for the caller.
   */
  get(fileId: FileId, options?: RequestOptions): ApiPromise<ResponseBody<'getFile'>> {
    return this.http.request('getFile', { path: { file_id: fileId } }, options);
  }

  /**
   * Downloads a version's bytes as a stream (`GET /v1/files/{file_id}/content`, `downloadFile`), with its
   * size, type, filename, ETag and sha256. Nothing is buffered: read the stream or cancel it. `range`
   * asks for a slice (a 206; see `range` in the answer). The `timeout` bounds the wait for the response
   * headers only; stop a running download with `signal`.
   * @example
   * ```ts
   * const { stream, filename } = await foyer.files.download(file.id); // Node:
   * await pipeline(Readable.fromWeb(stream), createWriteStream(filename ?? 'download'));
   * ```
   * @throws {@link ApiError} 416 `range_not_satisfiable` when `range` lies outside the bytes.
   */
  download(fileId: FileId, options: DownloadOptions = {}): ApiPromise<Download> {
    const { version, range, ifRange, ...rest } = options;
    const input = { path: { file_id: fileId }, query: { version }, headers: { Range: rangeHeader(range), 'If-Range': ifRange } };
    return download(this.http, 'downloadFile', input, rest, version);
  }

  /**
   * A version's previews (`GET /v1/files/{file_id}/previews`, `listFilePreviews`): `status` is `pending` until
   * the service has rendered them, then `ready` with a thumbnail and the pages (an image, or a PDF's first
   * pages), `failed` with a `reason`, or `unsupported`. Poll while `pending`.
   */
  previews(
    fileId: FileId,
    query?: QueryParams<'listFilePreviews'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'listFilePreviews'>> {
    return this.http.request('listFilePreviews', { path: { file_id: fileId }, query }, options);
  }

  /**
   * One preview image as a stream, like a download (`GET /v1/files/{file_id}/previews/{preview_id}`,
   * `getFilePreview`): an `<img>` cannot send the session's token, so read it into a Blob for
   * `URL.createObjectURL()`.
   * @example `const url = URL.createObjectURL(await new Response((await foyer.files.previewImage(file.id, page.id)).stream).blob())`
   */
  previewImage(fileId: FileId, previewId: string, options?: RequestOptions): ApiPromise<Download> {
    return download(this.http, 'getFilePreview', { path: { file_id: fileId, preview_id: previewId } }, options);
  }

  /**
   * What a download would carry — size, type, filename, ETag, sha256 — without the bytes
   * (`HEAD /v1/files/{file_id}/content`, `headFileContent`).
   */
  head(fileId: FileId, options: ContentOptions = {}): ApiPromise<FileContentInfo> {
    const { version, ...rest } = options;
    return new ApiPromise(
      this.http
        .stream('headFileContent', { path: { file_id: fileId }, query: { version }, headers: { Accept: '*/*' } }, rest)
        .then(({ response, requestId }) => ({ data: contentInfo(response, version), response, requestId })),
    );
  }
}

/** Files in a portal (`Foyer`'s `files`): a client's calls, and the owner's renaming and deleting. */
export class FilesResource extends ClientFilesResource {
  /**
   * Renames a file (`PATCH /v1/files/{file_id}`, `updateFile`). The service sanitises the name.
   * @example `await foyer.files.update(file.id, { name: '2026 return (final).pdf' })`
   */
  update(fileId: FileId, body: RequestBody<'updateFile'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateFile'>> {
    return this.http.request('updateFile', { path: { file_id: fileId }, body }, options);
  }

  /** Deletes a file and every version's bytes (`DELETE /v1/files/{file_id}`, `deleteFile`). */
  delete(fileId: FileId, options?: RequestOptions): ApiPromise<ResponseBody<'deleteFile'>> {
    return this.http.request('deleteFile', { path: { file_id: fileId } }, options);
  }
}
