import type { Executor } from '../../db/database.ts';
import { findPortalFace } from '../portals/repository.ts';

const PORTAL_ID = /^prt_[0-9a-z]{32}$/;

/** What the client's pages show of a portal. */
export interface PagePortal {
  id: string;
  name: string;
  workspaceName: string;
  logoUrl: string | null;
  accent: string | null;
}

/** The portal a page is for, or `undefined` when there is none at this id or it is archived (the same 404). */
export async function activePagePortal(db: Executor, portalId: string): Promise<PagePortal | undefined> {
  if (!PORTAL_ID.test(portalId)) return undefined;
  const row = await findPortalFace(db, portalId);
  if (!row || row.status !== 'active') return undefined;
  return {
    id: row.id,
    name: row.name,
    workspaceName: row.display_name ?? row.workspace_name,
    logoUrl: row.logo_url,
    accent: row.accent_color,
  };
}
