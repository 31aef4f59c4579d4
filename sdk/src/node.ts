// The Node entry of @foyer/sdk (`@foyer/sdk/node`): everything of the browser-safe entry, with a `Foyer`
// whose uploads also take a file path or a Node `Readable`.
import type { ApiPromise } from './api-promise.ts';
import { Foyer as BaseFoyer } from './client.ts';
import { nodeSource, type NodeUploadInput } from './node-sources.ts';
import type { FilesResource } from './resources/files.ts';
import type { VersionsResource } from './resources/versions.ts';
import type { PathParams, ResponseBody } from './types.ts';
import type { ResumableInput, ResumableUpload, ResumableUploadOptions } from './resumable.ts';
import type { UploadOptions, UploadSource } from './uploads.ts';

export * from './index.ts';
export type { NodeUploadInput } from './node-sources.ts';

/** `foyer.files` from `@foyer/sdk/node`: uploads also take a file path or a Node `Readable`. */
export interface NodeFilesResource extends FilesResource {
  /**
   * {@link FilesResource.upload}, plus a file path (streamed from disk, retried when it fails) or a Node
   * `Readable` (streamed, sent once; pass `{ size }` when you know it).
   * @example `await foyer.files.upload(portal.id, './2026-return.pdf', { onProgress: console.log })`
   */
  upload(
    portalId: PathParams<'uploadFile'>['portal_id'],
    input: NodeUploadInput,
    options?: UploadOptions,
  ): ApiPromise<ResponseBody<'uploadFile'>>;
  /**
   * {@link FilesResource.uploadResumable}, plus a file path (read from disk at each offset; a file that
   * changes meanwhile fails the upload rather than sending other bytes).
   * @example `await foyer.files.uploadResumable(portal.id, './cut-v3.mov', { onProgress: console.log })`
   */
  uploadResumable(
    target: PathParams<'uploadFile'>['portal_id'] | { file_id: PathParams<'uploadFileVersion'>['file_id'] },
    input: ResumableInput | string,
    options?: ResumableUploadOptions,
  ): ResumableUpload<ResponseBody<'uploadFile'>>;
}

/** `foyer.versions` from `@foyer/sdk/node`: uploads also take a file path or a Node `Readable`. */
export interface NodeVersionsResource extends VersionsResource {
  /** {@link VersionsResource.upload}, plus a file path or a Node `Readable`, as {@link NodeFilesResource.upload}. */
  upload(
    fileId: PathParams<'uploadFileVersion'>['file_id'],
    input: NodeUploadInput,
    options?: UploadOptions,
  ): ApiPromise<ResponseBody<'uploadFileVersion'>>;
}

/**
 * The Foyer API client for Node: the same as `@foyer/sdk`'s, and uploads also take a file path or a Node
 * `Readable`, streamed from disk or from the stream without holding the file in memory.
 *
 * ```ts
 * import { Foyer } from '@foyer/sdk/node';
 * const foyer = new Foyer({ baseUrl: process.env.FOYER_URL!, apiKey: process.env.FOYER_API_KEY });
 * await foyer.files.upload(portalId, '/srv/returns/2026-dana.pdf');
 * ```
 */
export class Foyer extends BaseFoyer {
  declare readonly files: NodeFilesResource;
  declare readonly versions: NodeVersionsResource;

  /** @internal */
  protected override async toUploadSource(input: unknown, size: number | undefined): Promise<UploadSource> {
    return (await nodeSource(input, size)) ?? super.toUploadSource(input, size);
  }
}
