import type { Generated, Selectable } from 'kysely';

export type SignInMethod = 'code' | 'magic_link' | 'sign_in_link' | 'access_link' | 'embed';

export interface SessionTable {
  id: string;
  seq: Generated<string>;
  portal_id: string;
  workspace_id: string;
  member_id: string;
  /** HMAC-SHA256(SECRET_KEY, secret) of `cs_<id>.<secret>`. */
  secret_hash: string;
  method: SignInMethod;
  user_agent: string | null;
  ip: string | null;
  created_at: Generated<Date>;
  last_used_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
}

export type SessionRow = Selectable<SessionTable>;
