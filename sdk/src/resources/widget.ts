import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** The `<foyer-portal>` build this service serves (owner credentials). */
export class WidgetResource extends Resource {
  /**
   * The current widget build (`GET /v1/widget`, `getWidgetBuild`): its versioned `script_url`, the Subresource
   * Integrity hash and the `api_base` — what an embed snippet needs.
   */
  build(options?: RequestOptions): ApiPromise<ResponseBody<'getWidgetBuild'>> {
    return this.http.request('getWidgetBuild', {}, options);
  }
}
