import type { ColumnType, Generated, Selectable } from 'kysely';

export type UserRole = 'owner' | 'staff';

/** A person of the business: signs in to the console and acts for the workspace within their role. */
export interface UserTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  /** Lowercased; unique within the workspace, and may belong to users of other workspaces too. */
  email: string;
  name: string | null;
  role: UserRole;
  /** `invited` until the first sign-in. */
  status: Generated<'invited' | 'active'>;
  /** Mutes every notification email about what clients do (sign-in mail is always sent). */
  notifications_muted: Generated<boolean>;
  /** Portals whose notification emails this user does not want. */
  muted_portal_ids: ColumnType<string[], string[] | undefined, string[]>;
  last_sign_in_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type UserRow = Selectable<UserTable>;
