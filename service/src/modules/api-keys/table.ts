import type { Generated, Selectable } from 'kysely';

export interface ApiKeyTable {
  id: string;
  workspace_id: string;
  name: string | null;
  /** HMAC-SHA256(SECRET_KEY, secret); the secret itself is shown once and never stored. */
  secret_hash: string;
  /** The first characters of the key, to help owners tell keys apart in `foyer key list`. */
  prefix: string;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Generated<Date>;
  seq: Generated<string>;
  /** Who created it over HTTP: a user (`usr_…`) or another API key (`owner`, `key_…`); null for the `foyer` command. */
  created_by_kind: 'user' | 'owner' | null;
  created_by_id: string | null;
  /** The user's address when they created it. */
  created_by_email: string | null;
}

export type ApiKeyRow = Selectable<ApiKeyTable>;
