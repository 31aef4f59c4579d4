import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface WorkspaceTable {
  id: string;
  name: string;
  display_name: string | null;
  logo_url: string | null;
  accent_color: string | null;
  allowed_origins: ColumnType<string[], string[] | undefined, string[]>;
  notify_emails: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type WorkspaceRow = Selectable<WorkspaceTable>;
export type NewWorkspace = Insertable<WorkspaceTable>;
export type WorkspaceChanges = Updateable<WorkspaceTable>;
