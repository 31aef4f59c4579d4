// Every operation of openapi.yaml, by operationId: where it lives on the wire and which SDK method calls
// it. The SDK's resource methods name an operationId; the method and path come from here.
//
// Adding an operation to openapi.yaml? Run `npm run generate`, then add its line here (the type below
// makes `npm run typecheck` fail until you do, and checks the method and path against the contract) and
// its method in `resources/` (sdk/test/operations.test.ts fails until that method exists and calls it).
// Convention the test relies on: an SDK method takes the path parameters first, in path order, then the
// JSON body (or, without a body, the query), then the per-call options.
import type { operations, paths } from './contract.ts';
import type { OperationId } from './types.ts';

type HttpMethod = 'get' | 'head' | 'put' | 'post' | 'patch' | 'delete';

/** The `{ method, path }` pairs under which the contract declares operation `K`. */
type Location<K extends OperationId> = {
  [P in keyof paths]: {
    [M in HttpMethod]: [paths[P][M]] extends [operations[K]]
      ? [operations[K]] extends [paths[P][M]]
        ? { method: Uppercase<M>; path: P }
        : never
      : never;
  }[HttpMethod];
}[keyof paths];

/**
 * `group.method` of a resource group on `Foyer`, e.g. `portals.create`. That each names a real method is
 * checked by sdk/test/operations.test.ts (at compile time too): a type here would make this file import
 * the client, which imports it back.
 */
type SdkMethod = `${string}.${string}`;

/**
 * Where operation `K` lives and which SDK method calls it — or methods, when one operation has several
 * front doors (`confirmVerification` is `confirmCode`, `confirmToken` and `confirmAccessLink`).
 */
export type OperationEntry<K extends OperationId> = Location<K> & { sdk: SdkMethod | readonly [SdkMethod, ...SdkMethod[]] };

export const OPERATIONS = {
  getHealth: { method: 'GET', path: '/healthz', sdk: 'system.health' },
  getReadiness: { method: 'GET', path: '/readyz', sdk: 'system.ready' },
  getWorkspace: { method: 'GET', path: '/v1/workspace', sdk: 'workspace.get' },
  updateWorkspace: { method: 'PATCH', path: '/v1/workspace', sdk: 'workspace.update' },
  listPortals: { method: 'GET', path: '/v1/portals', sdk: 'portals.list' },
  createPortal: { method: 'POST', path: '/v1/portals', sdk: 'portals.create' },
  getPortal: { method: 'GET', path: '/v1/portals/{portal_id}', sdk: 'portals.get' },
  updatePortal: { method: 'PATCH', path: '/v1/portals/{portal_id}', sdk: 'portals.update' },
  deletePortal: { method: 'DELETE', path: '/v1/portals/{portal_id}', sdk: 'portals.delete' },
  getPublicPortal: { method: 'GET', path: '/v1/portals/{portal_id}/public', sdk: 'portals.getPublic' },
  rotateAccessLink: { method: 'POST', path: '/v1/portals/{portal_id}/access-link', sdk: 'portals.rotateAccessLink' },
  startVerification: { method: 'POST', path: '/v1/portals/{portal_id}/verifications', sdk: 'verifications.start' },
  confirmVerification: {
    method: 'POST',
    path: '/v1/portals/{portal_id}/verifications/confirm',
    sdk: ['verifications.confirmCode', 'verifications.confirmToken', 'verifications.confirmAccessLink'],
  },
  createSignInLink: { method: 'POST', path: '/v1/portals/{portal_id}/sign-in-links', sdk: 'signInLinks.create' },
  listMembers: { method: 'GET', path: '/v1/portals/{portal_id}/members', sdk: 'members.list' },
  addMember: { method: 'POST', path: '/v1/portals/{portal_id}/members', sdk: 'members.add' },
  revokeMember: { method: 'DELETE', path: '/v1/portals/{portal_id}/members/{member_id}', sdk: 'members.revoke' },
  listSessions: { method: 'GET', path: '/v1/portals/{portal_id}/sessions', sdk: 'sessions.list' },
  revokeSession: { method: 'DELETE', path: '/v1/sessions/{session_id}', sdk: 'sessions.revoke' },
  getMe: { method: 'GET', path: '/v1/me', sdk: 'me.get' },
  signOut: { method: 'DELETE', path: '/v1/me', sdk: 'me.signOut' },
  listFiles: { method: 'GET', path: '/v1/portals/{portal_id}/files', sdk: 'files.list' },
  uploadFile: { method: 'POST', path: '/v1/portals/{portal_id}/files', sdk: 'files.upload' },
  getFile: { method: 'GET', path: '/v1/files/{file_id}', sdk: 'files.get' },
  updateFile: { method: 'PATCH', path: '/v1/files/{file_id}', sdk: 'files.update' },
  deleteFile: { method: 'DELETE', path: '/v1/files/{file_id}', sdk: 'files.delete' },
  listFileVersions: { method: 'GET', path: '/v1/files/{file_id}/versions', sdk: 'versions.list' },
  uploadFileVersion: { method: 'POST', path: '/v1/files/{file_id}/versions', sdk: 'versions.upload' },
  headFileContent: { method: 'HEAD', path: '/v1/files/{file_id}/content', sdk: 'files.head' },
  downloadFile: { method: 'GET', path: '/v1/files/{file_id}/content', sdk: 'files.download' },
  listComments: { method: 'GET', path: '/v1/files/{file_id}/comments', sdk: 'comments.list' },
  createComment: { method: 'POST', path: '/v1/files/{file_id}/comments', sdk: 'comments.create' },
  updateComment: { method: 'PATCH', path: '/v1/comments/{comment_id}', sdk: 'comments.update' },
  deleteComment: { method: 'DELETE', path: '/v1/comments/{comment_id}', sdk: 'comments.delete' },
  listApprovalRequests: { method: 'GET', path: '/v1/files/{file_id}/approval-requests', sdk: 'approvals.list' },
  createApprovalRequest: { method: 'POST', path: '/v1/files/{file_id}/approval-requests', sdk: 'approvals.request' },
  getApprovalRequest: { method: 'GET', path: '/v1/approval-requests/{approval_request_id}', sdk: 'approvals.get' },
  cancelApprovalRequest: { method: 'DELETE', path: '/v1/approval-requests/{approval_request_id}', sdk: 'approvals.cancel' },
  decideApprovalRequest: { method: 'POST', path: '/v1/approval-requests/{approval_request_id}/decisions', sdk: 'approvals.decide' },
  getApprovalRecord: { method: 'GET', path: '/v1/approval-requests/{approval_request_id}/record', sdk: 'approvals.record' },
  listPortalEvents: { method: 'GET', path: '/v1/portals/{portal_id}/events', sdk: 'events.listPortal' },
  listEvents: { method: 'GET', path: '/v1/events', sdk: 'events.list' },
  updateMe: { method: 'PATCH', path: '/v1/me', sdk: 'me.update' },
  listWebhookEndpoints: { method: 'GET', path: '/v1/webhook-endpoints', sdk: 'webhookEndpoints.list' },
  createWebhookEndpoint: { method: 'POST', path: '/v1/webhook-endpoints', sdk: 'webhookEndpoints.create' },
  deleteWebhookEndpoint: { method: 'DELETE', path: '/v1/webhook-endpoints/{endpoint_id}', sdk: 'webhookEndpoints.delete' },
  listWebhookDeliveries: { method: 'GET', path: '/v1/webhook-endpoints/{endpoint_id}/deliveries', sdk: 'webhookEndpoints.listDeliveries' },
  startUserSignIn: { method: 'POST', path: '/v1/auth/verifications', sdk: 'auth.startSignIn' },
  confirmUserSignIn: {
    method: 'POST',
    path: '/v1/auth/verifications/confirm',
    sdk: ['auth.confirmCode', 'auth.confirmToken', 'auth.chooseWorkspace'],
  },
  listUserSessions: { method: 'GET', path: '/v1/auth/sessions', sdk: 'auth.listSessions' },
  revokeUserSession: { method: 'DELETE', path: '/v1/auth/sessions/{user_session_id}', sdk: 'auth.revokeSession' },
  signOutUser: { method: 'POST', path: '/v1/auth/sign-out', sdk: 'auth.signOut' },
  listUsers: { method: 'GET', path: '/v1/workspace/users', sdk: 'users.list' },
  inviteUser: { method: 'POST', path: '/v1/workspace/users', sdk: 'users.invite' },
  updateUser: { method: 'PATCH', path: '/v1/workspace/users/{user_id}', sdk: 'users.update' },
  removeUser: { method: 'DELETE', path: '/v1/workspace/users/{user_id}', sdk: 'users.remove' },
  listApiKeys: { method: 'GET', path: '/v1/api-keys', sdk: 'apiKeys.list' },
  createApiKey: { method: 'POST', path: '/v1/api-keys', sdk: 'apiKeys.create' },
  revokeApiKey: { method: 'DELETE', path: '/v1/api-keys/{api_key_id}', sdk: 'apiKeys.revoke' },
  getDashboard: { method: 'GET', path: '/v1/dashboard', sdk: 'dashboard.get' },
  markPortalSeen: { method: 'POST', path: '/v1/portals/{portal_id}/seen', sdk: 'portals.markSeen' },
  resendWebhookDelivery: {
    method: 'POST',
    path: '/v1/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/resend',
    sdk: 'webhookEndpoints.resendDelivery',
  },
  getWidgetBuild: { method: 'GET', path: '/v1/widget', sdk: 'widget.build' },
} as const satisfies { [K in OperationId]: OperationEntry<K> };
