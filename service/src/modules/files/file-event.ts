import type { Actor } from '../../authz/auth.ts';
import type { EventInput } from '../events/recorder.ts';

/** An event about a file, in its portal's chain. */
export function fileEvent(
  type: string,
  portal: { workspace_id: string; id?: string; portal_id?: string },
  actor: Actor,
  fileId: string,
  data: Record<string, unknown>,
): EventInput {
  return {
    workspaceId: portal.workspace_id,
    portalId: portal.portal_id ?? portal.id ?? null,
    type,
    actor,
    target: { type: 'file', id: fileId },
    data,
  };
}
