import type { ColumnType, Generated, Selectable } from 'kysely';

export interface EventTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  portal_id: string | null;
  type: string;
  actor_kind: 'owner' | 'member' | 'system' | 'anonymous';
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: Date;
  prev_hash: string;
  hash: string;
}

export type EventRow = Selectable<EventTable>;
