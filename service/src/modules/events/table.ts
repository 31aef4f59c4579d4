import type { ColumnType, Generated, Selectable } from 'kysely';
import type { SignInMethod } from '../sessions/table.ts';

export interface EventTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  portal_id: string | null;
  type: string;
  actor_kind: 'owner' | 'member' | 'system' | 'anonymous';
  actor_id: string | null;
  /** How the acting member signed in (the session's method); null for anyone else or no session. */
  actor_method: SignInMethod | null;
  target_type: string | null;
  target_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: Date;
  prev_hash: string;
  hash: string;
  /** 1: the hash covers the fields events had before `actor_method`; 2: it covers `actor_method` too. */
  hash_version: number;
}

export type EventRow = Selectable<EventTable>;
