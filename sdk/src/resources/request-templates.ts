import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type TemplateId = PathParams<'getRequestTemplate'>['request_template_id'];

/** Owner: reusable lists of items, applied to many portals in one call. */
export class RequestTemplatesResource extends Resource {
  /** Lists the workspace's templates by name (`GET /v1/request-templates`, `listRequestTemplates`). */
  list(query?: QueryParams<'listRequestTemplates'>, options?: RequestOptions): Paginator<ResponseBody<'listRequestTemplates'>> {
    return paginate(this.http, 'listRequestTemplates', { query }, options);
  }

  /**
   * Saves a template (`POST /v1/request-templates`, `createRequestTemplate`).
   * @example `const template = await foyer.requestTemplates.create({ name: '2026 tax documents', items: [{ title: 'Receipts', multiple: true }] })`
   */
  create(body: RequestBody<'createRequestTemplate'>, options?: RequestOptions): ApiPromise<ResponseBody<'createRequestTemplate'>> {
    return this.http.request('createRequestTemplate', { body }, options);
  }

  /** Reads a template (`GET /v1/request-templates/{request_template_id}`, `getRequestTemplate`). */
  get(templateId: TemplateId, options?: RequestOptions): ApiPromise<ResponseBody<'getRequestTemplate'>> {
    return this.http.request('getRequestTemplate', { path: { request_template_id: templateId } }, options);
  }

  /** Renames a template or changes its message or items (`PATCH /v1/request-templates/{request_template_id}`, `updateRequestTemplate`). */
  update(
    templateId: TemplateId,
    body: RequestBody<'updateRequestTemplate'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'updateRequestTemplate'>> {
    return this.http.request('updateRequestTemplate', { path: { request_template_id: templateId }, body }, options);
  }

  /** Deletes a template; requests made from it stay (`DELETE /v1/request-templates/{request_template_id}`, `deleteRequestTemplate`). */
  delete(templateId: TemplateId, options?: RequestOptions): ApiPromise<ResponseBody<'deleteRequestTemplate'>> {
    return this.http.request('deleteRequestTemplate', { path: { request_template_id: templateId } }, options);
  }

  /**
   * Gives each listed portal its own request from the template, in one call
   * (`POST /v1/request-templates/{request_template_id}/apply`, `applyRequestTemplate`). Each portal gets the whole
   * request or nothing; the answer has one result per portal (`created`, `exists` or `failed`), so a call
   * repeated after a failure fills in only what is missing.
   * @example
   * ```ts
   * const { counts } = await foyer.requestTemplates.apply(template.id, { portal_ids, due_at: '2027-03-15T17:00:00Z' });
   * ```
   */
  apply(
    templateId: TemplateId,
    body: RequestBody<'applyRequestTemplate'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'applyRequestTemplate'>> {
    return this.http.request('applyRequestTemplate', { path: { request_template_id: templateId }, body }, options);
  }
}
