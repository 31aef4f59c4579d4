import { requireAuth, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Executor } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import type { ApprovalRequestRow } from './table.ts';

/**
 * The approval request, when the caller may read it: an owner of its workspace, or a client of its
 * (active) portal. Anyone else finds no such request (404).
 */
export async function findReadableApprovalRequest(db: Executor, auth: Auth | undefined, requestId: string): Promise<ApprovalRequestRow> {
  const caller = requireAuth(auth);
  const request = await db
    .selectFrom('approval_requests')
    .selectAll()
    .where('id', '=', requestId)
    .where('workspace_id', '=', caller.workspaceId)
    .executeTakeFirst();
  if (!request) throw notFound('approval request');
  await requirePortalAccess(db, auth, request.portal_id, 'read');
  return request;
}
