import type { ApiPromise } from '../api-promise.ts';
import { download, type Download } from '../downloads.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { RequestOptions } from '../request-options.ts';
import type { PathParams, QueryParams, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type ExportId = PathParams<'getExport'>['export_id'];

/**
 * Exports (owners): a zip of a portal or of the whole workspace — every file version, members, comments,
 * approvals, requests and the hash-chained event trail with a script to verify it — written by a job, then
 * downloadable for 7 days.
 */
export class ExportsResource extends Resource {
  /** Queues an export of one portal (`POST /v1/portals/{portal_id}/exports`, `createPortalExport`). */
  createForPortal(
    portalId: PathParams<'createPortalExport'>['portal_id'],
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'createPortalExport'>> {
    return this.http.request('createPortalExport', { path: { portal_id: portalId } }, options);
  }

  /** Queues an export of the whole workspace (`POST /v1/workspace/exports`, `createWorkspaceExport`). */
  createForWorkspace(options?: RequestOptions): ApiPromise<ResponseBody<'createWorkspaceExport'>> {
    return this.http.request('createWorkspaceExport', {}, options);
  }

  /** Lists exports, newest first (`GET /v1/workspace/exports`, `listExports`). */
  list(query?: QueryParams<'listExports'>, options?: RequestOptions): Paginator<ResponseBody<'listExports'>> {
    return paginate(this.http, 'listExports', { query }, options);
  }

  /** An export's status and progress (`GET /v1/workspace/exports/{export_id}`, `getExport`): poll until `ready`. */
  get(exportId: ExportId, options?: RequestOptions): ApiPromise<ResponseBody<'getExport'>> {
    return this.http.request('getExport', { path: { export_id: exportId } }, options);
  }

  /**
   * A ready export's zip as a stream (`GET /v1/workspace/exports/{export_id}/content`, `downloadExport`).
   * @throws {@link ApiError} 409 `export_not_ready` before it is ready.
   */
  download(exportId: ExportId, options?: RequestOptions): ApiPromise<Download> {
    return download(this.http, 'downloadExport', { path: { export_id: exportId } }, options);
  }
}
