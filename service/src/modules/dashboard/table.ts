import type { Selectable } from 'kysely';

/** When a viewer (an API key `key_…`, or a user `usr_…`) last marked a portal seen. */
export interface PortalSeenMarkTable {
  portal_id: string;
  viewer_id: string;
  workspace_id: string;
  seen_at: Date;
}

export type PortalSeenMarkRow = Selectable<PortalSeenMarkTable>;
