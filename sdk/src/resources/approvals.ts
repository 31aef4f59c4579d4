import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import { paginate, type Paginator } from '../pagination.ts';
import type { PathParams, QueryParams, RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

type FileId = PathParams<'listApprovalRequests'>['file_id'];
type RequestId = PathParams<'getApprovalRequest'>['approval_request_id'];

/**
 * Approval requests bound to one file version, and the clients' immutable decisions (`ClientFoyer`'s
 * `approvals`). {@link ApprovalsResource} adds the owner's requesting and canceling.
 */
export class ClientApprovalsResource extends Resource {
  /**
   * Lists a file's approval requests, newest first, each with its decisions
   * (`GET /v1/files/{file_id}/approval-requests`, `listApprovalRequests`).
   */
  list(
    fileId: FileId,
    query?: QueryParams<'listApprovalRequests'>,
    options?: RequestOptions,
  ): Paginator<ResponseBody<'listApprovalRequests'>> {
    return paginate(this.http, 'listApprovalRequests', { path: { file_id: fileId }, query }, options);
  }

  /** Reads a request with its decisions (`GET /v1/approval-requests/{id}`, `getApprovalRequest`). */
  get(requestId: RequestId, options?: RequestOptions): ApiPromise<ResponseBody<'getApprovalRequest'>> {
    return this.http.request('getApprovalRequest', { path: { approval_request_id: requestId } }, options);
  }

  /**
   * Client: approves or requests changes, once (`POST /v1/approval-requests/{id}/decisions`,
   * `decideApprovalRequest`). The record keeps the verified email, the version and the sha256 of its bytes.
   * @throws {@link PermissionError} `verification_required` for a session from a `link`-mode portal's link:
   * sign in with a code (`verifications.confirmCode`) and decide with that session.
   * @example `await client.approvals.decide(request.id, { decision: 'approve', note: 'Looks right' })`
   */
  decide(
    requestId: RequestId,
    body: RequestBody<'decideApprovalRequest'>,
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'decideApprovalRequest'>> {
    return this.http.request('decideApprovalRequest', { path: { approval_request_id: requestId }, body }, options);
  }

  /** The decision record as a JSON document (`GET /v1/approval-requests/{id}/record`, `getApprovalRecord`). */
  record(requestId: RequestId, options?: RequestOptions): ApiPromise<ResponseBody<'getApprovalRecord'>> {
    return this.http.request('getApprovalRecord', { path: { approval_request_id: requestId } }, options);
  }

  /**
   * The signed receipt of a decided request (`GET /v1/approval-requests/{id}/receipt`, `getApprovalReceipt`):
   * `receipt`, the bytes signed (`payload`), the Ed25519 `signature` and the `key_id` that verifies it. Save it
   * as JSON and check it with `foyer receipt verify receipt.json --file the.pdf`.
   * @throws {@link ApiError} 409 `approval_undecided` while the request is pending (or was canceled or superseded).
   */
  receipt(requestId: RequestId, options?: RequestOptions): ApiPromise<ResponseBody<'getApprovalReceipt'>> {
    return this.http.request('getApprovalReceipt', { path: { approval_request_id: requestId } }, options);
  }

  /** The receipt as a printable HTML page, without script (`getApprovalReceipt` with `Accept: text/html`). */
  async receiptPage(requestId: RequestId, options?: RequestOptions): Promise<string> {
    const path = { approval_request_id: requestId };
    return (await this.http.stream('getApprovalReceipt', { path, headers: { Accept: 'text/html' } }, options)).response.text();
  }
}

/** Approval requests and decisions (`Foyer`'s `approvals`), with the owner's requesting and canceling. */
export class ApprovalsResource extends ClientApprovalsResource {
  /**
   * Owner: asks for approval of the file's current version (`POST /v1/files/{file_id}/approval-requests`,
   * `createApprovalRequest`). Approvers default to every active member.
   * @example `await foyer.approvals.request(file.id, { message: 'Please approve your return', due_at: '2026-12-10T17:00:00Z' })`
   */
  request(
    fileId: FileId,
    body: RequestBody<'createApprovalRequest'> = {},
    options?: RequestOptions,
  ): ApiPromise<ResponseBody<'createApprovalRequest'>> {
    return this.http.request('createApprovalRequest', { path: { file_id: fileId }, body }, options);
  }

  /** Owner: cancels a pending request (`DELETE /v1/approval-requests/{id}`, `cancelApprovalRequest`). */
  cancel(requestId: RequestId, options?: RequestOptions): ApiPromise<ResponseBody<'cancelApprovalRequest'>> {
    return this.http.request('cancelApprovalRequest', { path: { approval_request_id: requestId } }, options);
  }
}
