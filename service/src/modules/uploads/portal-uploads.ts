import type { Logger } from 'pino';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import { requireOwner, type Auth } from '../../authz/auth.ts';
import type { Db } from '../../db/database.ts';
import { removeUpload } from './expiry.ts';
import { expireUploads, uploadsOfPortal } from './repository.ts';

/**
 * After a portal is deleted (erased too), its resumable uploads go with it: the `uploads` table has no foreign
 * keys, so nothing else would remove an unfinished upload's bytes (an S3 multipart upload and its parts) before
 * it expired a day later. Each upload's bytes, store record and row are removed; one that fails expires now,
 * for the next storage sweep. The portal is gone already, so no request can go on with them meanwhile.
 */
export async function removePortalUploads(
  auth: Auth | undefined,
  portalId: string,
  deps: { db: Db; store: () => Promise<ResumableStore>; logger: Logger },
): Promise<void> {
  const owner = requireOwner(auth);
  const uploads = await uploadsOfPortal(deps.db, owner.workspaceId, portalId);
  if (uploads.length === 0) return;
  const store = await deps.store();
  const failed: string[] = [];
  for (const upload of uploads) if (!(await removeUpload(deps.db, store, deps.logger, upload))) failed.push(upload.id);
  if (failed.length > 0) await expireUploads(deps.db, failed);
}
