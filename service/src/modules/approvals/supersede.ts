import { sql } from 'kysely';
import type { Actor } from '../../authz/auth.ts';
import type { Executor } from '../../db/database.ts';
import type { EventRecorder } from '../events/recorder.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';

/**
 * A new version makes every pending request on older versions moot: they become `superseded` (in the
 * upload's transaction), and deciding on them is then a 409.
 */
export async function supersedePendingApprovals(
  trx: Executor,
  events: EventRecorder,
  file: { id: string; portal_id: string; workspace_id: string },
  newVersion: number,
  actor: Actor,
  meta: RequestMeta,
): Promise<void> {
  const superseded = await trx
    .updateTable('approval_requests')
    .set({ status: 'superseded', updated_at: sql<Date>`now()` })
    .where('file_id', '=', file.id)
    .where('status', '=', 'pending')
    .returning(['id', 'version'])
    .execute();
  for (const request of superseded) {
    await events.record(
      trx,
      {
        workspaceId: file.workspace_id,
        portalId: file.portal_id,
        type: 'approval.superseded',
        actor,
        target: { type: 'approval_request', id: request.id },
        data: { file_id: file.id, version: request.version, new_version: newVersion },
      },
      meta,
    );
  }
}
