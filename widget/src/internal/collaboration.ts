// Comments, approvals and activity through the SDK, with the shapes the parts show. The service serves this
// widget itself, so it always has these APIs: a 404 means the file (or portal) is gone, never an older service.
import type { Schema } from '@foyer/sdk';
import type { PortalContext } from './context.ts';

export type Comment = Schema<'Comment'>;
export type ApprovalRequest = Schema<'ApprovalRequest'>;
export type Decision = Schema<'Decision'>;
export type ActivityEvent = Schema<'Event'>;
export type ApprovalSummary = Schema<'ApprovalSummary'>;

/** A file's whole thread, oldest first (replies included): every page, so a long thread is never cut short. */
export function listComments(ctx: PortalContext, fileId: string, signal: AbortSignal): Promise<Comment[]> {
  return ctx.foyer.comments.list(fileId, { limit: 100 }, { signal }).toArray();
}

export function createComment(ctx: PortalContext, fileId: string, body: { body: string; parent_id?: string; version?: number }) {
  return ctx.foyer.comments.create(fileId, body);
}

export function setResolved(ctx: PortalContext, commentId: string, resolved: boolean) {
  return ctx.foyer.comments.update(commentId, { resolved });
}

/** A file's approval requests, newest first. */
export async function listApprovalRequests(ctx: PortalContext, fileId: string, signal: AbortSignal): Promise<ApprovalRequest[]> {
  return (await ctx.foyer.approvals.list(fileId, { limit: 20 }, { signal }).page()).data;
}

export function decide(ctx: PortalContext, requestId: string, decision: Decision['decision'], note: string | null) {
  return ctx.foyer.approvals.decide(requestId, { decision, note });
}

/** The portal's recent activity, newest first. */
export async function listEvents(ctx: PortalContext, signal: AbortSignal, limit = 30): Promise<ActivityEvent[]> {
  return (await ctx.foyer.events.listPortal(ctx.portalId, { limit }, { signal }).page()).data;
}

/** The file's latest approval state, for badges (`file.approval`). */
export function approvalOf(file: { approval?: ApprovalSummary | null }): ApprovalSummary | undefined {
  return file.approval ?? undefined;
}
