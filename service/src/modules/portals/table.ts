import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PortalTable {
  id: string;
  /** Insertion order, for cursor pagination that stays stable under concurrent inserts. */
  seq: Generated<string>;
  workspace_id: string;
  name: string;
  client_name: string | null;
  access_mode: 'verified' | 'link';
  status: 'active' | 'archived';
  client_uploads: boolean;
  /** HMAC of the link-mode portal's secret link key; null until the owner creates one. */
  access_key_hash: Generated<string | null>;
  /** Progress of the portal's open document requests (modules/requests/progress.ts keeps them). */
  request_open_items: Generated<number>;
  request_submitted_items: Generated<number>;
  request_next_due_at: Generated<Date | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type PortalRow = Selectable<PortalTable>;
export type NewPortal = Insertable<PortalTable>;
export type PortalChanges = Updateable<PortalTable>;
