import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { OperationId, PathParams, ResponseBody } from '../types.ts';
import { framed } from '../multipart.ts';
import type { Upload, UploadProgress } from '../uploads.ts';
import { Resource } from './resource.ts';

type UploadId = PathParams<'getUploadOffset'>['upload_id'];

const EMPTY = new Uint8Array(0);

/**
 * The tus 1.0 requests of a resumable upload (`/v1/uploads`), one call each and never retried, for callers
 * that run the protocol themselves — `files.uploadResumable()` runs it for you. Read the answer's headers
 * (`Location`, `Upload-Offset`) with `.withResponse()`; the last `append` resolves to the file.
 */
export class UploadsResource extends Resource {
  /** What the endpoint supports: `Tus-Version`, `Tus-Extension`, `Tus-Max-Size` (`OPTIONS /v1/uploads`). */
  capabilities(options?: RequestOptions): ApiPromise<ResponseBody<'getUploadCapabilities'>> {
    return this.#tus('getUploadCapabilities', undefined, {}, undefined, options);
  }

  /**
   * Creates an upload of `length` bytes (`POST /v1/uploads`, `createUpload`); `metadata` is the tus
   * `Upload-Metadata` header: `portal_id` or `file_id`, optionally `request_item_id` and `filename`.
   */
  create(length: number, metadata: string, options?: RequestOptions): ApiPromise<ResponseBody<'createUpload'>> {
    return this.#tus('createUpload', undefined, { 'Upload-Length': String(length), 'Upload-Metadata': metadata }, undefined, options);
  }

  /** How many bytes the service holds (`HEAD /v1/uploads/{upload_id}`, `getUploadOffset`). */
  offset(uploadId: UploadId, options?: RequestOptions): ApiPromise<ResponseBody<'getUploadOffset'>> {
    return this.#tus('getUploadOffset', uploadId, {}, undefined, options);
  }

  /**
   * Sends `bytes` at `offset` (`PATCH /v1/uploads/{upload_id}`, `appendToUpload`), streamed, with progress
   * counted within these bytes. Resolves to the file when they were the last ones, else to nothing.
   */
  append(
    uploadId: UploadId,
    offset: number,
    bytes: Blob | Uint8Array,
    options: RequestOptions & { onProgress?: ((progress: UploadProgress) => void) | undefined } = {},
  ): ApiPromise<ResponseBody<'uploadFile'> | undefined> {
    const size = bytes instanceof Blob ? bytes.size : bytes.byteLength;
    const upload = framed(
      { size, replayable: true, open: () => bytes },
      EMPTY,
      EMPTY,
      'application/offset+octet-stream',
      options.onProgress,
    );
    return this.#tus('appendToUpload', uploadId, { 'Upload-Offset': String(offset) }, upload, options) as ApiPromise<
      ResponseBody<'uploadFile'> | undefined
    >;
  }

  /** Abandons an unfinished upload and its bytes (`DELETE /v1/uploads/{upload_id}`, `deleteUpload`). */
  delete(uploadId: UploadId, options?: RequestOptions): ApiPromise<ResponseBody<'deleteUpload'>> {
    return this.#tus('deleteUpload', uploadId, {}, undefined, options);
  }

  #tus<K extends OperationId>(
    id: K,
    uploadId: string | undefined,
    headers: Record<string, string>,
    upload: Upload | undefined,
    options: RequestOptions = {},
  ): ApiPromise<ResponseBody<K>> {
    const path = uploadId === undefined ? undefined : { upload_id: uploadId };
    return this.http.request(id, { path, headers: { 'Tus-Resumable': '1.0.0', ...headers }, upload }, { ...options, maxRetries: 0 });
  }
}
