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
}

export type ApiKeyRow = Selectable<ApiKeyTable>;
