// Comments, approvals and activity through the SDK. A service without the collaboration API (an older
// deployment) answers 404 to the list calls: they resolve to `undefined` then, and the panels that use
// them stay hidden.
import { NotFoundError, type Schema } from '@foyer/sdk';
import type { PortalContext } from './context.ts';

export type Comment = Schema<'Comment'>;
export type ApprovalRequest = Schema<'ApprovalRequest'>;
export type Decision = Schema<'Decision'>;
export type ActivityEvent = Schema<'Event'>;
export type ApprovalSummary = Schema<'ApprovalSummary'>;

async function unlessMissing<T>(call: PromiseLike<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** A file's comments, oldest first (replies included); `undefined` when the service has no comments API. */
export async function listComments(ctx: PortalContext, fileId: string): Promise<Comment[] | undefined> {
  return (await unlessMissing(ctx.foyer.comments.list(fileId, { limit: 100 }).page()))?.data;
}

export function createComment(ctx: PortalContext, fileId: string, body: { body: string; parent_id?: string; version?: number }) {
  return ctx.foyer.comments.create(fileId, body);
}

export function setResolved(ctx: PortalContext, commentId: string, resolved: boolean) {
  return ctx.foyer.comments.update(commentId, { resolved });
}

/** A file's approval requests, newest first; `undefined` when the service has no approvals API. */
export async function listApprovalRequests(ctx: PortalContext, fileId: string): Promise<ApprovalRequest[] | undefined> {
  return (await unlessMissing(ctx.foyer.approvals.list(fileId, { limit: 20 }).page()))?.data;
}

export function decide(ctx: PortalContext, requestId: string, decision: Decision['decision'], note: string | null) {
  return ctx.foyer.approvals.decide(requestId, { decision, note });
}

/** The portal's recent activity, newest first; `undefined` when the service has no events API. */
export async function listEvents(ctx: PortalContext, limit = 30): Promise<ActivityEvent[] | undefined> {
  return (await unlessMissing(ctx.foyer.events.listPortal(ctx.portalId, { limit }).page()))?.data;
}

/** The file's latest approval state, for badges (`file.approval`). */
export function approvalOf(file: { approval?: ApprovalSummary | null }): ApprovalSummary | undefined {
  return file.approval ?? undefined;
}
