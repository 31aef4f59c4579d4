import type { Generated, Selectable } from 'kysely';

/** A live code proves an email address; the address may belong to users of several workspaces. */
export interface UserSignInCodeTable {
  id: Generated<string>;
  email: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Date;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

/**
 * `magic_link`: proves an address (15 minutes); `invitation`: signs one invited user in (7 days); `choice`:
 * an address proved by `method`, waiting for the person to pick a workspace (10 minutes). All single use.
 */
export interface UserSignInTokenTable {
  token_hash: string;
  email: string;
  user_id: string | null;
  kind: 'magic_link' | 'invitation' | 'choice';
  method: 'code' | 'magic_link' | null;
  expires_at: Date;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

export type UserSignInCodeRow = Selectable<UserSignInCodeTable>;
export type UserSignInTokenRow = Selectable<UserSignInTokenTable>;
