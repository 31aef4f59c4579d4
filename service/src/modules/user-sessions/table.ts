import type { Generated, Selectable } from 'kysely';

/** How a user signed in: an emailed code, the magic link, or the invitation link. */
export type UserSignInMethod = 'code' | 'magic_link' | 'invitation';

export interface UserSessionTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  user_id: string;
  /** HMAC-SHA256(SECRET_KEY, secret) of `us_<id>.<secret>`. */
  secret_hash: string;
  method: UserSignInMethod;
  user_agent: string | null;
  ip: string | null;
  created_at: Generated<Date>;
  /** Moves at most once a minute; the session ends 7 days after it. */
  last_used_at: Generated<Date>;
  /** 30 days after sign-in, however often it is used. */
  expires_at: Date;
  revoked_at: Date | null;
}

export type UserSessionRow = Selectable<UserSessionTable>;
