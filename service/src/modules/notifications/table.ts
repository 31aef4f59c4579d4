import type { ColumnType, Generated, Selectable } from 'kysely';

/** Who a notification email is for: a client (member of the portal) or an owner (a `notify_emails` address). */
export type Audience = 'client' | 'owner';

export interface NotificationBatchTable {
  id: Generated<string>;
  workspace_id: string;
  portal_id: string;
  audience: Audience;
  /** The member, for a client; null for an owner address. */
  member_id: string | null;
  email: string;
  /** `member:<id>` or `owner:<email>`: at most one open batch per (portal, recipient_key). */
  recipient_key: string;
  flush_at: Date;
  sent_at: Date | null;
  created_at: Generated<Date>;
}

export interface NotificationItemTable {
  id: Generated<string>;
  batch_id: string;
  dedupe_key: string;
  kind: string;
  event_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  occurred_at: Date;
}

export type NotificationBatchRow = Selectable<NotificationBatchTable>;
export type NotificationItemRow = Selectable<NotificationItemTable>;
