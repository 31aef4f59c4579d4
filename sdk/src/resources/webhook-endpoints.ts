import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type EndpointId = PathParams<'deleteWebhookEndpoint'>['endpoint_id'];

/**
 * The workspace's webhook endpoints (owner credentials). Deliveries are signed per Standard Webhooks:
 * check them with `verifyWebhook(body, headers, secret)`.
 */
export class WebhookEndpointsResource extends Resource {
  /**
   * Lists the endpoints, newest first (`GET /v1/webhook-endpoints`, `listWebhookEndpoints`). Secrets are not shown.
   */
  list(query?: QueryParams<'listWebhookEndpoints'>, options?: RequestOptions): Paginator<ResponseBody<'listWebhookEndpoints'>> {
    return paginate(this.http, 'listWebhookEndpoints', { query }, options);
  }

  /**
   * Adds an endpoint (`POST /v1/webhook-endpoints`, `createWebhookEndpoint`). The answer carries the signing
   * secret `whsec_…`, shown this once: keep it where the receiver can read it.
   * @example `const { secret } = await foyer.webhookEndpoints.create({ url: 'https://hooks.acme.example/foyer', events: ['approval.approved'] })`
   * @throws {@link ValidationError} when the URL's host is not public or does not resolve (`details` names `url`).
   */
  create(body: RequestBody<'createWebhookEndpoint'>, options?: RequestOptions): ApiPromise<ResponseBody<'createWebhookEndpoint'>> {
    return this.http.request('createWebhookEndpoint', { body }, options);
  }

  /** Deletes an endpoint and its delivery history (`DELETE /v1/webhook-endpoints/{endpoint_id}`, `deleteWebhookEndpoint`). */
  delete(endpointId: EndpointId, options?: RequestOptions): ApiPromise<ResponseBody<'deleteWebhookEndpoint'>> {
    return this.http.request('deleteWebhookEndpoint', { path: { endpoint_id: endpointId } }, options);
  }

  /**
   * Lists an endpoint's deliveries, newest first, each with every attempt: status, duration, error, next retry
   * (`GET /v1/webhook-endpoints/{endpoint_id}/deliveries`, `listWebhookDeliveries`).
   */
  listDeliveries(
    endpointId: EndpointId,
    query?: QueryParams<'listWebhookDeliveries'>,
    options?: RequestOptions,
  ): Paginator<ResponseBody<'listWebhookDeliveries'>> {
    return paginate(this.http, 'listWebhookDeliveries', { path: { endpoint_id: endpointId }, query }, options);
  }

  /**
   * Sends a `failed` delivery again (`POST /v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/resend`,
   * `resendWebhookDelivery`): one more attempt at once, same `webhook-id`; resolves to the delivery, `pending`
   * again. A disabled endpoint is enabled again.
   * @throws {@link ConflictError} `delivery_not_failed` when the delivery is not `failed`.
   */
  resendDelivery(
    endpointId: EndpointId,
    deliveryId: PathParams<'resendWebhookDelivery'>['delivery_id'],
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'resendWebhookDelivery'>> {
    return this.http.request('resendWebhookDelivery', { path: { endpoint_id: endpointId, delivery_id: deliveryId } }, options);
  }
}
