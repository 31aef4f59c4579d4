// Comments, approvals and activity. Their operations are not in the SDK yet (the collaboration API is
// being built), so these small functions call the contract's paths directly and answer `undefined` when
// the service does not know the path (404): the panels that use them then stay hidden. Once the SDK has
// `foyer.comments` / `foyer.approvals` / `foyer.events`, these become one-line calls to it.
import { errorFromResponse } from '@foyer/sdk';
import type { PortalContext } from './context.ts';

export type ApprovalStatus = 'pending' | 'approved' | 'changes_requested' | 'canceled' | 'superseded';

export interface Actor {
  kind: 'owner' | 'member';
  id: string | null;
  name: string | null;
  email: string | null;
}

export interface Comment {
  id: string;
  file_id: string;
  parent_id: string | null;
  version: number | null;
  author: Actor;
  body: string | null;
  deleted: boolean;
  resolved: boolean;
  created_at: string;
}

export interface Decision {
  id: string;
  member_id: string;
  email: string;
  decision: 'approve' | 'request_changes';
  note: string | null;
  version: number;
  sha256: string;
  created_at: string;
}

export interface ApprovalRequest {
  id: string;
  file_id: string;
  version: number;
  status: ApprovalStatus;
  rule: 'any' | 'all';
  message: string | null;
  due_at: string | null;
  approvers: { id: string }[];
  decisions: Decision[];
  created_at: string;
}

export interface ActivityEvent {
  id: string;
  type: string;
  actor: { kind: string; id: string | null; name?: string | null };
  target: { type: string; id: string } | null;
  data: Record<string, unknown>;
  created_at: string;
}

/** The latest approval state of a file, when the service reports it (`file.approval`). */
export interface ApprovalSummary {
  request_id: string;
  status: ApprovalStatus;
  version: number;
  due_at: string | null;
}

interface Page<T> {
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

async function call<T>(ctx: PortalContext, method: string, path: string, body?: unknown): Promise<T | undefined> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (ctx.token) headers['Authorization'] = `Bearer ${ctx.token}`;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = crypto.randomUUID();
  }
  const response = await fetch(ctx.api.replace(/\/+$/, '') + path, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status === 404 && method === 'GET') return undefined;
  if (!response.ok) throw errorFromResponse(response.status, response.headers, text);
  return (text ? JSON.parse(text) : undefined) as T;
}

const id = encodeURIComponent;

/** A file's comments, oldest first; `undefined` when the service has no comments API. */
export async function listComments(ctx: PortalContext, fileId: string): Promise<Comment[] | undefined> {
  return (await call<Page<Comment>>(ctx, 'GET', `/v1/files/${id(fileId)}/comments?limit=100`))?.data;
}

export function createComment(ctx: PortalContext, fileId: string, body: { body: string; parent_id?: string; version?: number }) {
  return call<Comment>(ctx, 'POST', `/v1/files/${id(fileId)}/comments`, body);
}

export function setResolved(ctx: PortalContext, commentId: string, resolved: boolean) {
  return call<Comment>(ctx, 'PATCH', `/v1/comments/${id(commentId)}`, { resolved });
}

/** A file's approval requests, newest first; `undefined` when the service has no approvals API. */
export async function listApprovalRequests(ctx: PortalContext, fileId: string): Promise<ApprovalRequest[] | undefined> {
  return (await call<Page<ApprovalRequest>>(ctx, 'GET', `/v1/files/${id(fileId)}/approval-requests`))?.data;
}

export function decide(ctx: PortalContext, requestId: string, decision: Decision['decision'], note: string | null) {
  return call<Decision>(ctx, 'POST', `/v1/approval-requests/${id(requestId)}/decisions`, { decision, note });
}

/** The portal's recent activity, newest first; `undefined` when the service has no events API. */
export async function listEvents(ctx: PortalContext, limit = 30): Promise<ActivityEvent[] | undefined> {
  return (await call<Page<ActivityEvent>>(ctx, 'GET', `/v1/portals/${id(ctx.portalId)}/events?limit=${limit}`))?.data;
}

/** `file.approval` when the service sends it (the collaboration API adds it to every file). */
export function approvalOf(file: object): ApprovalSummary | undefined {
  const approval = (file as { approval?: ApprovalSummary | null }).approval;
  return approval ?? undefined;
}
