import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { listPortalsOfWorkspace, insertPortal } from '../modules/portals/repository.ts';
import { createApiKey } from '../modules/api-keys/service.ts';
import { insertWorkspace } from '../modules/workspaces/repository.ts';
import { insertOwnerUsers } from '../modules/workspaces/service.ts';
import { newId } from '../lib/ids.ts';
import { insertMember } from '../modules/members/repository.ts';

export interface DemoInfo {
  workspaceId: string;
  portalId: string | undefined;
  /** Only on the start that created the demo: keys are stored hashed and cannot be shown again. */
  apiKey: string | undefined;
}

const DEMO_LOCK = 7_461_001;

/** The demo workspace's owner address (.test never receives mail). */
export const DEMO_OWNER_EMAIL = 'owner@demo.foyer.test';

/** The demo portal's client contact (example.com never receives mail). */
export const DEMO_CLIENT_EMAIL = 'demo.client@example.com';

/**
 * On an embedded database with no workspace yet, creates a "Demo" workspace with its owner user
 * ({@link DEMO_OWNER_EMAIL}), an API key and one portal.
 * Later starts find the oldest workspace and report its first portal, without a key.
 */
export async function ensureDemoWorkspace(db: Db, secretKey: string): Promise<DemoInfo> {
  return db.transaction().execute(async (trx) => {
    // Two processes starting at once must not both create a demo.
    await sql`select pg_advisory_xact_lock(${DEMO_LOCK})`.execute(trx);
    const oldest = await trx.selectFrom('workspaces').select('id').orderBy('created_at').limit(1).executeTakeFirst();
    if (oldest) {
      const [portal] = await listPortalsOfWorkspace(trx, oldest.id, 1);
      return { workspaceId: oldest.id, portalId: portal?.id, apiKey: undefined };
    }
    // Its owner is a user who signs in to the console with the code the dev mailbox shows, and hears what the
    // demo client does, as in any new workspace.
    const workspace = await insertWorkspace(trx, { id: newId('workspace'), name: 'Demo' });
    await insertOwnerUsers(trx, workspace.id, [DEMO_OWNER_EMAIL]);
    const key = await createApiKey(trx, secretKey, workspace.id, 'demo');
    const portal = await insertPortal(trx, {
      id: newId('portal'),
      workspace_id: workspace.id,
      name: 'Welcome to Foyer',
      client_name: 'Demo client',
      access_mode: 'verified',
      status: 'active',
      client_uploads: true,
    });
    // A client contact, so a newcomer can sign in to the demo portal at once (the code shows in the console).
    await insertMember(trx, {
      id: newId('member'),
      portal_id: portal.id,
      workspace_id: workspace.id,
      email: DEMO_CLIENT_EMAIL,
      name: 'Demo Client',
    });
    return { workspaceId: workspace.id, portalId: portal.id, apiKey: key.api_key };
  });
}
