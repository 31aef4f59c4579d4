// The browser-safe entry of @foyer/sdk: nothing here imports a Node module.
export { Foyer, ClientFoyer, PublicFoyer, DEFAULT_TIMEOUT, type FoyerOptions, type SignIn } from './client.ts';
export type { FetchLike, RequestOptions } from './request-options.ts';
export type { UploadInput, UploadOptions, UploadProgress } from './uploads.ts';
export { ResumableUpload, type ResumableInput, type ResumableTarget, type ResumableUploadOptions } from './resumable.ts';
export {
  dispositionFilename,
  type ContentOptions,
  type ContentRange,
  type Download,
  type DownloadOptions,
  type FileContentInfo,
} from './downloads.ts';
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
export { ApiKeysResource } from './resources/api-keys.ts';
export { AuthResource, type SignInChoice } from './resources/auth.ts';
export { DashboardResource } from './resources/dashboard.ts';
export { ClientFilesResource, FilesResource } from './resources/files.ts';
export { MeResource } from './resources/me.ts';
export { MembersResource } from './resources/members.ts';
export { ApprovalsResource, ClientApprovalsResource } from './resources/approvals.ts';
export { CommentsResource } from './resources/comments.ts';
export { ClientEventsResource, EventsResource } from './resources/events.ts';
export { ClientPortalsResource, PortalsResource } from './resources/portals.ts';
export { PublicPortalsResource } from './resources/public-portals.ts';
export { SessionsResource } from './resources/sessions.ts';
export { SignInLinksResource } from './resources/sign-in-links.ts';
export { SystemResource } from './resources/system.ts';
export { UsersResource } from './resources/users.ts';
export { VerificationsResource, type SignInOptions } from './resources/verifications.ts';
export { VersionsResource } from './resources/versions.ts';
export { WebhookEndpointsResource } from './resources/webhook-endpoints.ts';
export { WidgetResource } from './resources/widget.ts';
export { WorkspaceResource } from './resources/workspace.ts';
export type {
  ApiKey,
  ApiKeyCreated,
  Dashboard,
  ErrorCode,
  File,
  FileVersion,
  Me,
  Member,
  OperationId,
  PathParams,
  Portal,
  PortalState,
  PortalSummary,
  Problem,
  PublicPortal,
  QueryParams,
  RequestBody,
  ResponseBody,
  Schema,
  Session,
  SessionCreated,
  User,
  UserSession,
  UserSessionCreated,
  WebhookDelivery,
  WebhookEndpoint,
  WidgetBuild,
  Workspace,
  WorkspaceChoice,
  WorkspaceOption,
} from './types.ts';
export type { paths, components, operations } from './contract.ts';
