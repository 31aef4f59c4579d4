import type { Executor } from '../db/database.ts';
import { notFound } from '../errors/http-error.ts';
import { findPortal } from '../modules/portals/repository.ts';
import type { PortalRow } from '../modules/portals/table.ts';
import { requireOwner, type Auth } from './auth.ts';

/**
 * The portal, when the caller may act on it; otherwise the portal does not exist for the caller (404).
 * Owners reach every portal of their workspace.
 */
export async function requirePortalAccess(db: Executor, auth: Auth | undefined, portalId: string): Promise<PortalRow> {
  const owner = requireOwner(auth);
  const portal = await findPortal(db, owner.workspaceId, portalId);
  if (!portal) throw notFound('portal');
  return portal;
}
