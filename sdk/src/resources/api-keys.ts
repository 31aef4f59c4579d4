import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** The workspace's API keys (an API key or an owner's session; `staff` get `owner_role_required`). */
export class ApiKeysResource extends Resource {
  /** Lists the live keys, newest first, never their secrets (`GET /v1/api-keys`, `listApiKeys`). */
  list(query?: QueryParams<'listApiKeys'>, options?: RequestOptions): Paginator<ResponseBody<'listApiKeys'>> {
    return paginate(this.http, 'listApiKeys', { query }, options);
  }

  /**
   * Creates a key (`POST /v1/api-keys`, `createApiKey`). The answer's `api_key` (`sk_…`) is shown this once.
   * @example `const { api_key } = await foyer.apiKeys.create({ name: 'billing sync' })`
   */
  create(body: RequestBody<'createApiKey'>, options?: RequestOptions): ApiPromise<ResponseBody<'createApiKey'>> {
    return this.http.request('createApiKey', { body }, options);
  }

  /** Revokes a key at once (`DELETE /v1/api-keys/{api_key_id}`, `revokeApiKey`); its next request is a 401. */
  revoke(apiKeyId: PathParams<'revokeApiKey'>['api_key_id'], options?: RequestOptions): ApiPromise<ResponseBody<'revokeApiKey'>> {
    return this.http.request('revokeApiKey', { path: { api_key_id: apiKeyId } }, options);
  }
}
