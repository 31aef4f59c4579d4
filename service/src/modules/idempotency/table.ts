import type { Generated, Selectable } from 'kysely';

export interface IdempotencyKeyTable {
  /** Who sent it (the credential's workspace or session): keys are private to their sender. */
  scope: string;
  key: string;
  /** sha256 of method, path and body, to tell a true retry from a reused key. */
  request_hash: string;
  state: 'in_progress' | 'completed';
  response_status: number | null;
  /** The replayable headers and body, sealed (lib/secret-box.ts) to this row's scope and key: they may carry credentials. */
  response_sealed: string | null;
  created_at: Generated<Date>;
}

export type IdempotencyKeyRow = Selectable<IdempotencyKeyTable>;
