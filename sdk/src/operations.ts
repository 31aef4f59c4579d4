// Every operation of openapi.yaml, by operationId: where it lives on the wire, as `METHOD /path` (as HTTP writes
// it, and fewer bytes than an object each), in three tables, one per client class: the few a sign-in screen calls
// in public-operations.ts (`PublicFoyer`'s), then here the ones a client session (`cs_…`) or no credential may
// call through `ClientFoyer`'s groups (`x-foyer-credentials` with `client`, or `[]`), and the rest, `Foyer`'s
// (the owner's, the business's people's). A bundle that uses only `ClientFoyer` (`<foyer-portal>`) carries the
// first two, not the owner's. The SDK's resource methods name an operationId; the method and path come from
// these tables.
//
// Adding an operation to openapi.yaml? Run `npm run generate`, then add its line to the table of the class
// that calls it (the type below makes `npm run typecheck` fail until one of them has it, and checks the method
// and path against the contract; sdk/test/operations.test.ts fails if the table does not match the contract's
// `x-foyer-credentials`), its method in `resources/`, and that method's name in sdk/test/operations.test.ts's
// SDK_METHODS (the typecheck fails until it names a real method there, and the test until that method calls
// the operation).
// Convention the test relies on: an SDK method takes the path parameters first, in path order, then the
// JSON body (or, without a body, the query), then the per-call options.
import type { OperationEntry, PublicOperationId } from './public-operations.ts';
import type { OperationId } from './types.ts';

export type { OperationEntry } from './public-operations.ts';

// Only what a request needs travels in the bundles; which SDK method calls each operation is the test's table.

/** What `ClientFoyer` calls besides the public operations: what a client session, or no credential, may call. */
export const CLIENT_OPERATIONS = {
  getHealth: 'GET /healthz',
  getReadiness: 'GET /readyz',
  getPortal: 'GET /v1/portals/{portal_id}',
  downloadPortalArchive: 'GET /v1/portals/{portal_id}/archive',
  listFiles: 'GET /v1/portals/{portal_id}/files',
  uploadFile: 'POST /v1/portals/{portal_id}/files',
  getUploadCapabilities: 'OPTIONS /v1/uploads',
  createUpload: 'POST /v1/uploads',
  getUploadOffset: 'HEAD /v1/uploads/{upload_id}',
  appendToUpload: 'PATCH /v1/uploads/{upload_id}',
  deleteUpload: 'DELETE /v1/uploads/{upload_id}',
  getFile: 'GET /v1/files/{file_id}',
  listFileVersions: 'GET /v1/files/{file_id}/versions',
  uploadFileVersion: 'POST /v1/files/{file_id}/versions',
  headFileContent: 'HEAD /v1/files/{file_id}/content',
  downloadFile: 'GET /v1/files/{file_id}/content',
  listFilePreviews: 'GET /v1/files/{file_id}/previews',
  getFilePreview: 'GET /v1/files/{file_id}/previews/{preview_id}',
  listComments: 'GET /v1/files/{file_id}/comments',
  createComment: 'POST /v1/files/{file_id}/comments',
  updateComment: 'PATCH /v1/comments/{comment_id}',
  deleteComment: 'DELETE /v1/comments/{comment_id}',
  listApprovalRequests: 'GET /v1/files/{file_id}/approval-requests',
  getApprovalRequest: 'GET /v1/approval-requests/{approval_request_id}',
  decideApprovalRequest: 'POST /v1/approval-requests/{approval_request_id}/decisions',
  getApprovalRecord: 'GET /v1/approval-requests/{approval_request_id}/record',
  getApprovalReceipt: 'GET /v1/approval-requests/{approval_request_id}/receipt',
  listReceiptKeys: 'GET /.well-known/foyer-receipt-keys.json',
  listPortalEvents: 'GET /v1/portals/{portal_id}/events',
  listPortalRequests: 'GET /v1/portals/{portal_id}/requests',
  getRequest: 'GET /v1/requests/{request_id}',
  updateRequestItem: 'PATCH /v1/request-items/{request_item_id}',
} as const satisfies { [K in OperationId]?: OperationEntry<K> };

/** What `Foyer` calls besides `ClientFoyer`'s: the owner's operations and the business's people's. */
export const OWNER_OPERATIONS = {
  getWorkspace: 'GET /v1/workspace',
  updateWorkspace: 'PATCH /v1/workspace',
  listPortals: 'GET /v1/portals',
  createPortal: 'POST /v1/portals',
  updatePortal: 'PATCH /v1/portals/{portal_id}',
  deletePortal: 'DELETE /v1/portals/{portal_id}',
  createPortalExport: 'POST /v1/portals/{portal_id}/exports',
  createWorkspaceExport: 'POST /v1/workspace/exports',
  listExports: 'GET /v1/workspace/exports',
  getExport: 'GET /v1/workspace/exports/{export_id}',
  downloadExport: 'GET /v1/workspace/exports/{export_id}/content',
  rotateAccessLink: 'POST /v1/portals/{portal_id}/access-link',
  createEmbedSession: 'POST /v1/portals/{portal_id}/embed-sessions',
  createSignInLink: 'POST /v1/portals/{portal_id}/sign-in-links',
  listMembers: 'GET /v1/portals/{portal_id}/members',
  addMember: 'POST /v1/portals/{portal_id}/members',
  updateMember: 'PATCH /v1/portals/{portal_id}/members/{member_id}',
  revokeMember: 'DELETE /v1/portals/{portal_id}/members/{member_id}',
  listSessions: 'GET /v1/portals/{portal_id}/sessions',
  revokeSession: 'DELETE /v1/sessions/{session_id}',
  updateFile: 'PATCH /v1/files/{file_id}',
  deleteFile: 'DELETE /v1/files/{file_id}',
  createApprovalRequest: 'POST /v1/files/{file_id}/approval-requests',
  cancelApprovalRequest: 'DELETE /v1/approval-requests/{approval_request_id}',
  rotateReceiptKey: 'POST /v1/workspace/receipt-keys',
  listEvents: 'GET /v1/events',
  listWebhookEndpoints: 'GET /v1/webhook-endpoints',
  createWebhookEndpoint: 'POST /v1/webhook-endpoints',
  deleteWebhookEndpoint: 'DELETE /v1/webhook-endpoints/{endpoint_id}',
  listWebhookDeliveries: 'GET /v1/webhook-endpoints/{endpoint_id}/deliveries',
  startUserSignIn: 'POST /v1/auth/verifications',
  confirmUserSignIn: 'POST /v1/auth/verifications/confirm',
  listUserSessions: 'GET /v1/auth/sessions',
  revokeUserSession: 'DELETE /v1/auth/sessions/{user_session_id}',
  signOutUser: 'POST /v1/auth/sign-out',
  listUsers: 'GET /v1/workspace/users',
  inviteUser: 'POST /v1/workspace/users',
  updateUser: 'PATCH /v1/workspace/users/{user_id}',
  removeUser: 'DELETE /v1/workspace/users/{user_id}',
  listApiKeys: 'GET /v1/api-keys',
  createApiKey: 'POST /v1/api-keys',
  revokeApiKey: 'DELETE /v1/api-keys/{api_key_id}',
  getDashboard: 'GET /v1/dashboard',
  markPortalSeen: 'POST /v1/portals/{portal_id}/seen',
  resendWebhookDelivery: 'POST /v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/resend',
  getWidgetBuild: 'GET /v1/widget',
  createRequest: 'POST /v1/portals/{portal_id}/requests',
  listRequests: 'GET /v1/requests',
  updateRequest: 'PATCH /v1/requests/{request_id}',
  deleteRequest: 'DELETE /v1/requests/{request_id}',
  listRequestTemplates: 'GET /v1/request-templates',
  createRequestTemplate: 'POST /v1/request-templates',
  getRequestTemplate: 'GET /v1/request-templates/{request_template_id}',
  updateRequestTemplate: 'PATCH /v1/request-templates/{request_template_id}',
  deleteRequestTemplate: 'DELETE /v1/request-templates/{request_template_id}',
  applyRequestTemplate: 'POST /v1/request-templates/{request_template_id}/apply',
} as const satisfies {
  [K in Exclude<OperationId, PublicOperationId | keyof typeof CLIENT_OPERATIONS>]: OperationEntry<K>;
};
