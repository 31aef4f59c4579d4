import type { ApiPromise } from '../api-promise.ts';
import { uploadBody } from '../multipart.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, ResponseBody } from '../types.ts';
import type { UploadInput, UploadOptions } from '../uploads.ts';
import { Resource } from './resource.ts';

type FileId = PathParams<'listFileVersions'>['file_id'];

/** A file's numbered versions. Download one with `foyer.files.download(fileId, { version })`. */
export class VersionsResource extends Resource {
  /**
   * Lists a file's versions, newest first (`GET /v1/files/{file_id}/versions`, `listFileVersions`).
   * @example `const [latest] = await foyer.versions.list(file.id).toArray({ limit: 1 })`
   */
  list(fileId: FileId, query?: QueryParams<'listFileVersions'>, options?: RequestOptions): Paginator<ResponseBody<'listFileVersions'>> {
    return paginate(this.http, 'listFileVersions', { path: { file_id: fileId }, query }, options);
  }

  /**
   * Uploads a new version of a file, which becomes its current version and supersedes pending approval
   * requests (`POST /v1/files/{file_id}/versions`, `uploadFileVersion`). Takes the same inputs and
   * options as {@link FilesResource.upload}, streamed the same way; resolves to the file.
   * @example `const file = await foyer.versions.upload(file.id, bytes, { onProgress: console.log })`
   */
  upload(
    fileId: FileId,
    input: UploadInput,
    options: Omit<UploadOptions, 'request_item_id'> = {},
  ): ApiPromise<ResponseBody<'uploadFileVersion'>> {
    // `request_item_id` belongs to `files.upload()`: a new version re-submits the item its file is attached to.
    const upload = uploadBody(this.http, input, { ...options, request_item_id: undefined }).then((body) => ({
      path: { file_id: fileId },
      upload: body,
    }));
    return this.http.request('uploadFileVersion', upload, options);
  }
}
