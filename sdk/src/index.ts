// The browser-safe entry of @foyer/sdk: nothing here imports a Node module.
export { Foyer, DEFAULT_TIMEOUT, type FoyerOptions } from './client.ts';
export type { FetchLike, RequestOptions } from './http.ts';
export { ApiPromise, type ApiResult } from './api-promise.ts';
export { Paginator, MAX_TO_ARRAY, type ListPage } from './pagination.ts';
export {
  FoyerError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  ValidationError,
  ConflictError,
  RateLimitError,
  ConnectionError,
  ApiError,
  errorFromResponse,
  type FieldError,
  type FoyerErrorCode,
} from './errors.ts';
export { DEFAULT_MAX_RETRIES } from './retry.ts';
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookHeaders } from './webhooks.ts';
export { PortalsResource } from './resources/portals.ts';
export { SystemResource } from './resources/system.ts';
export { WorkspaceResource } from './resources/workspace.ts';
export type {
  ErrorCode,
  OperationId,
  PathParams,
  Portal,
  Problem,
  QueryParams,
  RequestBody,
  ResponseBody,
  Schema,
  Workspace,
} from './types.ts';
export { createFoyerClient, type FoyerClient, type FoyerClientOptions } from './openapi-client.ts';
export type { paths, components, operations } from './generated/openapi.ts';
