import type { Executor } from '../db/database.ts';
import { createError, notFound } from '../errors/http-error.ts';
import { findPortal } from '../modules/portals/repository.ts';
import type { PortalRow } from '../modules/portals/table.ts';
import { requireAuth, type Auth } from './auth.ts';

/** What a caller wants to do in a portal. Clients may read and (when allowed) upload; nothing else. */
export type PortalAction = 'read' | 'upload' | 'manage';

/**
 * The portal, when the caller may do `action` in it; otherwise the portal does not exist for the caller
 * (404). Owners reach every portal of their workspace; a client only its own, active portal.
 */
export async function requirePortalAccess(
  db: Executor,
  auth: Auth | undefined,
  portalId: string,
  action: PortalAction,
): Promise<PortalRow> {
  const caller = requireAuth(auth);
  const portal = await findPortal(db, caller.workspaceId, portalId);
  if (!portal) throw notFound('portal');
  if (caller.kind === 'owner') return portal;
  if (caller.portalId !== portal.id || portal.status !== 'active' || action === 'manage') throw notFound('portal');
  if (action === 'upload' && !portal.client_uploads) throw uploadsDisabled();
  return portal;
}

/** A client's upload to a portal whose client uploads are switched off (other than to a request item). */
export function uploadsDisabled() {
  return createError('uploads_disabled', 'This portal does not accept uploads from clients.');
}
