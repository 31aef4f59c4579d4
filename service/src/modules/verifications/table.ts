import type { Generated, Selectable } from 'kysely';

export interface VerificationCodeTable {
  id: Generated<string>;
  portal_id: string;
  member_id: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Date;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

export interface SignInTokenTable {
  token_hash: string;
  portal_id: string;
  member_id: string;
  /** `embed`: a code from `createEmbedSession` (embed-sessions.ts). */
  kind: 'magic_link' | 'sign_in_link' | 'embed';
  expires_at: Date;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

export type VerificationCodeRow = Selectable<VerificationCodeTable>;
export type SignInTokenRow = Selectable<SignInTokenTable>;
