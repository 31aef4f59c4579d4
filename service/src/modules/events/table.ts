import type { ColumnType, Generated, Selectable } from 'kysely';
import type { SignInMethod } from '../sessions/table.ts';

export interface EventTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  portal_id: string | null;
  type: string;
  /** `owner`: an API key; `user`: a person of the business through a user session. */
  actor_kind: 'owner' | 'user' | 'member' | 'system' | 'anonymous';
  actor_id: string | null;
  /** How the acting member signed in (the session's method); null for anyone else or no session. */
  actor_method: SignInMethod | null;
  /** The acting user's address when it acted (users only; hash version 4 covers it). */
  actor_email: string | null;
  target_type: string | null;
  target_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: Date;
  prev_hash: string;
  hash: string;
  /** Which fields and canonical form the hash covers (chain-hash.ts). */
  hash_version: number;
}

export type EventRow = Selectable<EventTable>;
